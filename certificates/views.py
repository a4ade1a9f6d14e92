from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_http_methods

from cms.pdf import qr_svg
from cms.ratelimit import allow

from . import codes, services
from .forms import CredentialForm, VerifyForm
from .models import Certificate
from .open_badges import checking
from .rendering import credential_url, verification_url

VERIFY_LIMIT_PER_MINUTE = 30


@require_GET
def verify_form(request):
    form = VerifyForm(request.GET or None)
    if form.is_valid():
        return redirect("certificates:verify", code=form.cleaned_data["code"])
    return render(request, "certificates/verify_form.html", {"form": form})


@require_GET
def verify(request, code: str):
    # Open while the cache is down: codes cannot be guessed (75 random bits), and whoever was
    # handed a certificate must be able to check it.
    allowed = allow(
        request, "certificate-verify", limit=VERIFY_LIMIT_PER_MINUTE, period=60, if_cache_down=True
    )
    if not allowed:
        return render(request, "certificates/verify_limited.html", status=429)
    try:
        canonical = codes.normalise(code)
    except codes.InvalidCode:
        canonical = code[:64].replace("\x00", "")  # PostgreSQL refuses NUL in a query
    # One lookup whether or not the code is well formed, so timing tells nothing.
    certificate = Certificate.objects.filter(code=canonical).first()
    if certificate is None:
        return render(
            request, "certificates/verify_not_found.html", {"code": code[:64]}, status=404
        )
    if canonical != code:
        return redirect("certificates:verify", code=canonical)
    context = {"certificate": certificate, "credential_url": credential_url(certificate.code)}
    return render(request, "certificates/verify.html", context)


@require_http_methods(["GET", "POST"])
def verify_credential(request):
    """Check a pasted or uploaded verifiable credential: issuer, signature and status."""
    form = CredentialForm(request.POST or None, request.FILES or None)
    verdict = None
    if request.method == "POST":
        allowed = allow(
            request,
            "certificate-verify",
            limit=VERIFY_LIMIT_PER_MINUTE,
            period=60,
            if_cache_down=True,
        )
        if not allowed:
            return render(request, "certificates/verify_limited.html", status=429)
        if form.is_valid():
            verdict = checking.check(form.cleaned_data["credential"])
    context = {"form": form, "verdict": verdict}
    return render(request, "certificates/verify_credential.html", context)


@login_required
def my_certificates(request):
    certificates = Certificate.objects.filter(recipient=request.user)
    items = [
        (certificate, verification_url(certificate.code), *_wallet_link(certificate))
        for certificate in certificates
    ]
    return render(request, "certificates/my_certificates.html", {"items": items})


def _wallet_link(certificate: Certificate) -> tuple[str, str]:
    """The credential's address, and its QR code for a wallet app to scan."""
    url = credential_url(certificate.code)
    qr = mark_safe(qr_svg(url)) if certificate.is_valid else ""  # noqa: S308 - segno's markup
    return url, qr


@login_required
def download(request, code: str):
    try:
        code = codes.normalise(code)
    except codes.InvalidCode as error:
        raise Http404 from error
    certificate = get_object_or_404(Certificate, code=code)
    is_owner = certificate.recipient_id == request.user.pk and certificate.is_valid
    if certificate.is_erased or not (
        is_owner or request.user.has_perm("certificates.view_certificate")
    ):
        raise Http404
    certificate = services.ensure_pdf(certificate.pk)
    return FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=f"sertifikat-{certificate.code}.pdf",
        content_type="application/pdf",
    )
