from django_tasks import task

from .emails import send_ready
from .pdf_files import ensure_pdf


@task()
def render_certificate(certificate_id: int) -> str:
    """Render a certificate's PDF outside the request, then tell its holder. Safe to run
    again: a certificate that has its file is left alone, and the e-mail goes once, so a failed
    or interrupted run is simply retried."""
    certificate = ensure_pdf(certificate_id)
    send_ready(certificate)
    return certificate.pdf.name
