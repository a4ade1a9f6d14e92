"""The participation report in the admin: who may open it, what it shows, bad filters, names
only where allowed, comments by role, a constant number of queries; and its filters, small
cells and chart on their own."""

from datetime import date

import pytest
from django.http import QueryDict

from courses.models import Registration, ReportExport
from courses.reports.charts import line_chart, nice_ceiling
from courses.reports.report import SUPPRESSION_THRESHOLD, Cell, ReportFilters

from ..factories import UserFactory
from ..helpers import assert_same_queries, post_query, query_count
from .test_reports import attend, enrol, feedback, person, session

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

REPORT = "/admin/participation/"
MARCH_QUERY = "start=2025-03-01&end=2025-03-31"


def text(response) -> str:
    """The page's HTML with runs of white space as one space."""
    return " ".join(response.content.decode().split())


def report_urls(march):
    return [
        REPORT,
        f"{REPORT}exports/",
        f"{REPORT}modules/{march.a.pk}/",
        f"{REPORT}sessions/{march.s1.pk}/",
        f"{REPORT}comments/",
    ]


@pytest.mark.parametrize("role", ["official", "coordinator"])
def test_officials_and_coordinators_open_every_page(client, march, role, request):
    client.force_login(request.getfixturevalue(role))
    for url in report_urls(march):
        assert client.get(url).status_code == 200, url


def test_superusers_open_the_report(client, home_page):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert client.get(REPORT).status_code == 200


def test_anonymous_visitors_are_sent_to_sign_in(client, march):
    export = post_query(client, f"{REPORT}export/", "format=csv&kind=summary")
    for response in [*(client.get(url) for url in report_urls(march)), export]:
        assert response.status_code == 302 and "/accounts/login/?next=" in response["Location"]


@pytest.mark.parametrize("role", ["resident", "facilitator"])
def test_residents_and_facilitators_are_refused(client, march, role, request):
    client.force_login(request.getfixturevalue(role))
    export = post_query(client, f"{REPORT}export/", "format=csv&kind=participants")
    for response in [*(client.get(url) for url in report_urls(march)), export]:
        assert response.status_code in {302, 403}
        assert not response.get("Location", "").startswith("/admin/participation")
        assert b"Budi" not in response.content


def test_menu_item_only_for_report_readers(client, official, coordinator, facilitator):
    for user, shown in [(official, True), (coordinator, True), (facilitator, False)]:
        client.force_login(user)
        assert (REPORT in client.get("/admin/").content.decode()) is shown


def test_report_shows_figures_chart_and_tables(client, march, official):
    client.force_login(official)
    page = text(client.get(f"{REPORT}?{MARCH_QUERY}"))
    # 3 and 2 people are too few to show; so is 1 registered, and the 5 walk-ins would tell it
    assert "5 (&lt;5 residents with an account, &lt;5 walk-ins without one)" in page
    assert "6 (&lt;5 registered, x walk-in)" in page
    assert 'role="img" aria-labelledby="trend-chart-title trend-chart-desc"' in page
    assert '<title id="trend-chart-title">Participation per month</title>' in page
    assert "March 2025" in page  # the chart's numbers as a table
    link_query = MARCH_QUERY.replace("&", "&amp;")
    assert f'href="/admin/participation/modules/{march.a.pk}/?{link_query}"' in page
    assert f'href="/admin/participation/sessions/{march.s1.pk}/"' in page
    assert "Hidden: fewer than 5 answers" in page
    assert "Budi" not in page  # no names on the report itself


def test_filters_narrow_the_report(client, march, official):
    client.force_login(official)
    page = text(client.get(f"{REPORT}?{MARCH_QUERY}&kind=online"))
    assert "&lt;5 (&lt;5 residents with an account, 0 walk-ins without one)" in page
    assert "Sessions held" not in page and "Recent sessions" not in page


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ("start=2025-03-10&end=2025-03-01", "end", "The last day is before the first day"),
        ("rw=0", "rw", "Choose an RW from 1 to 10."),
        ("module=abc", "module", "There is no such module."),
        ("start=kemarin", "start", "Enter the first day as a date"),
    ],
)
def test_bad_filters_are_explained_not_fatal(client, march, official, query, field, message):
    client.force_login(official)
    response = client.get(f"{REPORT}?{query}")
    assert response.status_code == 200
    page = text(response)
    assert "Some filters could not be used" in page
    assert f'<a href="#id_{field}">' in page  # the summary links to the field
    assert f'id="id_{field}_error"> <svg' in page and message in page
    assert f'aria-invalid="true" aria-describedby="id_{field}_error"' in page
    assert "People reached" in page  # the report is still shown, without that filter


