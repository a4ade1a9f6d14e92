"""A task whose worker was killed stays RUNNING for ever (django-tasks-db has no heartbeat):
`recover_interrupted_work` marks it failed, with a note, and queues it again with the same
arguments; a worker then finishes it. Rows built as a killed worker leaves them (the real kill
is tests/certificates/test_worker_killed.py)."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from wagtail.models import ReferenceIndex

from certificates.models import Certificate
from courses.learning import services
from courses.learning.progress import module_progress
from courses.models import Enrolment

from ..helpers import lessons_of

pytestmark = pytest.mark.django_db
RECHECK = "courses.learning.tasks.recheck_module_completion"


@pytest.fixture
def queue(settings):
    """From here on, tasks go to the database queue (the fixtures before ran them at once)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def left_running(task_path: str, *args, minutes_ago: int = 20) -> DBTaskResult:
    """A task a worker claimed `minutes_ago` and never finished."""
    started = timezone.now() - timedelta(minutes=minutes_ago)
    return DBTaskResult.objects.create(
        status="RUNNING",
        started_at=started,
        args_kwargs={"args": list(args), "kwargs": {}},
        task_path=task_path,
        backend_name="default",
        run_after=started,
        worker_ids=["killed-worker"],
    )


def recover(*args: str) -> str:
    out = io.StringIO()
    call_command("recover_interrupted_work", *args, stdout=out)
    return out.getvalue()


def run_queued() -> list[DBTaskResult]:
    """What a worker does with each queued task."""
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    ready = list(DBTaskResult.objects.ready())
    for row in ready:
        row.claim(worker.worker_id)
        worker.run_task(row)
    return ready


def test_a_killed_completion_recheck_is_run_again(make_module, resident, settings):
    module = make_module(lessons=2, quiz=False)
    first, second = lessons_of(module)
    services.complete_lesson(resident, module, first)
    second.unpublish()  # queues the recheck after the commit; a worker took it and was killed
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    killed = left_running(RECHECK, module.pk)
    assert module_progress(resident, module).percent == 100
    assert not Certificate.objects.filter(recipient=resident).exists()

    out = recover()

    assert "queued 1 interrupted tasks again" in out
    killed.refresh_from_db()
    assert killed.status == "FAILED"
    assert killed.exception_class_path == "cms.recovery.InterruptedTask"
    assert "The worker stopped while running this task" in killed.traceback
    (again,) = run_queued()
    assert f"queued again as {again.id}" in killed.traceback
    assert (again.task_path, again.args_kwargs) == (RECHECK, killed.args_kwargs)
    again.refresh_from_db()
    assert again.status == "SUCCESSFUL" and again.return_value == 1
    assert Enrolment.objects.get(user=resident, module=module).completed_at is not None
    assert Certificate.objects.filter(recipient=resident, module=module).count() == 1


def test_a_task_younger_than_the_timeout_is_left_to_its_worker(module, queue):
    young = left_running(RECHECK, module.pk, minutes_ago=5)

    assert "queued 0 interrupted tasks again" in recover("--older-than", "15")

    young.refresh_from_db()
    assert young.status == "RUNNING"
    assert not DBTaskResult.objects.ready().exists()
    assert "queued 1 interrupted tasks again" in recover("--older-than", "4")


def test_wagtails_index_updates_are_run_again(module, queue):
    ReferenceIndex.objects.all().delete()
    page = ("courses", "modulepage", str(module.pk))
    left_running("wagtail.tasks.update_reference_index_task", *page)
    left_running("modelsearch.tasks.insert_or_update_object_task", *page)

    assert "queued 2 interrupted tasks again" in recover()

    assert [row.status for row in run_queued()] == ["SUCCESSFUL", "SUCCESSFUL"]
    assert ReferenceIndex.objects.exists()


def test_a_task_that_no_longer_exists_is_marked_and_reported(module, queue):
    gone = left_running("courses.tasks.recheck_module_completion", module.pk)

    with pytest.raises(SystemExit):
        recover()
    gone.refresh_from_db()
    assert gone.status == "FAILED" and "its task no longer exists" in gone.traceback
    assert not DBTaskResult.objects.ready().exists()
    assert "queued 0 interrupted tasks again; issued" in recover()  # reported once
