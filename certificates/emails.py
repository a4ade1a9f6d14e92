"""The e-mail that says a certificate is ready: sent once its PDF exists, by the task that
renders it or by recovery, once however often they run (cms.emails.send_once)."""

from functools import partial

from django.urls import reverse

from cms.emails import Email, send_once
from cms.pdf import public_url

from .models import Certificate
from .rendering import verification_url


def send_ready(certificate: Certificate) -> bool:
    if (
        not certificate.pdf
        or not certificate.is_valid
        or certificate.is_erased
        or certificate.recipient_id is None
    ):
        return False
    return send_once(
        certificate.recipient,
        Email(
            kind="certificate_ready",
            key=certificate.code,
            template="certificate_ready",
            context={
                "certificate": certificate,
                "mine_url": partial(_public, "certificates:mine"),
                "verification_url": verification_url(certificate.code),
            },
        ),
    )


def _public(name: str) -> str:
    return public_url(reverse(name))
