"""The results of a period: averages, the index and its category per service and for all,
small groups suppressed (with the complement), the minimum sample, constant queries."""

from decimal import Decimal

import pytest
from django.utils import translation

from surveys.models import ServicePopulation
from surveys.results import index_between, period_results, respondent_profile

from ..factories import SurveyPeriodFactory, SurveyResponseFactory, service_area

pytestmark = pytest.mark.django_db


def answers(*values):
    return {f"u{n}": value for n, value in enumerate(values, start=1)}


def rows_by_name(results):
    return {row.service.name: row for row in results.services}


def test_averages_index_and_category_from_the_answers():
    """Five respondents of the training programme, by hand: U1 answered 4,4,4,3,3 → 3,60;
    every other element 3 → 3,00. Σ = 3,60 + 8 × 3,00 = 27,60; × 1/9 × 25 = 76,67 → B."""
    period = SurveyPeriodFactory()
    for first in (4, 4, 4, 3, 3):
        SurveyResponseFactory(period=period, u1=first)
    training = period_results(period).services[0]
    assert training.respondents.shown == 5
    assert training.averages[0] == Decimal("3.6")
    assert set(training.averages[1:]) == {Decimal(3)}
    assert training.index.converted == Decimal("76.67")
    assert training.index.category.letter == "B"


def test_a_service_with_fewer_than_five_respondents_shows_no_figures():
    period = SurveyPeriodFactory()
    area = service_area()
    SurveyResponseFactory.create_batch(4, period=period, service_area=area)
    SurveyResponseFactory.create_batch(6, period=period, **answers(*[4] * 9))
    SurveyResponseFactory.create_batch(
        7, period=period, service_area=service_area("kesehatan", "Kesehatan")
    )
    results = period_results(period)
    rows = rows_by_name(results)
    small = rows["Kependudukan"]
    assert (small.respondents.shown, small.averages, small.index) == ("<5", None, None)
    # 4 hidden answers could be worked out from the total: the smallest other service is hidden
    # too, and what is hidden together is 10 answers.
    withheld = [row for row in results.services if row.withheld]
    assert [row.respondents.value for row in withheld] == [6]
    assert withheld[0].index is None
    assert rows["Kesehatan"].index.converted == Decimal("75.00")
    assert results.overall.respondents.shown == 17


def test_no_complement_when_the_hidden_answers_are_none_or_enough():
    period = SurveyPeriodFactory()
    SurveyResponseFactory.create_batch(5, period=period)
    service_area()  # a service nobody answered about: nothing to give away
    results = period_results(period)
    assert not any(row.withheld for row in results.services)
    assert results.overall.index.converted == Decimal("75.00")


def test_a_period_with_too_few_answers_shows_no_index_at_all():
    period = SurveyPeriodFactory()
    SurveyResponseFactory.create_batch(3, period=period)
    results = period_results(period)
    assert results.overall.index is None
    assert results.overall.respondents.shown == "<5"


def test_the_minimum_sample_needs_the_number_of_people_served():
    period = SurveyPeriodFactory()
    area = service_area()
    ServicePopulation.objects.create(period=period, service_area=None, people_served=100)
    with translation.override("id"):
        results = period_results(period)
    rows = rows_by_name(results)
    assert rows["Program pelatihan Akademi Warga"].minimum_sample == 80
    assert rows[area.name].minimum_sample is None
    assert results.overall.minimum_sample is None  # not every service's number is known
    ServicePopulation.objects.create(period=period, service_area=area, people_served=900)
    assert period_results(period).overall.minimum_sample == 278  # of 1 000


def test_queries_do_not_grow_with_answers_or_services(django_assert_num_queries):
    period = SurveyPeriodFactory()
    service_area()
    SurveyResponseFactory.create_batch(5, period=period)
    with django_assert_num_queries(4) as few:
        period_results(period)
    for slug in ("kesehatan", "pendidikan", "pengaduan"):
        SurveyResponseFactory.create_batch(
            30, period=period, service_area=service_area(slug, slug)
        )
    with django_assert_num_queries(len(few.captured_queries)):
        period_results(period)


def test_the_respondents_by_their_details_counts_only_small_groups_hidden():
    period = SurveyPeriodFactory()
    given = {"details_consent": True, "education": "sma", "occupation": "swasta"}
    SurveyResponseFactory.create_batch(6, period=period, age_group="30_39", sex="female", **given)
    SurveyResponseFactory.create_batch(2, period=period, age_group="60_plus", sex="male", **given)
    SurveyResponseFactory.create_batch(5, period=period)  # gave no details
    with translation.override("en"):
        tables = {table.name: table for table in respondent_profile(period)}
    assert list(tables) == ["age", "sex", "highest education", "main occupation"]
    sex = {row.label: row for row in tables["sex"].rows}
    assert sex["Male"].respondents.shown == "<5"
    # 2 men could be worked out from 13 − 6 − 5: the smaller of the others is hidden too.
    assert [row.label for row in tables["sex"].rows if row.withheld] == ["Not given"]
    education = {row.label: row.respondents.shown for row in tables["highest education"].rows}
    assert education["Senior secondary school (SMA/SMK)"] == 8
    assert education["Not given"] == 5


def test_the_index_between_two_days_takes_the_periods_inside_them(django_assert_num_queries):
    from datetime import date

    first_half = SurveyPeriodFactory(starts_on=date(2026, 1, 1), ends_on=date(2026, 6, 30))
    second_half = SurveyPeriodFactory(starts_on=date(2026, 7, 1), ends_on=date(2026, 12, 31))
    SurveyResponseFactory.create_batch(3, period=first_half, **answers(*[4] * 9))
    SurveyResponseFactory.create_batch(3, period=second_half, **answers(*[2] * 9))
    with django_assert_num_queries(1):
        year = index_between(date(2026, 1, 1), date(2026, 12, 31))
    assert year.converted == Decimal("75.00")  # every element averages 3
    assert index_between(date(2026, 1, 1), date(2026, 6, 30)) is None  # 3 respondents: hidden
    assert index_between(date(2026, 2, 1), date(2026, 12, 31)) is None  # the first half sticks out


def test_the_index_between_two_days_never_gives_away_a_hidden_period():
    from datetime import date

    first_half = SurveyPeriodFactory(starts_on=date(2026, 1, 1), ends_on=date(2026, 6, 30))
    second_half = SurveyPeriodFactory(starts_on=date(2026, 7, 1), ends_on=date(2026, 12, 31))
    SurveyResponseFactory.create_batch(6, period=first_half, **answers(*[4] * 9))
    SurveyResponseFactory.create_batch(2, period=second_half, **answers(*[1] * 9))
    assert index_between(date(2026, 1, 1), date(2026, 6, 30)) is not None  # 6: shown
    # The year's index less the first half's would be the second half's 2 respondents.
    assert index_between(date(2026, 1, 1), date(2026, 12, 31)) is None
    SurveyResponseFactory.create_batch(3, period=second_half, **answers(*[1] * 9))
    assert index_between(date(2026, 1, 1), date(2026, 12, 31)) is not None  # 5 and 6: shown
