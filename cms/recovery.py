"""Finishing what a killed or failed task worker left undone (`manage.py
recover_interrupted_work`). Each app registers the steps for the work it owns in its
AppConfig.ready(); they run in the order of INSTALLED_APPS, so work one app's step creates (a
certificate issued late) is there for the next app's step (rendering it)."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.core.files.storage import storages
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import TaskResultStatus
from django_tasks.exceptions import InvalidTaskBackendError, InvalidTaskError
from django_tasks_db.models import DBTaskResult

from .storage import AtomicFileSystemStorage


@dataclass(frozen=True)
class Outcome:
    summary: str  # what the step did, for the command's one line of output
    failed: int = 0


#: A step gets how old (in seconds) unfinished work must be before it is taken over: a running
#: worker may still be at younger work.
Step = Callable[[float], Outcome]

_steps: dict[str, Step] = {}


def register(name: str, step: Step) -> None:
    _steps[name] = step


def run_all(older_than_seconds: float) -> list[Outcome]:
    return [step(older_than_seconds) for step in _steps.values()]


def remove_partial_files(older_than_seconds: float) -> Outcome:
    """Files a killed worker was still writing, in every storage that writes files whole."""
    folders = {
        storages[alias].location: storages[alias]
        for alias, options in settings.STORAGES.items()
        if issubclass(import_string(options["BACKEND"]), AtomicFileSystemStorage)
    }
    removed = sum(storage.remove_partial_files(older_than_seconds) for storage in folders.values())
    return Outcome(f"deleted {removed} partly written files")


class InterruptedTask(Exception):
    """Recorded on a task whose worker stopped while running it."""


def requeue_interrupted_tasks(older_than_seconds: float) -> Outcome:
    """Tasks still running after `older_than_seconds` were left by a killed worker: django-tasks-db
    has no heartbeat, so nothing else would ever run them. Each is marked failed, with a note
    saying so, and queued again with the same arguments. Every task the site queues, its own and
    Wagtail's (search and reference index), is safe to run twice (tests/test_tasks_run_twice.py),
    also next to a worker that turns out to be still at it."""
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    requeued = lost = 0
    with transaction.atomic():
        stale = DBTaskResult.objects.select_for_update(skip_locked=True).filter(
            status=TaskResultStatus.RUNNING, started_at__lt=cutoff
        )
        for row in stale:
            args = row.args_kwargs
            try:
                again = row.task.enqueue(*args["args"], **args["kwargs"])
            except (ImportError, SuspiciousOperation, InvalidTaskBackendError, InvalidTaskError):
                row.set_failed(InterruptedTask(_interrupted(row, "its task no longer exists")))
                lost += 1
                continue
            row.set_failed(InterruptedTask(_interrupted(row, f"queued again as {again.id}")))
            requeued += 1
    gone = f" ({lost} could not be: their task no longer exists)" if lost else ""
    return Outcome(f"queued {requeued} interrupted tasks again{gone}", lost)


def _interrupted(row: DBTaskResult, outcome: str) -> str:
    started = timezone.localtime(row.started_at).isoformat(timespec="seconds")
    return (
        f"The worker stopped while running this task (started {started}); "
        f"recover_interrupted_work marked it failed: {outcome}."
    )
