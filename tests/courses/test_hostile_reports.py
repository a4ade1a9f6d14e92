"""Hostile input in the participation report: filter parameters of every kind, and names that a
spreadsheet would run as formulas or cannot store, in the CSV and XLSX exports."""

import csv
import io

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from courses.models import ReportExport
from courses.reports import exports as report_exports
from courses.reports import rows
from courses.reports.report import ReportFilters
from courses.reports.tasks import build_xlsx_export

from ..factories import ProfileFactory
from ..hostile import (
    FORMULAS,
    assert_no_raw_markup,
    fresh_state,
    garbage_values,
    get_unless_refused,
    hostile_settings,
    hostile_text,
)
from .test_reports import attend, enrol, session

pytestmark = pytest.mark.django_db

REPORT = "/admin/participation/"
PAGES = [REPORT, f"{REPORT}comments/", f"{REPORT}exports/"]


def filter_values():
    dates = st.dates().map(str)
    ids = st.integers(-5, 10**12).map(str)
    value = st.one_of(dates, ids, garbage_values())
    names = st.sampled_from(["start", "end", "module", "topic", "rw", "kind", "p", "format"])
    return st.dictionaries(names, st.lists(value, min_size=1, max_size=2), max_size=6)


@hostile_settings(40)
@given(query=filter_values(), page=st.sampled_from(PAGES))
def test_report_pages_take_any_filters(client, official, module, query, page):
    client.force_login(official)
    with fresh_state():
        response = get_unless_refused(client, page, query)
        if response is None:
            return
        assert_no_raw_markup(response)
        assert response.status_code == 200


@hostile_settings(20)
@given(query=filter_values())
def test_module_participants_take_any_filters(client, official, module, query):
    client.force_login(official)
    with fresh_state():
        response = get_unless_refused(client, f"{REPORT}modules/{module.pk}/", query)
        if response is None:
            return
        assert_no_raw_markup(response)
        assert response.status_code == 200


@hostile_settings(30)
@given(
    query=filter_values(),
    kind=st.one_of(st.sampled_from(["summary", "participants"]), hostile_text()),
)
def test_export_requests_export_or_explain(client, official, module, query, kind):
    client.force_login(official)
    with fresh_state():
        response = client.post(
            f"{REPORT}export/", {**query, "kind": [kind, *query.get("kind", [])]}
        )
        assert response.status_code in {200, 302}
        if response.status_code == 200:
            assert response["Content-Type"].startswith("text/csv")
            b"".join(response.streaming_content)
            assert ReportExport.objects.count() == 1


def names_in_the_database():
    """Names as old rows may hold them, stored before any cleaning: control characters too
    (but no NUL, which PostgreSQL never stores)."""
    return st.lists(
        st.one_of(
            st.sampled_from(FORMULAS),
            hostile_text(),
            st.sampled_from(["\x01=1+1", "\x1b[31m", "A\x0bB"]),
        ),
        min_size=1,
        max_size=4,
    ).map(lambda names: [name.replace("\x00", "") for name in names])


def formula_free(cell) -> bool:
    return not (isinstance(cell, str) and cell.startswith(rows.FORMULA_STARTS))


@pytest.fixture
def with_people(make_module):
    def build(names):
        module = make_module(lessons=1, quiz=False)
        type(module).objects.filter(pk=module.pk).update(title=names[0][:255])
        for name in names:
            enrol(ProfileFactory(full_name=name[:150], rw=4).user, module, "2025-03-03")
        attend(
            session(module, "2025-03-04", title=names[-1][:200]),
            name=names[-1][:150] or "Tamu",
            rw=4,
        )
        return module

    return build


@hostile_settings(15)
@given(names=names_in_the_database())
def test_csv_cells_never_start_a_formula(client, official, with_people, names):
    client.force_login(official)
    with fresh_state():
        with_people(names)
        for kind in ("participants", "summary"):
            response = client.post(f"{REPORT}export/", {"format": "csv", "kind": kind})
            text = b"".join(response.streaming_content).decode("utf-8-sig")
            rows = list(csv.reader(io.StringIO(text)))
            assert all(formula_free(cell) for row in rows for cell in row)
        body = [row for row in rows if row]
        assert body


@hostile_settings(15)
@given(names=names_in_the_database())
def test_xlsx_files_are_built_and_hold_no_formula(official, with_people, names):
    with fresh_state():
        with_people(names)
        for kind in ("participants", "summary"):
            export = report_exports.log_export(official, ReportFilters(), kind, "xlsx")
            assert build_xlsx_export.call(export.pk, "en") == ReportExport.Status.READY
            export.refresh_from_db()
            with export.file.open("rb") as file:
                workbook = openpyxl.load_workbook(file)
            cells = [cell for sheet in workbook for row in sheet.iter_rows() for cell in row]
            assert all(cell.data_type != "f" and formula_free(cell.value) for cell in cells)


def test_an_xlsx_with_control_characters_in_a_name_is_built(official, with_people):
    """openpyxl refused the characters and the export was marked failed."""
    with_people(["Siti\x1b[31m", "\x01=1+1"])
    export = report_exports.log_export(official, ReportFilters(), "participants", "xlsx")
    assert build_xlsx_export.call(export.pk, "en") == ReportExport.Status.READY
    export.refresh_from_db()
    with export.file.open("rb") as file:
        names = {row[1] for row in openpyxl.load_workbook(file).active.iter_rows(values_only=True)}
    assert {"Siti[31m", "'=1+1"} <= names


def test_an_export_with_a_huge_filter_value_goes_back_to_the_report(client, official, module):
    """The redirect back carried the whole query and Django refused it as unsafe (a 400)."""
    client.force_login(official)
    response = client.post(f"{REPORT}export/", {"start": "x" * 20_000, "kind": "summary"})
    assert response.status_code == 302
    assert response["Location"] == f"{REPORT}?start={'x' * 40}"
    assert ReportExport.objects.count() == 0


@pytest.mark.parametrize("query", ["start=0001-01-01", "end=9999-12-31"])
def test_a_day_at_the_edge_of_the_calendar_is_explained(client, official, module, query):
    """The midnight before the first day or after the last overflowed: a 500."""
    client.force_login(official)
    response = client.get(f"{REPORT}?{query}")
    assert response.status_code == 200
    assert "Pilih hari dari tahun 2000 sampai 2099." in response.content.decode()
