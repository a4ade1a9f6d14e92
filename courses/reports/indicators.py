"""The kelurahan's targets against what the report counts, and the complaint figures officials
enter per month and channel. Targets are for the whole kelurahan, so they are compared only
when the report covers exactly a target's period with no other filter. Complaint figures count
complaints, not people, and are shown as the channels publish them."""

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from django.db.models import Q
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from cms.suppression import Cell
from surveys.results import index_between

from .charts import LineChart, line_chart
from .filters import ReportFilters
from .models import ComplaintFigure, Target
from .protected import Figures
from .report import month_range

#: Targets listed as links when the report's period is not one of them.
LISTED_TARGETS = 6


def first_of_month(day: date) -> date:
    return day.replace(day=1)


def resolved_within_received(received: int | None, resolved: int | None) -> bool:
    return received is None or resolved is None or resolved <= received


@dataclass(frozen=True)
class TargetRow:
    label: str
    target: int | Decimal | None
    actual: Cell | int | Decimal | None  # people as a Cell; None: too few survey answers

    @property
    def shown(self) -> int | str | None:
        return self.actual.shown if isinstance(self.actual, Cell) else self.actual

    @property
    def percent(self) -> int | None:
        """Actual as a share of the target, when both are there and the actual may be shown."""
        shown = self.shown
        if not self.target or not isinstance(shown, int | Decimal):
            return None
        return round(100 * shown / self.target)


def target_for(filters: ReportFilters) -> Target | None:
    """The target whose period the report covers exactly, if no other filter narrows it."""
    if not (filters.start and filters.end) or _narrowed(filters):
        return None
    return Target.objects.filter(start=filters.start, end=filters.end).first()


def _narrowed(filters: ReportFilters) -> bool:
    return replace(filters, start=None, end=None) != ReportFilters()


def other_targets(filters: ReportFilters) -> list[Target]:
    """Targets whose period overlaps the report's (all, without a period), latest first."""
    overlapping = Q()
    if filters.start:
        overlapping &= Q(end__gte=filters.start)
    if filters.end:
        overlapping &= Q(start__lte=filters.end)
    return list(Target.objects.filter(overlapping)[:LISTED_TARGETS])


def target_rows(target: Target, figures: Figures) -> list[TargetRow]:
    return [
        TargetRow(_("People reached"), target.residents_reached, figures.people_reached),
        TargetRow(_("Sessions held"), target.sessions_held, figures.sessions_held),
        TargetRow(_("Module completions"), target.completions, figures.completions),
        TargetRow(_("IKM (satisfaction index)"), target.ikm, _ikm(target)),
    ]


def _ikm(target: Target) -> Decimal | None:
    index = index_between(target.start, target.end)
    return index and index.converted


@dataclass(frozen=True)
class ComplaintMonth:
    month: date
    by_channel: list[ComplaintFigure | None]  # in the order of ComplaintFigure.Channel


@dataclass(frozen=True)
class ComplaintTrend:
    channels: list[str]
    months: list[ComplaintMonth]
    chart: LineChart | None


def complaint_trend(filters: ReportFilters) -> ComplaintTrend:
    """Every month from the first to the last with figures in the report's period, one query."""
    figures = ComplaintFigure.objects.all()
    if filters.start:
        figures = figures.filter(month__gte=first_of_month(filters.start))
    if filters.end:
        figures = figures.filter(month__lte=filters.end)
    found = {(figure.month, figure.channel): figure for figure in figures}
    channels = ComplaintFigure.Channel
    if not found:
        return ComplaintTrend(list(channels.labels), [], None)
    months = month_range(min(month for month, _ in found), max(month for month, _ in found))
    rows = [
        ComplaintMonth(month, [found.get((month, channel)) for channel in channels.values])
        for month in months
    ]
    series = {
        label: [row.by_channel[index] and row.by_channel[index].received for row in rows]
        for index, label in enumerate(channels.labels)
    }
    description = _(
        "Complaints received per month from %(first)s to %(last)s, one line per channel: "
        "%(channels)s. The table after the chart has the same numbers and the resolved ones."
    ) % {
        "first": date_format(months[0], "F Y"),
        "last": date_format(months[-1], "F Y"),
        "channels": ", ".join(str(label) for label in channels.labels),
    }
    chart = line_chart(_("Complaints received per month"), description, months, series)
    return ComplaintTrend(list(channels.labels), rows, chart)
