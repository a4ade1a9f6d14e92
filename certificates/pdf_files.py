"""Each certificate's PDF: rendered once, stored in the private "certificates" storage, and
rendered again by recovery when a task failed or its worker was killed."""

import logging

from django.core.files.base import ContentFile
from django.db import transaction

from . import rendering
from .emails import send_ready
from .models import Certificate

logger = logging.getLogger(__name__)


def ensure_pdf(certificate_id: int) -> Certificate:
    """Render and store the certificate's PDF unless it already has one. The row lock makes
    concurrent callers (the task, a download) render it once."""
    with transaction.atomic():
        certificate = (
            Certificate.objects.select_for_update()
            .select_related("template")
            .get(pk=certificate_id)
        )
        if certificate.pdf or certificate.is_erased:
            return certificate
        try:
            pdf = rendering.render_pdf(rendering.content_for(certificate))
        except Exception:
            logger.exception("Rendering certificate %s failed", certificate.code)
            raise
        certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(pdf), save=True)
    return certificate


def render_missing_pdfs() -> tuple[int, int]:
    """Render every certificate that has no PDF yet (its task failed, or its worker was
    killed), and tell its holder. Returns (rendered, failed); a failure is logged and the
    others go on."""
    pending = list(Certificate.objects.not_erased().filter(pdf="").values_list("pk", flat=True))
    failed = 0
    for pk in pending:
        try:
            send_ready(ensure_pdf(pk))
        except Exception:  # noqa: BLE001 - ensure_pdf has logged it
            failed += 1
    return len(pending) - failed, failed
