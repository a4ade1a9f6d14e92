from django_tasks import task

from .models import Enrolment, ModulePage
from .services import issue_missing_certificates, record_completion_if_complete


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
def issue_postponed_certificates() -> int:
    """A default certificate template exists again: issue the certificates of the modules
    completed while there was none. Returns how many were issued."""
    return issue_missing_certificates()
