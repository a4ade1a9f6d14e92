"""The demo's complaint figures (the twelve months before this one, per channel, as an official
would copy them from the channels' dashboards) and the kelurahan's targets for this year and
the last. Loading them twice changes nothing. `generate_participation_data` uses the same
pieces for the months and years of its data set."""

import random
from datetime import date, timedelta
from decimal import Decimal

from django.utils import timezone

from courses.models import ComplaintFigure, Target

Channel = ComplaintFigure.Channel
#: Complaints a month per channel: (fewest, most).
RECEIVED = {Channel.JAKI_CRM: (18, 45), Channel.LAPOR: (3, 12), Channel.IN_PERSON: (4, 15)}
#: About what the demo's year of participation (history.py) reaches by December.
TARGETS = {"residents_reached": 1_200, "sessions_held": 72, "completions": 540}
IKM_TARGET = Decimal("82.00")


def ensure_indicators() -> None:
    today = timezone.localdate()
    if not ComplaintFigure.objects.exists():
        ComplaintFigure.objects.bulk_create(
            complaint_figure(month, channel)
            for month in _last_months(today, 12)
            for channel in Channel
        )
    for year in (today.year - 1, today.year):
        ensure_target(year, TARGETS)


def ensure_target(year: int, targets: dict) -> None:
    """The target for the calendar year `year`, unless there is one."""
    Target.objects.get_or_create(
        start=date(year, 1, 1),
        end=date(year, 12, 31),
        defaults={"name": str(year), **targets, "ikm": IKM_TARGET},
    )


def _last_months(today: date, count: int) -> list[date]:
    months, month = [], today.replace(day=1)
    for _ in range(count):
        month = (month.replace(day=1) - timedelta(days=1)).replace(day=1)
        months.append(month)
    return months[::-1]


def complaint_figure(month: date, channel: str) -> ComplaintFigure:
    """One month's figures of one channel: the same numbers whenever they are made."""
    rng = random.Random(f"{month:%Y-%m}-{channel}")  # noqa: S311 - made-up demo numbers
    received = rng.randint(*RECEIVED[channel])
    return ComplaintFigure(
        month=month,
        channel=channel,
        received=received,
        resolved=round(received * rng.uniform(0.8, 1.0)),
        median_days=Decimal(str(round(rng.uniform(1.5, 7.0), 1))),
    )
