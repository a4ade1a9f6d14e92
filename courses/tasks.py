from django_tasks import task

from .models import Enrolment, ModulePage, ReportExport
from .report_exports import write_xlsx
from .services import record_completion_if_complete


@task()
def recheck_module_completion(module_id: int) -> int:
    """After a lesson is unpublished, learners who have done every remaining lesson have
    completed the module: record it for them. Returns how many completed."""
    module = ModulePage.objects.live().filter(pk=module_id).first()
    if module is None:
        return 0
    pending = Enrolment.objects.filter(module=module, completed_at__isnull=True).select_related(
        "user"
    )
    return sum(record_completion_if_complete(enrolment.user, module) for enrolment in pending)


@task()
def build_xlsx_export(export_id: int, language: str) -> str:
    """Build a participation report export as XLSX. Returns the export's status."""
    export = ReportExport.objects.get(pk=export_id)
    return write_xlsx(export, language).status
