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
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Locale

from . import health
from .brochures import current_brochure
from .email_addresses import resend_confirmation
from .forms import ProfileForm, ResendConfirmationForm
from .models import GuidePage, KelurahanSettings
from .permissions import is_staff_member
from .ratelimit import allow
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


@require_POST
def resend_confirmation_link(request):
    """From the "check your e-mail" page after signing up. The answer is the same whether or
    not the address waits for confirmation, so it tells nobody which addresses have accounts."""
    form = ResendConfirmationForm(request.POST)
    if not allow(request, "resend-confirmation", limit=10, period=3600, if_cache_down=False):
        messages.error(request, _("Too many tries. Please wait an hour and try again."))
    elif form.is_valid():
        resend_confirmation(request, form.cleaned_data["email"])
        messages.success(
            request,
            _(
                "If this address is waiting for confirmation, we sent the link again. Look in "
                "your inbox and in the spam folder."
            ),
        )
    else:
        messages.error(request, _("Write your e-mail address, for example nama@contoh.com."))
    return redirect("account_email_verification_sent")


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
