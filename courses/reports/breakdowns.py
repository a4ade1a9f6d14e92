"""The report's tables: people reached and completions by RW, module, age band and gender, and
the recent sessions. Each is a few grouped queries; Python only adds up the groups. A cell
holds the raw count; `protected.py` decides what may be shown (see suppression.py)."""

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Exists, F, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from cms.models import Profile
from cms.suppression import Cell
from courses.learning.models import ModulePage
from courses.workshops.models import WorkshopSession

from .scope import WALK_IN_KEY, Scope

NOT_SHARED = ""


@dataclass(frozen=True)
class BreakdownRow:
    label: str
    reached: Cell
    completions: Cell
    module_id: int | None = None


@dataclass(frozen=True)
class SessionRow:
    pk: int
    title: str
    starts_at: datetime
    venue: str
    attendance: Cell


@dataclass(frozen=True)
class TypeRow:
    """Participation in one type of event: sessions held, attendances, people who came."""

    event_type: str
    label: str
    sessions: int
    attendance: Cell
    people: Cell


@dataclass(frozen=True)
class PeopleBreakdowns:
    residents_reached: int
    walk_ins_reached: int
    by_rw: list[BreakdownRow]
    by_age_band: list[BreakdownRow]
    by_gender: list[BreakdownRow]


def people_breakdowns(scope: Scope, rw_count: int) -> PeopleBreakdowns:
    """Three queries: residents reached and completions, each grouped by (RW, age band, gender)
    at once, and walk-ins by RW (walk-ins share neither age band nor gender)."""
    group = {"rw": "profile__rw", "age": "profile__age_band", "gender": "profile__gender"}
    reached = (
        scope.reached_users()
        .values(**{name: F(field) for name, field in group.items()})
        .annotate(people=Count("pk"))
    )
    completed = (
        scope.completed()
        .values(**{name: F(f"user__{field}") for name, field in group.items()})
        .annotate(people=Count("pk"))
    )
    walk_ins = (
        scope.walk_ins()
        .values(rw=F("walk_in_rw"))
        .annotate(people=Count(WALK_IN_KEY, distinct=True))
    )
    counts = {dimension: (Counter(), Counter()) for dimension in ("rw", "age", "gender")}
    for index, groups in enumerate((reached, completed)):
        for row in groups:
            for dimension in counts:
                counts[dimension][index][row[dimension] or NOT_SHARED] += row["people"]
    walk_in_total = 0
    for row in walk_ins:
        walk_in_total += row["people"]
        counts["rw"][0][row["rw"]] += row["people"]
        counts["age"][0][NOT_SHARED] += row["people"]
        counts["gender"][0][NOT_SHARED] += row["people"]
    rw_labels = {number: f"RW {number:02d}" for number in _rws(scope, rw_count, counts["rw"][0])}
    rw_labels[NOT_SHARED] = _("RW not given")
    return PeopleBreakdowns(
        residents_reached=sum(counts["rw"][0].values()) - walk_in_total,
        walk_ins_reached=walk_in_total,
        by_rw=_rows(rw_labels, *counts["rw"], optional=NOT_SHARED),
        by_age_band=_rows(_choices(Profile.AgeBand), *counts["age"]),
        by_gender=_rows(_choices(Profile.Gender), *counts["gender"]),
    )


def _rws(scope: Scope, rw_count: int, reached: Counter) -> list[int]:
    if scope.filters.rw:
        return [scope.filters.rw]
    found = {key for key in reached if key != NOT_SHARED}
    return sorted(found | set(range(1, rw_count + 1)))


def _choices(choices) -> dict:
    return {**dict(choices.choices), NOT_SHARED: _("Not shared")}


def _rows(labels: dict, reached: Counter, completed: Counter, optional=None) -> list:
    """One row per label, in the labels' order; the `optional` group only when it has people."""
    return [
        BreakdownRow(label, Cell(reached[key]), Cell(completed[key]))
        for key, label in labels.items()
        if key != optional or reached[key] or completed[key]
    ]


def module_breakdown(scope: Scope) -> list[BreakdownRow]:
    """Per module: people enrolled in the period, residents who came to one of its sessions
    without enrolling in the period, walk-ins at its sessions; and completions."""
    enrolled = (
        scope.active_enrolments()
        .values(key=F("module_id"))
        .annotate(
            people=Count("pk", filter=scope.enrolled_in_period),
            completions=Count("pk", filter=scope.completed_in_period),
        )
    )
    attending = scope.attendances().filter(user__isnull=False)
    if scope.filters.online:
        attending = attending.exclude(
            Exists(
                scope.enrolled().filter(
                    user=OuterRef("user_id"), module=OuterRef("session__module_id")
                )
            )
        )
    attending = attending.values(key=F("session__module_id")).annotate(
        people=Count("user_id", distinct=True)
    )
    walk_ins = (
        scope.walk_ins()
        .values(key=F("session__module_id"))
        .annotate(people=Count(WALK_IN_KEY, distinct=True))
    )
    reached, completed = Counter(), Counter()
    for row in enrolled:
        completed[row["key"]] += row["completions"]
    for rows in (enrolled, attending, walk_ins):
        for row in rows:
            reached[row["key"]] += row["people"]
    titles = dict(
        ModulePage.objects.filter(pk__in=[key for key in reached | completed if key]).values_list(
            "pk", "title"
        )
    )
    rows = [
        BreakdownRow(titles[key], Cell(reached[key]), Cell(completed[key]), module_id=key)
        for key in sorted(titles, key=titles.get)
    ]
    if reached[None]:
        rows.append(BreakdownRow(_("Sessions without a module"), Cell(reached[None]), Cell(0)))
    return rows


def recent_sessions(scope: Scope, limit: int = 20) -> list[SessionRow]:
    """The latest sessions held, with how many came (from the filtered RW, if any)."""
    sessions = (
        scope.sessions()
        .annotate(attended=Count("attendances", filter=scope.attendee_rw("attendances__")))
        .order_by("-starts_at", "-pk")
        .values("pk", "title", "starts_at", "venue", "attended")[:limit]
    )
    return [
        SessionRow(row["pk"], row["title"], row["starts_at"], row["venue"], Cell(row["attended"]))
        for row in sessions
    ]


def type_breakdown(scope: Scope) -> list[TypeRow]:
    """Per type of event, every type listed: sessions held, attendances, and people who came
    (residents once, walk-ins once per name and RW). Two queries."""
    sessions = dict(
        scope.sessions()
        .values("event_type")
        .annotate(n=Count("pk"))
        .values_list("event_type", "n")
    )
    came = {
        row["event_type"]: row
        for row in scope.attendances()
        .values(event_type=F("session__event_type"))
        .annotate(
            attendance=Count("pk"),
            residents=Count("user_id", distinct=True),
            walk_ins=Count(WALK_IN_KEY, distinct=True, filter=Q(user__isnull=True)),
        )
    }
    rows = []
    for value, label in WorkshopSession.EventType.choices:
        counts = came.get(value, {})
        rows.append(
            TypeRow(
                value,
                label,
                sessions.get(value, 0),
                Cell(counts.get("attendance", 0)),
                Cell(counts.get("residents", 0) + counts.get("walk_ins", 0)),
            )
        )
    return rows
