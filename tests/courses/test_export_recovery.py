"""An XLSX export whose task was lost or killed is built by `recover_interrupted_work`; building
twice gives one file."""

import io
from datetime import timedelta

import openpyxl
import pytest
from django.core.management import call_command
from django.utils import timezone

from certificates.models import Certificate
from courses.learning import services
from courses.models import ReportExport
from courses.reports import exports as report_exports
from courses.reports import pending, xlsx
from courses.reports.report import ReportFilters

from ..helpers import lessons_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english", "private_media")]


def pending_export(official, minutes_ago: int = 0) -> ReportExport:
    export = report_exports.log_export(official, ReportFilters(), "summary", "xlsx")
    ReportExport.objects.filter(pk=export.pk).update(
        requested_at=timezone.now() - timedelta(minutes=minutes_ago)
    )
    return export


def stored_files(folder) -> list[str]:
    return sorted(path.name for path in folder.rglob("*") if path.is_file())


def test_building_an_export_twice_stores_one_file(official, private_media):
    export = pending_export(official)
    first = xlsx.write_xlsx(export, "en")
    again = xlsx.write_xlsx(ReportExport.objects.get(pk=export.pk), "en")

    assert first.status == again.status == ReportExport.Status.READY
    assert again.file.name == first.file.name
    assert stored_files(private_media) == [first.file.name.rsplit("/", 1)[1]]


def test_the_run_that_finishes_second_throws_its_file_away(official, private_media):
    export = pending_export(official)
    stale = ReportExport.objects.get(pk=export.pk)  # a second runner read it while pending
    winner = xlsx.write_xlsx(export, "en")

    loser = xlsx.write_xlsx(stale, "en")

    assert loser.file.name == winner.file.name
    assert stored_files(private_media) == [winner.file.name.rsplit("/", 1)[1]]


def test_pending_exports_are_built_only_once_old_enough(official):
    recent, stale = pending_export(official, minutes_ago=1), pending_export(official, 30)

    assert pending.build_pending_exports(older_than_seconds=15 * 60) == 1

    recent.refresh_from_db()
    stale.refresh_from_db()
    assert recent.status == ReportExport.Status.PENDING and not recent.file
    assert stale.status == ReportExport.Status.READY and stale.file


def test_a_recovered_export_speaks_the_requesters_language(official):
    official.profile.preferred_language = "id"
    official.profile.save()
    export = pending_export(official, minutes_ago=30)

    pending.build_pending_exports(older_than_seconds=0)

    export.refresh_from_db()
    with export.file.open("rb") as file:
        sheets = openpyxl.load_workbook(io.BytesIO(file.read()), read_only=True).sheetnames
    assert "Ringkasan" in sheets


def test_recover_interrupted_work_finishes_everything_left(
    official, resident, make_module, private_media
):
    module = make_module(lessons=1, quiz=False)
    services.complete_lesson(resident, module, lessons_of(module)[0])  # the render never ran
    certificate = Certificate.objects.get(recipient=resident)
    assert not certificate.pdf
    export = pending_export(official, minutes_ago=30)
    partial = private_media / "certificates" / ".partial-abc"
    partial.parent.mkdir(parents=True)
    partial.write_bytes(b"%PDF-1.7 half")
    out = io.StringIO()

    call_command("recover_interrupted_work", "--older-than", "0", stdout=out)

    export.refresh_from_db()
    certificate.refresh_from_db()
    assert export.status == ReportExport.Status.READY
    assert certificate.pdf.read().startswith(b"%PDF")
    assert not partial.exists()
    assert out.getvalue().strip() == (
        "Deleted 1 partly written files; queued 0 interrupted tasks again; "
        "issued 0 postponed certificates; built 1 pending exports; sent 0 session reminders; "
        "rendered 1 certificates; signed 1 credentials."
    )
