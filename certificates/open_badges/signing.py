"""Each certificate's signed credential: made once in the background after issuing (like its
PDF), again by recovery when that failed, and on demand when its holder asks before then."""

import logging

from django.db import transaction
from django.utils import timezone

from ..models import Certificate
from . import keys, proofs, status_list
from .credential import unsigned_credential
from .did import verification_method

logger = logging.getLogger(__name__)


def sign_credential(certificate: Certificate) -> dict:
    key = keys.signing_key()
    return proofs.sign(
        unsigned_credential(certificate),
        key,
        verification_method=verification_method(keys.public_multikey(key)),
        created=timezone.now(),
    )


def ensure_credential(certificate_id: int) -> Certificate:
    """Sign and store the certificate's credential unless it has one (or its holder deleted
    their account). Without a signing key it is left without one, and a warning logged."""
    with transaction.atomic():
        certificate = (
            # Only the certificate's row: PostgreSQL locks no row of an outer join's empty side.
            Certificate.objects.select_for_update(of=("self",))
            .select_related("module", "session__module")
            .get(pk=certificate_id)
        )
        if certificate.credential or certificate.is_erased:
            return certificate
        try:
            certificate.credential = sign_credential(certificate)
        except keys.NoSigningKey as error:
            logger.warning("Credential for %s not signed: %s", certificate.code, error)
            return certificate
        certificate.save(update_fields=["credential"])
    status_list.ensure(status_list.position(certificate.pk)[0])
    return certificate


def sign_missing_credentials() -> tuple[int, int]:
    """Sign every certificate that has no credential yet. Returns (signed, failed)."""
    pending = list(
        Certificate.objects.not_erased()
        .filter(credential__isnull=True)
        .values_list("pk", flat=True)
    )
    signed = failed = 0
    for pk in pending:
        try:
            signed += bool(ensure_credential(pk).credential)
        except Exception:
            logger.exception("Signing the credential of certificate %s failed", pk)
            failed += 1
    return signed, failed
