from django_tasks import task

from .emails import send_ready
from .open_badges.signing import ensure_credential
from .pdf_files import ensure_pdf


@task()
def render_certificate(certificate_id: int) -> str:
    """Sign a certificate's Open Badges credential and render its PDF outside the request, then
    tell its holder. Safe to run again: a certificate that has its credential and file is left
    alone, and the e-mail goes once, so a failed or interrupted run is simply retried."""
    ensure_credential(certificate_id)
    certificate = ensure_pdf(certificate_id)
    send_ready(certificate)
    return certificate.pdf.name