def test_small_groups_show_as_fewer_than_five(client, make_module, official):
    module = make_module(lessons=1, quiz=False)
    for rw, people in ((7, 5), (8, 4), (9, 6)):
        for _ in range(people):
            enrol(person(rw=rw), module, "2025-03-03")
    client.force_login(official)
    page = text(client.get(f"{REPORT}?{MARCH_QUERY}"))
    assert '<th scope="row">RW 08</th> <td>&lt;5</td>' in page
    # RW 08 would be 15 minus the others: the smallest other is hidden too
    assert '<th scope="row">RW 07</th> <td>x</td>' in page
    assert '<th scope="row">RW 09</th> <td>6</td>' in page


def test_one_rw_shows_no_small_number_anywhere(client, march, official):
    """The leak of issue 16: one RW's headline figures, months and summary CSV."""
    client.force_login(official)
    page = text(client.get(f"{REPORT}?{MARCH_QUERY}&rw=3"))
    assert "&lt;5 (0 residents with an account, &lt;5 walk-ins without one)" in page
    assert '<th scope="row">March 2025</th> <td>0</td><td>0</td> <td>&lt;5</td>' in page
    response = post_query(
        client, f"{REPORT}export/", f"format=csv&kind=summary&{MARCH_QUERY}&rw=3"
    )
    rows = b"".join(response.streaming_content).decode()
    assert "Certificates issued,<5" in rows and "Certificates issued,1" not in rows


def test_module_participants_list_names(client, march, coordinator):
    client.force_login(coordinator)
    page = client.get(f"{REPORT}modules/{march.a.pk}/?{MARCH_QUERY}").content.decode()
    assert "Budi Santoso" in page and "walk-in without an account" in page
    rows = page.split('class="nice-padding"')[1].count('<th scope="row">')
    assert rows == 4  # r1 and r2 enrolled, r4 and Budi came to its session
    assert client.get(f"{REPORT}modules/999999/").status_code == 404


def test_session_attendance_lists_names_and_how_they_came(client, march, official):
    client.force_login(official)
    page = client.get(f"{REPORT}sessions/{march.s2.pk}/").content.decode()
    assert "budi santoso" in page and "Budi Santoso" in page
    assert page.count("Walk-in") == 3  # a cancelled registration is a walk-in
    assert client.get(f"{REPORT}sessions/999999/").status_code == 404


@pytest.fixture
def comments(make_module):
    module = make_module(lessons=1, quiz=False, title="Modul Komentar")
    feedback(
        person(), "2025-03-05", comment="Materinya jelas sekali", share_comment=True, module=module
    )
    feedback(person(), "2025-03-06", comment="Ruangannya panas", module=module)
    feedback(person(), "2025-03-07", module=module)  # no comment


def test_coordinators_read_every_comment(client, comments, coordinator):
    client.force_login(coordinator)
    page = client.get(f"{REPORT}comments/").content.decode()
    assert "Materinya jelas sekali" in page and "Ruangannya panas" in page
    assert page.count('<th scope="row">Modul Komentar</th>') == 2


def test_officials_read_only_shared_comments(client, comments, official):
    client.force_login(official)
    page = client.get(f"{REPORT}comments/").content.decode()
    assert "Materinya jelas sekali" in page and "Ruangannya panas" not in page


def test_comments_follow_the_period(client, comments, coordinator):
    client.force_login(coordinator)
    page = client.get(f"{REPORT}comments/?start=2025-03-06").content.decode()
    assert "Materinya jelas sekali" not in page and "Ruangannya panas" in page


