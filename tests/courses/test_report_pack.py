"""The report pack's data (courses/reports/pack.py): the three indicators, every table, the
same suppression as the report in every one of them, and a number of queries that does not
grow with the data."""

from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.suppression import COMPLEMENT_MARK, SMALL_MARK
from courses.models import ComplaintFigure, Target
from courses.reports.pack import build_pack, pack_sheets, pack_tables, weighted_median
from courses.reports.protected import protected_report
from courses.reports.report import ReportFilters

from ..factories import SurveyPeriodFactory, SurveyResponseFactory
from ..helpers import assert_same_queries
from .test_reports import attend, enrol, person, session

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

YEAR = (date(2025, 1, 1), date(2025, 12, 31))
#: Per table, the columns that count people (the others count sessions, complaints, or are
#: averages and indexes); in the indicators and targets tables, the rows that do.
PEOPLE_COLUMNS = {
    "by-month": (1, 2, 3),
    "by-type": (2, 3),
    "by-rw": (1, 2),
    "by-module": (1, 2),
    "ikm-services": (2,),
}
PEOPLE_ROWS = {"indicators": ((2, 2), (3, 2)), "targets": ((0, 2), (2, 2))}


def people_cells(tables) -> list:
    cells = []
    for table in tables:
        for row_index, row in enumerate(table.rows):
            columns = PEOPLE_COLUMNS.get(table.key, ())
            cells += [row[column] for column in columns]
            cells += [row[c] for r, c in PEOPLE_ROWS.get(table.key, ()) if r == row_index]
    return cells


def small_numbers(tables) -> list:
    return [cell for cell in people_cells(tables) if isinstance(cell, int) and 0 < cell < 5]


def survey(answers: int, starts_on=date(2025, 1, 1), ends_on=date(2025, 6, 30), **scores):
    period = SurveyPeriodFactory(starts_on=starts_on, ends_on=ends_on)
    SurveyResponseFactory.create_batch(answers, period=period, **scores)
    return period


@pytest.fixture
def tiny(make_module):
    """Two residents, one walk-in, three survey answers, one month of complaints, targets for
    the year: every count of people is 1 to 4."""
    module = make_module(lessons=1, quiz=False, title="Anggaran Desa")
    first, second = person(rw=1), person(rw=2)
    enrol(first, module, "2025-03-05", completed="2025-03-20")
    enrol(second, module, "2025-03-06")
    held = session(module, "2025-03-10")
    attend(held, first)
    attend(held, name="Budi Santoso", rw=3)
    survey(3)
    ComplaintFigure.objects.create(
        month=date(2025, 3, 1), channel="lapor", received=12, resolved=10, median_days=6
    )
    Target.objects.create(name="2025", start=YEAR[0], end=YEAR[1], residents_reached=40)
    return module


def test_no_count_of_one_to_four_people_in_any_table(tiny):
    pack = build_pack(*YEAR)
    tables = pack_sheets(pack)
    assert small_numbers(tables) == []
    shown = people_cells(tables)
    assert SMALL_MARK in shown
    assert pack.satisfaction is None  # three answers: no index


def test_the_pack_shows_the_report_exactly_as_protected(march):
    """The pack's participation is the report's protected version itself, complementary
    suppression included: nothing is counted or shown otherwise."""
    pack = build_pack(date(2025, 3, 1), date(2025, 3, 31))
    assert pack.report == protected_report(ReportFilters(date(2025, 3, 1), date(2025, 3, 31)))
    by_month = next(table for table in pack_tables(pack) if table.key == "by-month")
    assert by_month.rows == [["March 2025", SMALL_MARK, SMALL_MARK, 6]]
    assert small_numbers(pack_sheets(pack)) == []


