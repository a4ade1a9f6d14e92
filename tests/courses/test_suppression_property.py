"""Whatever the filters, no number of 1 to 4 people leaves the report, on the page (the
protected report the template draws) or in the summary export, and no hidden number can be
worked out by subtracting the other cells of a group from its shown total. Hypothesis picks the
filters; the data set is made once, at random, sparse enough that many cells are small."""

import random
from datetime import date, timedelta

import pytest
from django.db import transaction
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from certificates import services as certificates
from cms.models import Profile
from courses.models import Topic, WorkshopSession
from courses.reports.filters import IN_PERSON, ONLINE, ReportFilters
from courses.reports.protected import protected_report
from courses.reports.summary import summary_sections

from ..factories import ModuleIndexPageFactory, module_with_lessons, site_home_page
from ..hostile import hostile_settings
from .test_reports import attend, enrol, feedback, person, session

RWS = 5
FIRST_DAY = date(2025, 1, 1)
DAYS = 180
#: Figures of the summary that count events or are ratios, not people.
NOT_PEOPLE = {"Sessions held", "Completion rate (%)"}


def _day(rng: random.Random) -> str:
    return (FIRST_DAY + timedelta(days=rng.randrange(DAYS))).isoformat()


def _build(rng: random.Random) -> dict:
    catalogue = ModuleIndexPageFactory(parent=site_home_page())
    topic = Topic.objects.get(slug="advokasi", locale__language_code="id")
    modules = [
        module_with_lessons(catalogue, lessons=1, quiz=False, title="Modul A"),
        module_with_lessons(catalogue, lessons=1, quiz=False, title="Modul B", topic=topic),
        module_with_lessons(catalogue, lessons=1, quiz=False, title="Modul C"),
    ]
    ages, genders = ["", *Profile.AgeBand.values], ["", *Profile.Gender.values]
    residents = [
        person(rw=rng.randint(1, RWS), age_band=rng.choice(ages), gender=rng.choice(genders))
        for _ in range(70)
    ]
    for resident in residents:
        for module in rng.sample(modules, rng.randint(0, 2)):
            started = _day(rng)
            done = rng.random() < 0.4 and min(
                (date.fromisoformat(started) + timedelta(days=rng.randint(0, 40))).isoformat(),
                "2025-06-29",
            )
            enrol(resident, module, started, completed=done or None)
            if done and rng.random() < 0.5:
                certificates.issue_for_completion(resident, module)
            if rng.random() < 0.3:
                feedback(resident, started, (rng.randint(1, 5),) * 3, module=module)
    for number in range(14):
        held = session(
            rng.choice([None, *modules]),
            _day(rng),
            status=rng.choice([WorkshopSession.Status.HELD] * 4 + ["cancelled"]),
            event_type=rng.choice(WorkshopSession.EventType.values),
        )
        for resident in rng.sample(residents, rng.randint(0, 9)):
            attend(held, resident)
        for walk_in in range(rng.randint(0, 4)):
            attend(held, name=f"Tamu {number}-{walk_in}", rw=rng.randint(1, RWS))
    return {"modules": [module.pk for module in modules], "topic": topic.pk}


@pytest.fixture(scope="module")
def dataset(django_db_setup, django_db_blocker):
    """Made once for the module, rolled back at its end."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield _build(random.Random(16))  # noqa: S311 - reproducible made-up data
        transaction.set_rollback(True)


def filters_for(dataset):
    days = st.one_of(st.none(), st.dates(FIRST_DAY, FIRST_DAY + timedelta(days=DAYS)))
    return st.builds(
        _filters,
        start=days,
        end=days,
        module_id=st.sampled_from([None, *dataset["modules"]]),
        topic_id=st.sampled_from([None, dataset["topic"]]),
        rw=st.sampled_from([None, *range(1, RWS + 1)]),
        kind=st.sampled_from([None, ONLINE, IN_PERSON]),
    )


def _filters(start, end, **fields) -> ReportFilters:
    if start and end and end < start:
        start, end = end, start
    return ReportFilters(start=start, end=end, **fields)


@pytest.mark.django_db
def test_no_small_number_leaves_the_report_whatever_the_filters(dataset):
    @hostile_settings(examples=20)
    @given(filters=filters_for(dataset))
    def check(filters):
        with translation.override("en"):
            report = protected_report(filters)
            for total, cells, adds_up in report.cell_groups():
                assert all(cell.shown not in range(1, 5) for cell in [*cells, total] if cell)
                if total is not None and not total.suppressed:
                    assert sum(cell.suppressed for cell in cells) != 1, (filters, cells)
                    if adds_up:
                        assert sum(cell.value for cell in cells) == total.value, filters
            assert not [
                (title, row)
                for title, header, rows in summary_sections(filters)
                for row in rows
                for label, value in zip(header, row, strict=False)
                if _small_people(label, row, value)
            ], filters

    check()


def _small_people(label, row, value) -> bool:
    """An int from 1 to 4 in a column or row of people."""
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value < 5:
        return False
    return label not in NOT_PEOPLE and row[0] not in NOT_PEOPLE
