"""Admin views around wagtail-localize that keep translations under review (see
cms/translation_review.py)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.views import convert
from wagtail_localize.views.update_translations import UpdateTranslationsView

from .translation_review import NoWorkflow, may_publish_translations, submit_for_review


@require_POST
def submit_translation_for_review(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    try:
        page = translation.get_target_instance()
    except Page.DoesNotExist:
        raise Http404 from None
    if not isinstance(page, Page):
        raise Http404
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    try:
        submit_for_review(translation, request.user)
    except NoWorkflow:
        messages.error(request, _("This page has no review workflow to submit to."))
    except ValidationError:
        messages.error(request, _("The translation has errors: correct them, then submit again."))
    else:
        messages.success(request, _("The translation was submitted for review."))
    return redirect("wagtailadmin_pages:edit", page.pk)


class ReviewedUpdateTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages", whose "Publish immediately" is offered only
    to those who may publish every translation: it would otherwise skip the review."""

    def get_form(self):
        form = super().get_form()
        if not may_publish_translations(self.object, self.request.user):
            del form.fields["publish_translations"]
        return form

    def form_valid(self, form):
        form.cleaned_data.setdefault("publish_translations", False)
        return super().form_valid(form)


def convert_to_alias(request, page_id):
    """wagtail-localize's "Convert to alias page", for those who may publish the page: an alias
    is live at once (as in cms/admin_api.py)."""
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)
