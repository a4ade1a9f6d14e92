"""The report pack as an official makes it: one click for a PDF (A4, Indonesian, on the
kelurahan's letterhead) and an XLSX with one sheet per table, built in the background, logged,
kept with its narrative; and every mistake in the form told in plain words."""

import io
from datetime import date, timedelta

import openpyxl
import pypdfium2
import pytest
import wagtail_factories
from django.utils import timezone
from django.utils.html import escape
from hypothesis import given
from hypothesis import strategies as st

from cms.services import kelurahan_settings
from courses.models import ReportExport
from courses.reports import exports as report_exports
from courses.reports import pack_pdf, pending
from courses.reports.pack import build_pack, pack_sheets
from courses.reports.report import ReportFilters
from courses.reports.tasks import build_pdf_export, build_xlsx_export

from ..factories import SurveyPeriodFactory, SurveyResponseFactory
from ..hostile import (
    assert_no_raw_markup,
    fresh_state,
    garbage_values,
    hostile_settings,
    hostile_text,
)

pytestmark = pytest.mark.django_db

PACK = "/admin/participation/pack/"
YEAR = ReportFilters(start=date(2025, 1, 1), end=date(2025, 12, 31))
NARRATIVE = "Partisipasi naik.\n\nTahun depan: lebih banyak rembuk RW."


@pytest.fixture
def answers(home_page):
    """Five answers for the training programme: U1 4,00, the rest 3,00 → IKM 77,78, B."""
    period = SurveyPeriodFactory(starts_on=date(2025, 1, 1), ends_on=date(2025, 6, 30))
    return SurveyResponseFactory.create_batch(5, period=period, u1=4)


def pdf_text(data: bytes) -> str:
    document = pypdfium2.PdfDocument(data)
    return "\n".join(page.get_textpage().get_text_range() for page in document)


def read(export: ReportExport) -> bytes:
    with export.file.open("rb") as file:
        return file.read()


def make_pack(client, user, capture, **data) -> tuple:
    client.force_login(user)
    with capture(execute=True):
        response = client.post(PACK, {"year": "2025", "narrative": NARRATIVE, **data})
    return response, ReportExport.objects.filter(kind=ReportExport.Kind.PACK).order_by("pk")


def test_one_click_makes_the_pdf_and_the_xlsx(
    client, answers, official, django_capture_on_commit_callbacks
):
    response, exports = make_pack(client, official, django_capture_on_commit_callbacks)
    assert response.status_code == 302 and response["Location"] == "/admin/participation/exports/"
    pdf, xlsx = exports
    assert [(e.format, e.status, e.requested_by) for e in exports] == [
        ("pdf", "ready", official),
        ("xlsx", "ready", official),
    ]
    assert pdf.filters == {"start": "2025-01-01", "end": "2025-12-31"}
    assert pdf.narrative == xlsx.narrative == NARRATIVE
    assert pdf.file.name.endswith(".pdf") and "paket-laporan-" in pdf.file.name
    text = pdf_text(read(pdf))
    assert "IKM 77,78" in text and "B (Baik)" in text  # Indonesian, whatever the admin's language
    assert "Tahun depan: lebih banyak rembuk RW." in text
    assert kelurahan_settings().kelurahan_name.upper() in text
    page = client.get("/admin/participation/exports/").content.decode()
    assert f'href="/admin/participation/exports/{pdf.pk}/"' in page
    assert f'href="/admin/participation/exports/{xlsx.pk}/"' in page
    download = client.get(f"/admin/participation/exports/{pdf.pk}/")
    assert download["Content-Disposition"].startswith('attachment; filename="paket-laporan-')


def test_the_pdf_is_a4_portrait_on_the_letterhead(answers):
    settings = kelurahan_settings()
    settings.address = "Jl. Tanjung Barat Raya No. 1"
    settings.logo = wagtail_factories.ImageFactory()
    settings.save()
    document = pypdfium2.PdfDocument(pack_pdf.render_pack(build_pack(YEAR.start, YEAR.end)))
    width, height = document[0].get_size()
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    first = document[0]
    assert "Jl. Tanjung Barat Raya No. 1" in first.get_textpage().get_text_range()
    images = list(first.get_objects(filter=[pypdfium2.raw.FPDF_PAGEOBJ_IMAGE]))
    assert len(images) == 1


def test_the_xlsx_has_one_sheet_per_table(answers, official):
    _pdf, xlsx = report_exports.log_pack(official, YEAR, NARRATIVE)
    assert build_xlsx_export.call(xlsx.pk, "id") == ReportExport.Status.READY
    xlsx.refresh_from_db()
    workbook = openpyxl.load_workbook(io.BytesIO(read(xlsx)), read_only=True)
    sheets = {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in workbook}
    tables = pack_sheets(build_pack(YEAR.start, YEAR.end, NARRATIVE))
    assert len(sheets) == len(tables) == 11
    indicators, *_rest, narrative, _legend = sheets.values()
    assert any(row[2] == pytest.approx(77.78) for row in indicators[1:])
    assert [row[0] for row in narrative[1:]] == NARRATIVE.split("\n\n")


