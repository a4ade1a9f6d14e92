"""The admin API's pages endpoint, with copying for translation held to the review workflow.

An alias is live as soon as it exists, and so are the parents that `copy_parents` copies (as
aliases). Wagtail's own alias and copy actions ask for the right to publish where the live page
appears; its copy for translation does not, so a facilitator could publish a page without
review. Here it asks the same. A translation that already exists is a clear 400, not an
integrity error."""

from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.translation import gettext as _
from rest_framework.exceptions import PermissionDenied
from wagtail.admin.api.actions.copy_for_translation import CopyForTranslationAPIAction
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Locale, Page


def first_page_created(page: Page, locale: Locale) -> Page:
    """Under which page a copy of `page` for `locale` appears, or the first of the parents
    copied with it: the translation of its nearest translated ancestor (or the root)."""
    root, *ancestors = page.get_ancestors()
    for ancestor in reversed(ancestors):
        translation = ancestor.get_translation_or_none(locale)
        if translation is not None:
            return translation
    return root


def _parent_untranslated(page: Page, locale: Locale) -> bool:
    parent = page.get_parent()
    return not parent.is_root() and parent.get_translation_or_none(locale) is None


class ReviewedCopyForTranslation(CopyForTranslationAPIAction):
    def execute(self, instance, data):
        locale = get_object_or_404(Locale, language_code=data["locale"])
        if instance.get_translation_or_none(locale) is not None:
            raise BadRequestError(_("This page is already translated into that language."))
        if data["alias"] or (data["copy_parents"] and _parent_untranslated(instance, locale)):
            parent = first_page_created(instance, locale)
            if not parent.permissions_for_user(self.request.user).can_publish_subpage():
                raise PermissionDenied(
                    _(
                        "An alias is published at once: only someone who may publish "
                        "there can make one."
                    )
                )
        return super().execute(instance, data)


class ReviewedPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    actions = {**PagesAdminAPIViewSet.actions, "copy_for_translation": ReviewedCopyForTranslation}

    @classmethod
    def get_urlpatterns(cls):
        """Wagtail's, with bounded ids (cms/ids.py)."""
        return [
            path(
                str(pattern.pattern).replace("<int:pk>", "<id:pk>"),
                pattern.callback,
                name=pattern.name,
            )
            for pattern in super().get_urlpatterns()
        ]
