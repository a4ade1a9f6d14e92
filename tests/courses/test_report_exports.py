"""Exports of the participation report: CSV streams, XLSX files built in the background, the
export log, who may download, and spreadsheet formulas made harmless."""

import csv
import io

import openpyxl
import pytest

from courses.models import ReportExport
from courses.reports import exports as report_exports
from courses.reports import xlsx
from courses.reports.report import ReportFilters
from courses.reports.tasks import build_xlsx_export

from ..factories import ProfileFactory, UserFactory
from ..helpers import post_query
from .test_reports import MARCH, attend, enrol, session

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

EXPORT = "/admin/participation/export/"
MARCH_QUERY = "start=2025-03-01&end=2025-03-31"


@pytest.fixture
def tricky(make_module):
    """A module whose participants' names a spreadsheet would run as formulas."""
    module = make_module(lessons=1, quiz=False, title="=Modul Rumus")
    for name in ['=HYPERLINK("http://evil")', "+62 811", "-1", "@SUM(A1)", "\tTab", "Biasa"]:
        enrol(ProfileFactory(full_name=name, rw=4).user, module, "2025-03-03")
    attend(session(module, "2025-03-04"), name="=cmd|' /C calc'!A0", rw=4)
    return module


def csv_rows(response) -> list[list[str]]:
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(content)))


def xlsx_rows(export: ReportExport) -> dict[str, list[tuple]]:
    with export.file.open("rb") as file:
        workbook = openpyxl.load_workbook(io.BytesIO(file.read()), read_only=True)
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in workbook}


def test_csv_summary_streams_every_section(client, march, official):
    client.force_login(official)
    response = post_query(client, EXPORT, f"format=csv&kind=summary&{MARCH_QUERY}")
    assert response.streaming and response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="laporan-partisipasi-')
    rows = csv_rows(response)
    assert ["From", "2025-03-01"] in rows
    assert ["People reached", "5"] in rows and ["Residents with an account", "<5"] in rows
    assert ["Completion rate (%)", ""] in rows  # 1 of 2 enrolments: too few to tell
    assert ["Average satisfaction (1–5)", "hidden: fewer than 5 answers"] in rows
    assert ["2025-03", "<5", "<5", "6"] in rows
    assert ["RW 01", "<5", "<5"] in rows and ["Anggaran Desa", "<5", "<5"] in rows


def test_csv_participants_one_row_per_person_and_module(client, march, coordinator):
    client.force_login(coordinator)
    response = post_query(client, EXPORT, f"format=csv&kind=participants&{MARCH_QUERY}")
    assert response["Content-Disposition"].startswith('attachment; filename="peserta-')
    header, *rows = csv_rows(response)
    assert header == [
        "Module",
        "Name",
        "RW",
        "Has an account",
        "Enrolled on",
        "Completed on",
        "Came to a session",
    ]
    assert len(rows) == 4  # the module of March; sessions without a module list nobody
    walk_in = next(row for row in rows if row[1] == "Budi Santoso")
    assert walk_in == ["Anggaran Desa", "Budi Santoso", "3", "no", "", "", "yes"]
    assert sum(row[4] == "2025-03-05" and row[5] == "2025-03-20" for row in rows) == 1


def test_export_kind_and_the_online_filter_share_the_kind_parameter(client, march, official):
    client.force_login(official)
    query = f"format=csv&kind=participants&kind=online&{MARCH_QUERY}"
    _header, *rows = csv_rows(post_query(client, EXPORT, query))
    assert len(rows) == 2  # only those who enrolled
    query = f"format=csv&kind=in_person&kind=participants&{MARCH_QUERY}"
    _header, *rows = csv_rows(post_query(client, EXPORT, query))
    assert len(rows) == 3  # only those who came to its session
    assert ReportExport.objects.order_by("pk").first().filters == {
        "start": "2025-03-01",
        "end": "2025-03-31",
        "kind": "online",
    }


def test_csv_escapes_formulas(client, tricky, official):
    client.force_login(official)
    _header, *rows = csv_rows(post_query(client, EXPORT, "format=csv&kind=participants"))
    names = {row[1] for row in rows}
    assert names == {
        '\'=HYPERLINK("http://evil")',
        "'+62 811",
        "'-1",
        "'@SUM(A1)",
        "'\tTab",
        "Biasa",
        "'=cmd|' /C calc'!A0",
    }
    assert {row[0] for row in rows} == {"'=Modul Rumus"}


def test_every_export_is_logged(client, march, official):
    client.force_login(official)
    b"".join(post_query(client, EXPORT, "format=csv&kind=summary&rw=1").streaming_content)
    post_query(client, EXPORT, f"format=xlsx&kind=participants&module={march.a.pk}")
    summary, participants = ReportExport.objects.order_by("pk")
    assert (summary.requested_by, summary.kind, summary.format) == (official, "summary", "csv")
    assert summary.filters == {"rw": "1"} and summary.status == ReportExport.Status.READY
    assert (participants.kind, participants.format) == ("participants", "xlsx")
    assert participants.filters == {"module": str(march.a.pk)}


