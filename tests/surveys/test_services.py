"""Recording SKM answers: all or nothing, one per device per service and period, details only
with consent."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from surveys import services
from surveys.models import SurveyResponse

from ..factories import SurveyPeriodFactory, UserFactory, service_area

pytestmark = pytest.mark.django_db

ANSWERS = {f"u{n}": 3 for n in range(1, 10)}
NO_DETAILS = {"consent": False}


def test_the_services_are_the_training_programme_and_the_service_areas():
    area = service_area()
    found = services.surveyed_services()
    assert [s.key for s in found] == [services.TRAINING_KEY, "layanan-kependudukan"]
    assert services.find_service("layanan-kependudukan").area_id == area.pk
    assert services.find_service(services.TRAINING_KEY).area_id is None
    assert services.find_service("kependudukan") is None
    assert services.find_service("layanan-tidak-ada") is None


def test_an_online_answer_is_kept_once_per_device_and_service():
    period = SurveyPeriodFactory()
    training = services.training_programme()
    area = services.find_service(f"layanan-{service_area().slug}")
    services.record_online_answer(period, training, ANSWERS, NO_DETAILS, "token-a")
    with pytest.raises(services.AlreadyAnswered):
        services.record_online_answer(period, training, ANSWERS, NO_DETAILS, "token-a")
    services.record_online_answer(period, area, ANSWERS, NO_DETAILS, "token-a")
    services.record_online_answer(period, training, ANSWERS, NO_DETAILS, "token-b")
    assert SurveyResponse.objects.count() == 3
    assert services.has_answered("token-a", period, training)
    assert not services.has_answered("token-c", period, training)
    assert "token-a" not in SurveyResponse.objects.values_list("device_key", flat=True)


def test_residents_answer_only_while_the_period_runs():
    today = timezone.localdate()
    ended = SurveyPeriodFactory(starts_on=today - timedelta(days=60), ends_on=today - timedelta(1))
    with pytest.raises(services.PeriodClosed):
        services.record_online_answer(
            ended, services.training_programme(), ANSWERS, NO_DETAILS, "token"
        )
    # Paper questionnaires of an ended period can still be typed in.
    staff = UserFactory()
    services.record_paper_answer(ended, services.training_programme(), ANSWERS, NO_DETAILS, staff)
    coming = SurveyPeriodFactory(starts_on=today + timedelta(days=1))
    with pytest.raises(services.PeriodClosed):
        services.record_paper_answer(
            coming, services.training_programme(), ANSWERS, NO_DETAILS, staff
        )
    assert SurveyResponse.objects.get().channel == SurveyResponse.Channel.PAPER


def test_details_are_kept_only_with_consent():
    period = SurveyPeriodFactory()
    details = {"age_group": "30_39", "sex": "female", "education": "sma", "occupation": "swasta"}
    training = services.training_programme()
    kept = services.record_online_answer(
        period, training, ANSWERS, {**details, "consent": True}, "a"
    )
    dropped = services.record_online_answer(
        period, training, ANSWERS, {**details, "consent": False}, "b"
    )
    assert (kept.details_consent, kept.age_group, kept.occupation) == (True, "30_39", "swasta")
    assert (dropped.details_consent, dropped.age_group, dropped.sex) == (False, "", "")


@pytest.mark.parametrize(
    ("answers", "details"),
    [
        ({**ANSWERS, "u5": 5}, NO_DETAILS),
        ({**ANSWERS, "u1": 0}, NO_DETAILS),
        (ANSWERS, {"consent": True, "education": "phd-in-everything"}),
    ],
)
def test_bad_answers_write_nothing(answers, details):
    period = SurveyPeriodFactory()
    with pytest.raises(ValidationError):
        services.record_online_answer(
            period, services.training_programme(), answers, details, "token"
        )
    assert not SurveyResponse.objects.exists()
