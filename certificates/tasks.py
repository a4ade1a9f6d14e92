from django_tasks import task

from .pdf_files import ensure_pdf


@task()
def render_certificate(certificate_id: int) -> str:
    """Render a certificate's PDF outside the request. Safe to run again: a certificate that
    has its file is left alone, so a failed or interrupted run is simply retried."""
    return ensure_pdf(certificate_id).pdf.name