def test_xlsx_is_built_in_the_background(
    client, march, official, django_capture_on_commit_callbacks
):
    client.force_login(official)
    with django_capture_on_commit_callbacks(execute=True):
        response = post_query(client, EXPORT, f"format=xlsx&kind=summary&{MARCH_QUERY}")
    assert response.status_code == 302 and response["Location"] == "/admin/participation/exports/"
    export = ReportExport.objects.get()
    assert export.status == ReportExport.Status.READY
    sheets = xlsx_rows(export)
    assert list(sheets)[:3] == ["Filters", "Summary", "By month"]
    assert ("People reached", 5) in sheets["Summary"]
    assert ("RW 01", "<5", "<5") in sheets["By RW"]
    page = client.get("/admin/participation/exports/").content.decode()
    assert f'href="/admin/participation/exports/{export.pk}/"' in page


def test_xlsx_escapes_formulas(tricky, official):
    export = report_exports.log_export(official, ReportFilters(), "participants", "xlsx")
    assert build_xlsx_export.call(export.pk, "en") == ReportExport.Status.READY
    export.refresh_from_db()
    (sheet,) = xlsx_rows(export).values()
    assert sheet[0][:2] == ("Module", "Name")
    names = {row[1] for row in sheet[1:]}
    assert '\'=HYPERLINK("http://evil")' in names and "'@SUM(A1)" in names
    assert "'=cmd|' /C calc'!A0" in names and "Biasa" in names


def test_a_failed_xlsx_is_marked_failed(official, monkeypatch):
    export = report_exports.log_export(official, MARCH, "summary", "xlsx")

    def broken(filters):
        raise RuntimeError("disk full")

    monkeypatch.setattr(xlsx, "summary_sections", broken)
    assert build_xlsx_export.call(export.pk, "en") == ReportExport.Status.FAILED
    export.refresh_from_db()
    assert export.status == ReportExport.Status.FAILED and not export.file


@pytest.fixture
def ready_export(official):
    export = report_exports.log_export(official, ReportFilters(), "participants", "xlsx")
    build_xlsx_export.call(export.pk, "en")
    return export


def test_requester_and_coordinators_download(client, ready_export, official, coordinator):
    url = f"/admin/participation/exports/{ready_export.pk}/"
    for user in (official, coordinator):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith('attachment; filename="peserta-')


def test_another_official_cannot_download_my_export(client, ready_export):
    client.force_login(ProfileFactory(user=UserFactory(role="official")).user)
    response = client.get(f"/admin/participation/exports/{ready_export.pk}/")
    assert response.status_code == 404  # not told that it exists
    assert not response.get("Content-Disposition")


def test_a_pending_export_cannot_be_downloaded_yet(client, official):
    export = report_exports.log_export(official, ReportFilters(), "summary", "xlsx")
    client.force_login(official)
    assert client.get(f"/admin/participation/exports/{export.pk}/").status_code == 404


def test_exports_page_shows_own_exports_and_coordinators_see_all(client, official, coordinator):
    other = ProfileFactory(user=UserFactory(role="official")).user
    report_exports.log_export(official, ReportFilters(rw=2), "summary", "csv")
    report_exports.log_export(other, ReportFilters(rw=7), "summary", "csv")
    client.force_login(official)
    page = client.get("/admin/participation/exports/").content.decode()
    assert "rw=2" in page and "rw=7" not in page
    client.force_login(coordinator)
    page = client.get("/admin/participation/exports/").content.decode()
    assert "rw=2" in page and "rw=7" in page and str(other) in page


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("format=pdf&kind=summary", "Choose a summary or a participant list"),
        ("format=csv&kind=everything", "Choose a summary or a participant list"),
        ("format=csv&kind=summary&rw=0", "Correct the filters first"),
        ("format=xlsx&kind=summary&start=2025-03-10&end=2025-03-01", "Correct the filters first"),
    ],
)
def test_bad_export_requests_explain_and_log_nothing(client, official, home_page, query, message):
    client.force_login(official)
    response = post_query(client, EXPORT, query, follow=True)
    assert response.redirect_chain[0][0].startswith("/admin/participation/?")
    assert message in response.content.decode()
    assert not ReportExport.objects.exists()


def test_a_link_from_another_site_cannot_start_an_export(client, march, official):
    """Every export is logged: a GET (an image or a link on another site) must not log one."""
    client.force_login(official)
    for export_format in ("csv", "xlsx"):
        response = client.get(EXPORT, {"format": export_format, "kind": "participants"})
        assert response.status_code == 405
    assert not ReportExport.objects.exists()


def test_the_report_exports_with_a_form_that_keeps_the_filters(client, march, official):
    client.force_login(official)
    page = client.get(f"/admin/participation/?{MARCH_QUERY}&rw=1").content.decode()
    form = page[page.index(f'action="{EXPORT}"') :]
    form = form[: form.index("</form>")]
    assert 'name="csrfmiddlewaretoken"' in form
    for field in ('name="start" value="2025-03-01"', 'name="rw" value="1"', 'value="xlsx"'):
        assert field in form
