"""Types of event, targets against actuals and complaint figures: the rules on their own, the
admin screens that enter them (bad input gets a message, never a 500 or a half-written row),
and the report that shows them."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from cms.suppression import Cell
from courses.models import ComplaintFigure, Target, WorkshopSession
from courses.reports.filters import ReportFilters
from courses.reports.indicators import (
    TargetRow,
    complaint_trend,
    other_targets,
    target_for,
    target_rows,
)
from courses.reports.protected import protected_report

from ..helpers import assert_same_queries, query_count
from .test_reports import MARCH, attend, person, session

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

REPORT = "/admin/participation/"
COMPLAINTS = "/admin/participation/complaints/"
TARGETS = "/admin/participation/targets/"
Type = WorkshopSession.EventType


def figure(month: str, channel="lapor", received=10, resolved=8, median_days="3.5"):
    return ComplaintFigure.objects.create(
        month=date.fromisoformat(month),
        channel=channel,
        received=received,
        resolved=resolved,
        median_days=median_days and Decimal(median_days),
    )


def march_target(**numbers) -> Target:
    fields = {"residents_reached": 10, "sessions_held": 4, "completions": 8, **numbers}
    return Target.objects.create(name="Maret", start=MARCH.start, end=MARCH.end, **fields)


def test_report_breaks_attendance_down_by_type_of_event(home_page):
    forum = session(None, "2025-03-10", event_type=Type.FORUM_WARGA)
    rembuk = session(None, "2025-03-12", event_type=Type.REMBUK_RW)
    for number in range(6):
        attend(forum, person(rw=1))
        attend(rembuk, name=f"Tamu {number}", rw=2)
    attend(rembuk, person(rw=1))
    by_type = {row.event_type: row for row in protected_report(MARCH).by_type}
    assert list(by_type) == Type.values  # every type, in order
    assert (by_type["forum_warga"].sessions, by_type["forum_warga"].attendance.value) == (1, 6)
    assert by_type["rembuk_rw"].people.value == 7
    assert by_type["seminar"].attendance.shown == 0


def test_a_target_is_compared_only_for_exactly_its_period(home_page):
    target = march_target()
    assert target_for(MARCH) == target
    assert target_for(ReportFilters(start=MARCH.start, end=date(2025, 3, 30))) is None
    assert target_for(ReportFilters(start=MARCH.start, end=MARCH.end, rw=3)) is None
    assert other_targets(ReportFilters(start=date(2025, 3, 20))) == [target]
    assert other_targets(ReportFilters(end=date(2025, 2, 1))) == []


def test_target_rows_compare_with_the_protected_figures(home_page):
    rows = target_rows(march_target(ikm=Decimal("82.5")), protected_report(MARCH).figures)
    assert [(row.target, row.percent) for row in rows] == [
        (10, 0),
        (4, 0),
        (8, 0),
        (Decimal("82.5"), None),
    ]
    assert rows[3].actual is None  # no survey answers in March


def test_the_ikm_target_is_compared_with_the_survey_answers_of_its_period(home_page):
    from ..factories import SurveyPeriodFactory, SurveyResponseFactory

    march = SurveyPeriodFactory(starts_on=MARCH.start, ends_on=MARCH.end)
    SurveyResponseFactory.create_batch(5, period=march)  # every element answered 3
    rows = target_rows(march_target(ikm=Decimal("80")), protected_report(MARCH).figures)
    assert (rows[3].actual, rows[3].percent) == (Decimal("75.00"), 94)
    assert TargetRow("x", 10, Cell(3)).percent is None  # 3 people would show as 30%
    assert TargetRow("x", 10, Cell(15)).percent == 150
    assert TargetRow("x", None, Cell(15)).percent is None
    assert (TargetRow("x", 4, 3).shown, TargetRow("x", 4, 3).percent) == (3, 75)  # sessions


def test_complaint_trend_fills_months_per_channel(home_page):
    figure("2025-01-01", "lapor", received=12, resolved=10)
    figure("2025-03-01", "jaki_crm", received=30, resolved=28, median_days=None)
    figure("2024-12-01", "lapor")
    trend = complaint_trend(ReportFilters(start=date(2025, 1, 15)))
    assert [row.month for row in trend.months] == [date(2025, m, 1) for m in (1, 2, 3)]
    assert [bool(cell) for cell in trend.months[1].by_channel] == [False, False, False]
    assert trend.months[0].by_channel[1].received == 12
    assert [len(line.points) for line in trend.chart.lines] == [1, 1, 0]
    assert complaint_trend(ReportFilters(end=date(2024, 1, 1))).chart is None


def post_figure(client, **fields):
    data = {"month": "2025-03", "channel": "lapor", "received": "10", "resolved": "8"}
    data["median_days"] = "2.5"
    return client.post(f"{COMPLAINTS}new/", {**data, **fields})


def test_officials_enter_a_months_figures(client, official):
    client.force_login(official)
    response = post_figure(client, month="2025-03-17")
    assert response.status_code == 302
    saved = ComplaintFigure.objects.get()
    assert (saved.month, saved.received, saved.median_days) == (
        date(2025, 3, 1),
        10,
        Decimal("2.5"),
    )


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"resolved": "11"}, "More complaints resolved than received."),
        ({"received": "-1"}, "greater than or equal to 0"),
        ({"median_days": "-2"}, "greater than or equal to 0"),
        ({"month": "Maret"}, "Enter the month as year and month"),
        ({"month": "2025-13"}, "Enter the month as year and month"),
        ({"channel": "ombudsman"}, "Select a valid choice"),
        ({"received": "99999999999999"}, "less than or equal to"),
    ],
)
def test_bad_complaint_figures_are_explained(client, official, fields, message):
    client.force_login(official)
    response = post_figure(client, **fields)
    assert response.status_code == 200 and message in response.content.decode()
    assert not ComplaintFigure.objects.exists()


def test_a_second_row_for_the_same_month_and_channel_is_refused_kindly(client, coordinator):
    figure("2025-03-01", "lapor")
    client.force_login(coordinator)
    response = post_figure(client, month="2025-03-20")
    assert response.status_code == 200
    assert "This month already has figures for this channel" in response.content.decode()
    assert ComplaintFigure.objects.count() == 1


def test_coordinators_set_targets_with_a_period_that_makes_sense(client, coordinator):
    client.force_login(coordinator)
    data = {"name": "2025", "start": "2025-01-01", "end": "2025-12-31", "ikm": "80"}
    assert client.post(f"{TARGETS}new/", data).status_code == 302
    backwards = client.post(f"{TARGETS}new/", {**data, "start": "2026-01-01"})
    assert "The last day is before the first day." in backwards.content.decode()
    twice = client.post(f"{TARGETS}new/", data)
    assert "There are targets for this period already." in twice.content.decode()
    too_high = client.post(f"{TARGETS}new/", {**data, "end": "2025-06-30", "ikm": "101"})
    assert "less than or equal to 100" in too_high.content.decode()
    assert Target.objects.count() == 1


def test_officials_and_facilitators_cannot_set_targets(client, official, facilitator):
    for user in (official, facilitator):
        client.force_login(user)
        client.post(f"{TARGETS}new/", {"name": "x", "start": "2025-01-01", "end": "2025-01-31"})
    client.force_login(facilitator)
    post_figure(client)
    assert not Target.objects.exists() and not ComplaintFigure.objects.exists()


def test_report_shows_target_against_actual_and_the_complaint_trend(client, official):
    march_target()
    figure("2025-03-01", "in_person", received=7, resolved=7)
    client.force_login(official)
    page = client.get(f"{REPORT}?start=2025-03-01&end=2025-03-31").content.decode()
    assert "<caption>Maret (2025-03-01 – 2025-03-31)</caption>" in page
    assert 'aria-labelledby="complaints-chart-title complaints-chart-desc"' in page
    assert "March 2025" in page and "not entered" in page
    other = client.get(f"{REPORT}?start=2025-03-05").content.decode()
    assert "?start=2025-03-01&amp;end=2025-03-31" in other  # a link to the target's period


def test_session_page_and_admin_name_the_type_of_event(client, coordinator, home_page):
    held = session(None, "2025-03-10", event_type=Type.SOSIALISASI)
    page = client.get(reverse("courses:session_detail", args=[held.pk])).content.decode()
    assert "Type of event: Sosialisasi" in page
    client.force_login(coordinator)
    form = client.get(f"/admin/sessions/edit/{held.pk}/").content.decode()
    assert 'name="event_type"' in form


def test_report_and_indicator_screens_cost_the_same_queries_as_data_grows(client, coordinator):
    march_target()
    figure("2025-03-01")
    attend(session(None, "2025-03-10", event_type=Type.SEMINAR), person())
    client.force_login(coordinator)
    pages = {
        f"{REPORT}?start=2025-03-01&end=2025-03-31": 45,
        f"{REPORT}?start=2025-01-01": 45,
        COMPLAINTS: 30,
        TARGETS: 30,
    }
    small = {url: query_count(client, url) for url in pages}
    for month in range(1, 13):
        for channel in ComplaintFigure.Channel.values:
            if (month, channel) != (3, "lapor"):
                figure(f"2025-{month:02d}-01", channel)
        Target.objects.create(
            name=f"Bulan {month}", start=date(2025, month, 1), end=date(2025, month, 2)
        )
    for event_type in Type.values:
        held = session(None, "2025-03-12", event_type=event_type)
        for _ in range(3):
            attend(held, person())
    for url, most in pages.items():
        assert_same_queries(small[url], query_count(client, url), most, url)
