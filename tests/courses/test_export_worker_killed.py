"""A task worker killed while it stores an XLSX export leaves no file and an export still
pending; `recover_interrupted_work` builds it. Real `db_worker` processes, production settings."""

import signal

import openpyxl
import pytest
from django_tasks_db.models import DBTaskResult

from courses.models import ReportExport
from courses.reports import exports as report_exports
from courses.reports.report import ReportFilters

from ..workers import files_in, kill_worker_mid_write, manage

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.slow,
]


def build_task() -> DBTaskResult:
    return DBTaskResult.objects.get(task_path="courses.reports.tasks.build_xlsx_export")


@pytest.fixture
def queued_export(settings, official, private_media):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    export = report_exports.log_export(official, ReportFilters(), "participants", "xlsx")
    assert build_task().status == "READY"
    return export


def test_a_killed_export_leaves_nothing_half_written_and_is_finished_later(
    queued_export, private_media, tmp_path
):
    killed = kill_worker_mid_write(private_media, tmp_path / "paused")

    assert killed.returncode == -signal.SIGKILL
    queued_export.refresh_from_db()
    assert queued_export.status == ReportExport.Status.PENDING and not queued_export.file
    assert files_in(private_media)  # the half that was written …
    assert all(".partial-" in name for name in files_in(private_media))  # … is hidden
    assert build_task().status == "RUNNING"
    manage(private_media, "db_worker", "--batch", "--no-startup-delay")
    queued_export.refresh_from_db()
    assert queued_export.status == ReportExport.Status.PENDING

    recovered = manage(private_media, "recover_interrupted_work", "--older-than", "0")

    assert "built 1 pending exports" in recovered.stdout
    queued_export.refresh_from_db()
    assert queued_export.status == ReportExport.Status.READY
    assert files_in(private_media) == [queued_export.file.name]
    workbook = openpyxl.load_workbook(private_media / queued_export.file.name, read_only=True)
    assert next(workbook.active.iter_rows(values_only=True))[:2] == ("Modul", "Nama")


def test_recovery_leaves_an_export_a_worker_may_still_be_building(queued_export, private_media):
    manage(private_media, "recover_interrupted_work")  # the default: 15 minutes

    queued_export.refresh_from_db()
    assert queued_export.status == ReportExport.Status.PENDING and not files_in(private_media)