def populate(module, held, people: int, first: int = 0):
    """Residents number `first` to `first + people - 1` enrolled in `module` and at `held`, each
    with a shared comment, and as many walk-ins there."""
    for index in range(first, first + people):
        resident = person(rw=index % 3 + 1)
        enrol(resident, module, "2025-03-02", completed="2025-03-04")
        attend(held, resident, registration=Registration.Status.REGISTERED)
        attend(held, name=f"Tamu {index}", rw=2)
        feedback(resident, "2025-03-05", comment="Bagus", share_comment=True, module=module)


def grow(make_module, modules: int, people: int, first_day: int = 10):
    """`modules` modules, each with `people` residents enrolled and at a session (one a day
    from March `first_day`) with walk-ins. Returns the first module and its session."""
    made = []
    for number in range(modules):
        module = make_module(lessons=1, quiz=False)
        held = session(module, f"2025-03-{first_day + number}")
        populate(module, held, people)
        made.append((module, held))
    return made[0]


def test_report_pages_cost_the_same_queries_with_4_modules_of_4_people_as_1_of_1(
    client, make_module, official
):
    module, held = grow(make_module, modules=1, people=1)
    client.force_login(official)
    export = f"{REPORT}export/"
    post_query(client, export, "format=xlsx&kind=summary")
    pages = {
        f"{REPORT}?{MARCH_QUERY}": 40,
        f"{REPORT}?{MARCH_QUERY}&rw=2&kind=in_person": 40,
        f"{REPORT}modules/{module.pk}/": 25,
        f"{REPORT}sessions/{held.pk}/": 25,
        f"{REPORT}comments/": 25,
        f"{REPORT}exports/": 20,
    }
    small = {url: query_count(client, url) for url in pages}
    populate(module, held, people=3, first=1)  # the module and session the pages show: 4 people
    grow(make_module, modules=3, people=4, first_day=11)
    post_query(client, export, "format=xlsx&kind=summary")
    post_query(client, export, "format=xlsx&kind=participants")
    assert ReportExport.objects.count() == 3  # the list of exports grew too
    for url, most in pages.items():
        assert_same_queries(small[url], query_count(client, url), most, url)


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("start=2025-03-10&end=2025-03-01", "end"),
        ("rw=0", "rw"),
        ("rw=11", "rw"),
        ("rw=x", "rw"),
        ("module=abc", "module"),
        ("module=999999", "module"),
        ("topic=abc", "topic"),
        ("start=10/03/2025", "start"),
        ("end=2025-02-30", "end"),
        ("kind=both", "kind"),
    ],
)
def test_bad_filter_values_are_ignored_with_a_message(home_page, query, field):
    filters, errors = ReportFilters.from_query(QueryDict(query))
    assert list(errors) == [field] and errors[field]
    assert filters == ReportFilters()


def test_good_filter_values(march):
    query = QueryDict(f"start=2025-03-01&end=2025-03-31&module={march.a.pk}&rw=2&kind=online")
    filters, errors = ReportFilters.from_query(query)
    assert errors == {}
    assert filters == ReportFilters(
        start=date(2025, 3, 1), end=date(2025, 3, 31), module_id=march.a.pk, rw=2, kind="online"
    )
    assert ReportFilters.from_query(QueryDict(filters.querystring))[0] == filters


def test_small_cells_are_suppressed():
    assert str(Cell(SUPPRESSION_THRESHOLD - 1)) == "<5"
    assert str(Cell(0)) == "0"
    assert Cell(SUPPRESSION_THRESHOLD).shown == 5


def test_chart_is_drawn_on_round_numbers_with_a_legend():
    months = [date(2024, month, 1) for month in range(1, 13)] + [date(2025, 1, 1)]
    chart = line_chart("Title", "Description", months, {"A": list(range(13)), "B": [41] * 13})
    assert [tick.text for tick in chart.y_ticks] == ["0", "20", "40", "60", "80"]
    assert len(chart.x_ticks) == 7  # every second month of thirteen
    assert [line.label for line in chart.lines] == ["A", "B"]
    assert {line.dash for line in chart.lines} == {"", "8 4"}  # not told apart by colour alone
    assert nice_ceiling(1) == 4 and nice_ceiling(100) == 100 and nice_ceiling(101) == 200


def test_a_single_month_sits_in_the_middle():
    chart = line_chart("Title", "Description", [date(2025, 3, 1)], {"A": [3]})
    (point,) = chart.lines[0].points
    assert point.x == (chart.left + chart.right_edge) / 2