def test_the_form_starts_from_the_last_narrative(
    client, official, coordinator, django_capture_on_commit_callbacks
):
    make_pack(client, coordinator, django_capture_on_commit_callbacks)
    client.force_login(official)
    form = client.get(PACK).context["form"]
    assert form.initial["narrative"] == NARRATIVE
    assert form.initial["year"] == timezone.localdate().year


def test_months_choose_the_period(client, official, django_capture_on_commit_callbacks):
    data = {"year": "", "start_month": "2024-11", "end_month": "2025-02"}
    _response, (pdf, _xlsx) = make_pack(
        client, official, django_capture_on_commit_callbacks, **data
    )
    assert pdf.filters == {"start": "2024-11-01", "end": "2025-02-28"}


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"year": "", "start_month": "2025-06", "end_month": "2025-01"}, "end_month"),
        ({"year": "", "start_month": "2025-13", "end_month": "2025-14"}, "start_month"),
        ({"year": "", "start_month": "juni", "end_month": "2025-01"}, "start_month"),
        ({"year": "tahun lalu"}, "year"),
        ({"year": "1800"}, "year"),
        ({"year": "99999999999999999999"}, "year"),
        ({"year": "", "start_month": "1999-12", "end_month": "2025-01"}, "start_month"),
        ({"year": ""}, "__all__"),
        ({"year": "", "start_month": "2025-01"}, "__all__"),
        ({"year": "2025", "start_month": "2025-01", "end_month": "2025-02"}, "__all__"),
        ({"narrative": "kata " * 1000}, "narrative"),
    ],
)
def test_bad_input_is_told_not_made(client, official, data, field):
    client.force_login(official)
    response = client.post(PACK, {"year": "2025", "narrative": "", **data})
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors
    assert escape(errors[field][0]) in response.content.decode()
    assert not ReportExport.objects.exists()


def test_a_failed_pack_is_marked_failed(official, monkeypatch):
    pdf, _xlsx = report_exports.log_pack(official, YEAR, "")

    def broken(pack):
        raise RuntimeError("WeasyPrint ran out of memory")

    monkeypatch.setattr(pack_pdf, "render_pack", broken)
    assert build_pdf_export.call(pdf.pk, "id") == ReportExport.Status.FAILED
    pdf.refresh_from_db()
    assert pdf.status == ReportExport.Status.FAILED and not pdf.file


def test_a_lost_pack_is_built_in_indonesian(official, answers):
    official.profile.preferred_language = "en"
    official.profile.save()
    pdf, xlsx = report_exports.log_pack(official, YEAR, "")
    ReportExport.objects.update(requested_at=timezone.now() - timedelta(hours=1))
    assert pending.build_pending_exports(older_than_seconds=60) == 2
    pdf.refresh_from_db()
    assert "B (Baik)" in pdf_text(read(pdf))


@hostile_settings(25)
@given(
    year=st.one_of(garbage_values(), st.integers(-10, 10**6).map(str)),
    months=st.lists(garbage_values(), min_size=2, max_size=2),
    narrative=hostile_text(),
)
def test_any_form_makes_a_pack_or_explains(client, official, year, months, narrative):
    client.force_login(official)
    with fresh_state():
        data = {"year": year, "start_month": months[0], "end_month": months[1]}
        response = client.post(PACK, {**data, "narrative": narrative})
        assert response.status_code in {200, 302}
        if response.status_code == 200:
            assert_no_raw_markup(response)
            assert response.context["form"].errors


def test_a_hostile_narrative_stays_text(official, home_page):
    narrative = "\n\n".join(['=HYPERLINK("http://evil")', "<b>tebal</b>", "@SUM(A1)"])
    pdf, xlsx = report_exports.log_pack(official, YEAR, narrative)
    build_pdf_export.call(pdf.pk, "id")
    build_xlsx_export.call(xlsx.pk, "id")
    pdf.refresh_from_db()
    xlsx.refresh_from_db()
    assert "<b>tebal</b>" in pdf_text(read(pdf))
    workbook = openpyxl.load_workbook(io.BytesIO(read(xlsx)), read_only=True)
    narrative_rows = list(workbook.worksheets[-2].iter_rows(values_only=True))[1:]
    assert [row[0] for row in narrative_rows] == [
        '\'=HYPERLINK("http://evil")',
        "<b>tebal</b>",
        "'@SUM(A1)",
    ]
