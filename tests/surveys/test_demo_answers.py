"""The demo's SKM answers: enough that the results show real numbers, a small service shown as
"<5", and nothing added when the demo is loaded again."""

import pytest

from demo.guide_content import SERVICE_AREAS
from demo.surveys import ensure_survey_answers
from surveys.models import SurveyPeriod, SurveyResponse
from surveys.results import period_results

from ..factories import service_area

pytestmark = pytest.mark.django_db


def test_the_demo_has_two_periods_of_answers_with_real_numbers():
    for slug, name, _ in SERVICE_AREAS:
        service_area(slug, name)
    ensure_survey_answers()
    ensure_survey_answers()
    current, previous = SurveyPeriod.objects.all()
    assert current.is_open() and previous.ends_on < current.starts_on
    assert SurveyResponse.objects.filter(period=current).count() == 303
    results = period_results(current)
    shown = [row for row in results.services if row.index]
    assert len(shown) == 4 and results.overall.index
    assert {row.index.category.letter for row in shown} >= {"A", "B", "C"}
    assert [row.respondents.shown for row in results.services if not row.shown].count("<5") == 1
    assert all(row.minimum_sample for row in results.services)
