"""Complaint figures for every whole month of the data set (none for the month under way: its
figures are entered once it is over) and a target for every calendar year it touches, at the
data set's yearly pace. What is there already (the demo's) is kept."""

from datetime import date

from courses.models import ComplaintFigure

from ..indicators import complaint_figure, ensure_target
from .base import Timeline

#: Targets a little above the pace the data set is generated at.
AMBITION = 1.1
#: Module completions per lesson completion, about: 0.4 of enrolments complete, an enrolment
#: has about 3 lessons done (see learning.py).
COMPLETIONS_PER_LESSON = 0.14


def write_indicators(sizes, timeline: Timeline) -> int:
    """Returns the complaint figures written."""
    start, now = timeline.start.date(), timeline.now.date()
    months = list(_whole_months(start, now))
    there = set(ComplaintFigure.objects.filter(month__in=months).values_list("month", "channel"))
    written = ComplaintFigure.objects.bulk_create(
        complaint_figure(month, channel)
        for month in months
        for channel in ComplaintFigure.Channel
        if (month, channel) not in there
    )
    per_year = AMBITION * 12 / sizes.months
    targets = {
        "residents_reached": round(sizes.residents * per_year),
        "sessions_held": round(sizes.sessions * per_year),
        "completions": round(sizes.completions * COMPLETIONS_PER_LESSON * per_year),
    }
    for year in range(start.year, now.year + 1):
        ensure_target(year, targets)
    return len(written)


def _whole_months(start: date, today: date):
    """The first days of the months that begin on or after `start` and end before `today`."""
    month = start if start.day == 1 else _next_month(start)
    while _next_month(month) <= today:
        yield month
        month = _next_month(month)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)
