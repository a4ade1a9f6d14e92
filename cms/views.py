from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template import loader
from django.urls import translate_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from . import health
from .brochures import current_brochure
from .forms import ProfileForm
from .models import GuidePage, KelurahanSettings
from .permissions import is_staff_member
from .search import clean_query, search_site
from .services import get_profile, update_profile


@never_cache
@require_GET
def healthz(request):
    report = health.report()
    return JsonResponse(report.as_json(), status=200 if report.serving else 503)


@require_GET
def search(request):
    outcome = search_site(clean_query(request.GET.get("q", "")), Locale.get_active())
    return render(request, "cms/search.html", {"search_query": outcome.query, "outcome": outcome})


@login_required
def profile(request):
    current = get_profile(request.user)
    rw_count = KelurahanSettings.for_request(request).rw_count
    initial = {field: getattr(current, field) for field in ProfileForm.base_fields}
    form = ProfileForm(request.POST or None, initial=initial, rw_count=rw_count)
    if request.method == "POST" and form.is_valid():
        saved = update_profile(request.user, **form.cleaned_data)
        messages.success(request, _("Your profile has been saved."))
        return redirect(_next_url(request, saved.preferred_language))
    context = {
        "form": form,
        "next": request.GET.get("next", ""),
        "is_staff_member": is_staff_member(request.user),
    }
    return render(request, "cms/profile_form.html", context)


def _next_url(request, language: str) -> str:
    url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(url, {request.get_host()}, request.is_secure()):
        url = "/"
    return translate_url(url, language) if language != get_language() else url


@require_GET
def guide_brochure(request, guide_id: int):
    guide = get_object_or_404(GuidePage.objects.live().public(), pk=guide_id)
    brochure = current_brochure(guide)
    return FileResponse(
        brochure.pdf.open("rb"),
        filename=f"brosur-{guide.slug}.pdf",
        content_type="application/pdf",
    )


def server_error(request):
    return HttpResponseServerError(loader.get_template("500.html").render())
