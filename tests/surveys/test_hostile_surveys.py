"""Hostile input to the SKM: any value in any field of the questionnaire (public and paper)
and in the results' period choice gives a page with a message, never a server error, and
writes nothing unless every answer is one of the four."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from surveys.models import SurveyResponse

from ..factories import SurveyPeriodFactory
from ..hostile import assert_no_raw_markup, fresh_state, garbage_values, hostile_settings

pytestmark = pytest.mark.django_db

FIELDS = [f"u{n}" for n in range(1, 10)] + ["age_group", "sex", "education", "occupation"]


def questionnaire():
    answer = st.one_of(st.sampled_from(["1", "2", "3", "4"]), garbage_values())
    return st.dictionaries(st.sampled_from([*FIELDS, "consent", "period", "service"]), answer)


def all_answered(data: dict) -> bool:
    return all(data.get(f"u{n}") in {"1", "2", "3", "4"} for n in range(1, 10))


@hostile_settings(40)
@given(data=questionnaire())
def test_the_public_questionnaire_takes_anything(client, data):
    period = SurveyPeriodFactory()
    url = f"/en/survei/{period.pk}/pelatihan/"
    with fresh_state():
        client.get(url)  # the device's cookie
        response = client.post(url, data)
        assert_no_raw_markup(response)
        if not all_answered(data):
            assert not SurveyResponse.objects.exists()


@hostile_settings(30)
@given(data=questionnaire())
def test_the_paper_questionnaire_takes_anything(client, coordinator, data):
    SurveyPeriodFactory()
    client.force_login(coordinator)
    with fresh_state():
        response = client.post("/admin/skm/paper/", data)
        assert_no_raw_markup(response)
        if not all_answered(data):
            assert not SurveyResponse.objects.exists()


@hostile_settings(20)
@given(period=garbage_values())
def test_the_results_take_any_period(client, official, period):
    SurveyPeriodFactory()
    client.force_login(official)
    with fresh_state():
        response = client.get("/admin/skm/", {"period": period})
        assert response.status_code in {200, 400}
        assert_no_raw_markup(response)
