from django_tasks import task

from .models import ReportExport
from .pack_pdf import write_pdf
from .xlsx import write_xlsx


@task()
def build_xlsx_export(export_id: int, language: str) -> str:
    """Build a participation report export as XLSX. Returns the export's status."""
    export = ReportExport.objects.get(pk=export_id)
    return write_xlsx(export, language).status


@task()
def build_pdf_export(export_id: int, language: str) -> str:
    """Build a report pack as PDF. Returns the export's status."""
    export = ReportExport.objects.get(pk=export_id)
    return write_pdf(export, language).status
