"""The documents a verifier fetches to check a certificate's Open Badges credential: the
issuer's DID document, its profile, the status lists, and each credential by its code. Public,
readable from any origin (wallets and verifiers run in browsers too)."""

from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from cms.ratelimit import allow

from . import codes
from .models import Certificate
from .open_badges import keys, status_list
from .open_badges.contexts import OB_V3, VC_V2
from .open_badges.credential import issuer_profile
from .open_badges.did import did_document
from .open_badges.signing import ensure_credential
from .views import VERIFY_LIMIT_PER_MINUTE


def _json(document: dict, *, content_type="application/json", max_age=300) -> JsonResponse:
    response = JsonResponse(document, content_type=content_type, json_dumps_params={"indent": 2})
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = f"public, max-age={max_age}"
    return response


@require_GET
def did_json(request):
    return _json(did_document(), content_type="application/did+json")


@require_GET
def issuer(request):
    return _json(
        {"@context": [VC_V2, OB_V3], **issuer_profile()}, content_type="application/ld+json"
    )


@require_GET
def status_list_credential(request, number: int):
    if number > status_list.last_number():
        raise Http404
    try:
        document = status_list.current(number)
    except keys.NoSigningKey as error:
        raise Http404 from error
    # Short-lived: a revocation shows within a minute.
    return _json(document, content_type="application/vc+ld+json", max_age=60)


@require_GET
def credential(request, code: str):
    """A certificate's signed credential, as anyone holding its code can see its verification
    page. ?unduh=1 (download) saves it as a file."""
    allowed = allow(
        request, "certificate-verify", limit=VERIFY_LIMIT_PER_MINUTE, period=60, if_cache_down=True
    )
    if not allowed:
        return render(request, "certificates/verify_limited.html", status=429)
    try:
        code = codes.normalise(code)
    except codes.InvalidCode as error:
        raise Http404 from error
    certificate = Certificate.objects.filter(code=code).first()
    if certificate is not None and not certificate.credential:
        certificate = ensure_credential(certificate.pk)  # its task has not run yet
    if certificate is None or not certificate.credential:
        raise Http404
    response = _json(certificate.credential, content_type="application/vc+ld+json", max_age=0)
    if request.GET.get("unduh"):
        response["Content-Disposition"] = f'attachment; filename="sertifikat-{code}.json"'
    return response
