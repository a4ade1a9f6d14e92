from django_tasks import task

from .models import ReportExport
from .xlsx import write_xlsx


@task()
def build_xlsx_export(export_id: int, language: str) -> str:
    """Build a participation report export as XLSX. Returns the export's status."""
    export = ReportExport.objects.get(pk=export_id)
    return write_xlsx(export, language).status
