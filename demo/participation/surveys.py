"""SKM answers at scale: one period per half-year of the data set's months (the demo's own
periods reused), the answers shared over them and over the services as the demo weighs them."""

from datetime import timedelta

from surveys.models import SurveyPeriod, SurveyResponse
from surveys.services import surveyed_services

from ..surveys import half_year, made_up_answer, profile
from .base import Timeline

BATCH = 5_000


def write_survey_answers(total: int, timeline: Timeline, rng) -> int:
    periods = _periods(timeline)
    services = surveyed_services()
    weights = [profile(service)[0] for service in services]
    written, batch = 0, []
    for _ in range(total):
        service = rng.choices(services, weights=weights)[0]
        batch.append(made_up_answer(rng, rng.choice(periods), service))
        if len(batch) == BATCH:
            written += len(SurveyResponse.objects.bulk_create(batch))
            batch = []
    return written + len(SurveyResponse.objects.bulk_create(batch))


def _periods(timeline: Timeline) -> list[SurveyPeriod]:
    periods, day = [], timeline.now.date()
    while True:
        made = half_year(day)
        found = SurveyPeriod.objects.filter(starts_on=made.starts_on, ends_on=made.ends_on)
        period = found.first()
        if period is None:
            made.save()
            period = made
        periods.append(period)
        if period.starts_on <= timeline.start.date():
            return periods
        day = period.starts_on - timedelta(days=1)
