"""Demo answers to the satisfaction survey (SKM): the current half-year's period and the one
before, a few hundred answers over the services, so the results show real numbers: services
of different quality, one with too few answers to show (“<5”), and some respondents who gave
their details. Made with a fixed seed: loading the demo twice gives the same figures.
`generate_participation_data` uses the same pieces for its answers at scale."""

import random
from datetime import date, datetime, time, timedelta

from django.utils import timezone

from surveys.models import ServicePopulation, SurveyPeriod, SurveyResponse
from surveys.services import Service, surveyed_services
from surveys.skm import ELEMENT_FIELDS, AgeGroup, Education, Occupation, Sex

# Per service key: (answers this period, answers the period before, people served, how good:
# the chance of each answer 1–4).
PROFILES = {
    "pelatihan": (70, 55, 400, (0.01, 0.03, 0.30, 0.66)),
    "layanan-kependudukan": (110, 95, 1500, (0.03, 0.12, 0.55, 0.30)),
    "layanan-kesehatan": (60, 50, 800, (0.05, 0.20, 0.55, 0.20)),
    "layanan-pendidikan": (35, 30, 300, (0.04, 0.16, 0.55, 0.25)),
    "layanan-pengaduan": (25, 20, 150, (0.12, 0.35, 0.40, 0.13)),
    "layanan-partisipasi": (3, 8, 60, (0.05, 0.15, 0.50, 0.30)),
}
OTHER_SERVICE = (10, 10, 100, (0.05, 0.15, 0.50, 0.30))
FREE = (0.0, 0.02, 0.08, 0.90)  # Biaya/Tarif: these services are free, so mostly "Gratis"
DETAILS_SHARE = 0.6


def ensure_survey_answers() -> None:
    if SurveyPeriod.objects.exists():
        return
    rng = random.Random(2017)  # noqa: S311 - demo figures, not secrets
    today = timezone.localdate()
    current = half_year(today)
    previous = half_year(current.starts_on - timedelta(days=1))
    answers = []
    for period, which in ((current, 0), (previous, 1)):
        period.save()
        for service in surveyed_services():
            now, before, served, _ = profile(service)
            ServicePopulation.objects.create(
                period=period, service_area_id=service.area_id, people_served=served
            )
            answers += [made_up_answer(rng, period, service) for _ in range((now, before)[which])]
    SurveyResponse.objects.bulk_create(answers, batch_size=500)


def profile(service: Service) -> tuple:
    return PROFILES.get(service.key, OTHER_SERVICE)


def half_year(day: date) -> SurveyPeriod:
    """The (unsaved) period of the half-year `day` falls in: "SKM 2026 Semester II"."""
    first_half = day.month <= 6
    starts = date(day.year, 1 if first_half else 7, 1)
    ends = date(day.year, 6, 30) if first_half else date(day.year, 12, 31)
    semester = "I" if first_half else "II"
    return SurveyPeriod(name=f"SKM {day.year} Semester {semester}", starts_on=starts, ends_on=ends)


def made_up_answer(rng, period: SurveyPeriod, service: Service) -> SurveyResponse:
    """An answer on a day of the period up to today, as good as the service's profile."""
    weights = profile(service)[3]
    scores = {
        field: rng.choices((1, 2, 3, 4), weights=FREE if field == "u4" else weights)[0]
        for field in ELEMENT_FIELDS
    }
    last_day = min(period.ends_on, timezone.localdate())
    day = period.starts_on + timedelta(days=rng.randrange((last_day - period.starts_on).days + 1))
    details = _details(rng) if rng.random() < DETAILS_SHARE else {}
    return SurveyResponse(
        period=period,
        service_area_id=service.area_id,
        channel=rng.choice(SurveyResponse.Channel.values),
        submitted_at=timezone.make_aware(datetime.combine(day, time(rng.randrange(8, 16)))),
        details_consent=bool(details),
        **details,
        **scores,
    )


def _details(rng) -> dict:
    return {
        "age_group": rng.choice(AgeGroup.values),
        "sex": rng.choice(Sex.values),
        "education": rng.choice(Education.values),
        "occupation": rng.choice(Occupation.values),
    }
