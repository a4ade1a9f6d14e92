"""The participation report for officials: how many residents the academy reached, what they
completed, who came to the sessions and how satisfied they were, for a period, module, topic,
RW or kind of learning. The database does the counting, in the same number of queries whatever
the amount of data. These are the true counts: what may leave the site is `protected.py`'s."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Avg, Count, DateField, Q
from django.db.models.functions import TruncMonth

from cms.services import kelurahan_settings
from cms.suppression import THRESHOLD as SUPPRESSION_THRESHOLD
from cms.suppression import Cell, average_shown

from .breakdowns import (
    BreakdownRow,
    SessionRow,
    TypeRow,
    module_breakdown,
    people_breakdowns,
    recent_sessions,
    type_breakdown,
)
from .filters import JAKARTA, ReportFilters
from .scope import Scope

__all__ = [
    "SUPPRESSION_THRESHOLD",
    "Average",
    "BreakdownRow",
    "Cell",
    "MonthRow",
    "Report",
    "ReportFilters",
    "SessionRow",
    "TypeRow",
    "build_report",
]


@dataclass(frozen=True)
class Average:
    """A mean rating from 1 to 5, hidden when too few people answered."""

    value: float | None
    answers: int

    @property
    def hidden(self) -> bool:
        return not average_shown(self.answers)


@dataclass(frozen=True)
class MonthRow:
    month: date
    enrolments: int
    completions: int
    attendance: int


@dataclass(frozen=True)
class Report:
    filters: ReportFilters
    residents_reached: int
    walk_ins_reached: int
    enrolments: int
    enrolments_completed: int
    completions: int
    sessions_held: int
    attendance_registered: int
    attendance_walk_in: int
    certificates: int
    satisfaction: Average
    usefulness: Average
    clarity: Average
    months: list[MonthRow]
    by_rw: list[BreakdownRow]
    by_module: list[BreakdownRow]
    by_age_band: list[BreakdownRow]
    by_gender: list[BreakdownRow]
    by_type: list[TypeRow]
    sessions: list[SessionRow]

    @property
    def people_reached(self) -> int:
        """Residents with an account and walk-ins without one."""
        return self.residents_reached + self.walk_ins_reached

    @property
    def completion_rate(self) -> float | None:
        """Of the enrolments started in the period, the share completed so far."""
        return self.enrolments_completed / self.enrolments if self.enrolments else None

    @property
    def attendance(self) -> int:
        return self.attendance_registered + self.attendance_walk_in


def build_report(filters: ReportFilters) -> Report:
    scope = Scope(filters)
    people = people_breakdowns(scope, kelurahan_settings().rw_count)
    enrolments = scope.active_enrolments().aggregate(
        enrolled=Count("pk", filter=scope.enrolled_in_period),
        enrolled_completed=Count(
            "pk", filter=scope.enrolled_in_period & Q(completed_at__isnull=False)
        ),
        completed=Count("pk", filter=scope.completed_in_period),
    )
    attendance = scope.attendances().aggregate(
        total=Count("pk"), registered=Count("pk", filter=scope.had_registered())
    )
    ratings = scope.feedback().aggregate(
        answers=Count("pk"),
        satisfaction=Avg("satisfaction"),
        usefulness=Avg("usefulness"),
        clarity=Avg("clarity"),
    )
    answers = ratings["answers"]
    return Report(
        filters=filters,
        residents_reached=people.residents_reached,
        walk_ins_reached=people.walk_ins_reached,
        enrolments=enrolments["enrolled"],
        enrolments_completed=enrolments["enrolled_completed"],
        completions=enrolments["completed"],
        sessions_held=scope.sessions().count(),
        attendance_registered=attendance["registered"],
        attendance_walk_in=attendance["total"] - attendance["registered"],
        certificates=scope.certificates().count(),
        satisfaction=Average(ratings["satisfaction"], answers),
        usefulness=Average(ratings["usefulness"], answers),
        clarity=Average(ratings["clarity"], answers),
        months=monthly(scope),
        by_rw=people.by_rw,
        by_module=module_breakdown(scope),
        by_age_band=people.by_age_band,
        by_gender=people.by_gender,
        by_type=type_breakdown(scope),
        sessions=recent_sessions(scope),
    )


def monthly(scope: Scope) -> list[MonthRow]:
    """Enrolments, completions and attendance per calendar month in Jakarta, every month from
    the first with activity to the last (quiet months in between too)."""
    series = [
        (scope.enrolled(), "enrolled_at"),
        (scope.completed(), "completed_at"),
        (scope.attendances(), "session__starts_at"),
    ]
    counts = [
        dict(
            rows.annotate(month=TruncMonth(field, output_field=DateField(), tzinfo=JAKARTA))
            .values("month")
            .annotate(count=Count("pk"))
            .values_list("month", "count")
        )
        for rows, field in series
    ]
    found = set().union(*counts)
    if not found:
        return []
    return [
        MonthRow(month, *(count.get(month, 0) for count in counts))
        for month in month_range(min(found), max(found))
    ]


def month_range(first: date, last: date) -> list[date]:
    """The first day of every month from `first`'s month to `last`'s month."""
    months, month = [], first.replace(day=1)
    while month <= last:
        months.append(month)
        month = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
    return months