def test_small_survey_services_are_hidden_with_their_complement(home_page):
    from ..factories import service_area

    period = survey(6, u1=4)
    SurveyResponseFactory.create_batch(3, period=period, service_area=service_area())
    pack = build_pack(*YEAR)
    services = next(table for table in pack_tables(pack) if table.key == "ikm-services")
    respondents = {row[1]: row[2] for row in services.rows}
    assert respondents["Kependudukan"] == SMALL_MARK
    assert respondents["Akademi Warga training programme"] == COMPLEMENT_MARK
    assert small_numbers([services]) == []


def test_indicators_with_enough_answers(home_page):
    survey(5, u1=4)  # U1 4,00, the rest 3,00: (4 + 8 × 3) / 9 × 25 = 77,78 → B
    survey(5, starts_on=date(2025, 7, 1), ends_on=date(2025, 12, 31))  # all 3: 75,00 → C
    # The year: U1 3,50, the rest 3,00: (3,5 + 24) / 9 × 25 = 76,39 → C (below 76,61)
    for month, resolved, days in ((1, 8, "2"), (2, 30, "5"), (3, 2, "20")):
        ComplaintFigure.objects.create(
            month=date(2025, month, 1),
            channel="jaki_crm",
            received=40,
            resolved=resolved,
            median_days=Decimal(days),
        )
    pack = build_pack(*YEAR, narrative="Satu.\n\nDua,\nbaris kedua.")
    assert pack.satisfaction.converted == Decimal("76.39")
    assert pack.satisfaction.category.letter == "C"
    assert (pack.complaint_totals.received, pack.complaint_totals.resolved) == (120, 40)
    assert pack.complaint_totals.median_days == Decimal(5)
    assert pack.paragraphs == ["Satu.", "Dua,\nbaris kedua."]
    chart = pack.satisfaction_chart
    assert [round(point.value, 2) for point in chart.lines[0].points] == [77.78, 75.0]
    indicators = pack_tables(pack)[0]
    assert ["Residents' satisfaction", "Quality category", "C (Less than good)"] in indicators.rows


def test_weighted_median():
    assert weighted_median([]) is None
    assert weighted_median([(Decimal(2), 1), (Decimal(9), 1)]) == 2
    assert weighted_median([(Decimal(2), 1), (Decimal(9), 5)]) == 9


def test_targets_only_for_exactly_the_period(tiny):
    assert build_pack(*YEAR).target_rows
    other = build_pack(date(2025, 1, 1), date(2025, 6, 30))
    assert other.target is None and other.target_rows == []
    targets = next(table for table in pack_tables(other) if table.key == "targets")
    assert len(targets.rows) == 1  # the note that there are none


def test_elements_per_service_and_period(home_page):
    survey(5, u9=1)
    elements = next(t for t in pack_tables(build_pack(*YEAR)) if t.key == "ikm-elements")
    assert len(elements.rows) == 9
    assert elements.rows[8][2:] == [Decimal("1.00"), Decimal("1.00")]


def grow(make_module, period, residents: int, sessions: int) -> None:
    module = make_module(lessons=1, quiz=False)
    for number in range(residents):
        enrol(person(rw=number % 10 + 1), module, f"2025-0{number % 9 + 1}-05")
    for number in range(sessions):
        attend(session(module, f"2025-0{number % 9 + 1}-10"), name=f"Warga {number}", rw=2)
    SurveyResponseFactory.create_batch(residents, period=period)


def pack_queries() -> tuple[int, list[str]]:
    with CaptureQueriesContext(connection) as captured:
        pack_sheets(build_pack(*YEAR))
    return len(captured), [query["sql"] for query in captured.captured_queries]


def test_queries_do_not_grow_with_sessions_and_residents(make_module):
    period = survey(0)
    for month in range(1, 13):
        ComplaintFigure.objects.create(
            month=date(2025, month, 1), channel="in_person", received=20, resolved=5 + month
        )
    grow(make_module, period, residents=6, sessions=2)
    pack_queries()  # warms what is cached between requests (the site's settings)
    small = pack_queries()
    grow(make_module, period, residents=40, sessions=12)
    assert_same_queries(small, pack_queries(), most=30, page="the report pack")
