"""The courses app's part of `manage.py recover_interrupted_work` (cms/recovery.py)."""

from cms.recovery import Outcome

from .learning.services import issue_missing_certificates
from .reports.pending import build_pending_exports as build_pending_files
from .workshops.tasks import send_due_reminders as send_reminders_now


def issue_postponed_certificates(older_than_seconds: float) -> Outcome:
    return Outcome(f"issued {issue_missing_certificates()} postponed certificates")


def build_pending_exports(older_than_seconds: float) -> Outcome:
    return Outcome(f"built {build_pending_files(older_than_seconds)} pending exports")


def send_due_reminders(older_than_seconds: float) -> Outcome:
    return Outcome(f"sent {send_reminders_now()} session reminders")
