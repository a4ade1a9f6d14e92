"""The participation report as it may leave the site, on the page and in every export: each
number of people passed through suppression.py. Tables whose column adds up to a headline
figure are protected against subtraction from that figure: the months, the breakdowns by RW,
age band, gender and type, completions by module, and the list of sessions when it is
complete. People by module and by type of event add up to the people reached when nobody is
in two groups, so they are protected against it too. Sessions held are events, not people, and
are shown as they are."""

from dataclasses import dataclass
from datetime import date

from cms.suppression import Cell, protect, protect_columns, share

from .breakdowns import BreakdownRow, SessionRow, TypeRow
from .filters import ReportFilters
from .report import Average, Report, build_report


@dataclass(frozen=True)
class Figures:
    people_reached: Cell
    residents_reached: Cell
    walk_ins_reached: Cell
    enrolments: Cell
    completions: Cell
    completion_rate: float | None
    sessions_held: int
    attendance: Cell
    attendance_registered: Cell
    attendance_walk_in: Cell
    certificates: Cell
    feedback_answers: Cell


@dataclass(frozen=True)
class MonthCells:
    month: date
    enrolments: Cell
    completions: Cell
    attendance: Cell


@dataclass(frozen=True)
class ProtectedReport:
    filters: ReportFilters
    figures: Figures
    satisfaction: Average
    usefulness: Average
    clarity: Average
    months: list[MonthCells]
    by_rw: list[BreakdownRow]
    by_module: list[BreakdownRow]
    by_age_band: list[BreakdownRow]
    by_gender: list[BreakdownRow]
    by_type: list[TypeRow]
    sessions: list[SessionRow]

    def cell_groups(self) -> list[tuple[Cell | None, list[Cell], bool]]:
        """Every group of cells, the total it is protected against (None: none shown) and
        whether the cells always add up to it exactly: for checking that none can be worked
        out."""
        figures = self.figures
        people, completions = figures.people_reached, figures.completions
        groups = [
            (people, [figures.residents_reached, figures.walk_ins_reached], True),
            (
                figures.attendance,
                [figures.attendance_registered, figures.attendance_walk_in],
                True,
            ),
            (figures.enrolments, [row.enrolments for row in self.months], True),
            (completions, [row.completions for row in self.months], True),
            (figures.attendance, [row.attendance for row in self.months], True),
            (figures.attendance, [row.attendance for row in self.by_type], True),
            (people, [row.people for row in self.by_type], False),
            (people, [row.reached for row in self.by_module], False),
            (completions, [row.completions for row in self.by_module], True),
            (_complete(figures, self.sessions), [row.attendance for row in self.sessions], True),
        ]
        for rows in (self.by_rw, self.by_age_band, self.by_gender):
            groups.append((people, [row.reached for row in rows], True))
            groups.append((completions, [row.completions for row in rows], True))
        return groups


def _complete(figures: Figures, sessions: list) -> Cell | None:
    """The attendance total, when the list holds every session held (then it adds up to it)."""
    return figures.attendance if len(sessions) == figures.sessions_held else None


def protected_report(filters: ReportFilters) -> ProtectedReport:
    return protect_report(build_report(filters))


def protect_report(report: Report) -> ProtectedReport:
    figures = _figures(report)
    return ProtectedReport(
        filters=report.filters,
        figures=figures,
        satisfaction=report.satisfaction,
        usefulness=report.usefulness,
        clarity=report.clarity,
        months=_months(report, figures),
        by_rw=_people_rows(report.by_rw, figures),
        by_module=_people_rows(report.by_module, figures),
        by_age_band=_people_rows(report.by_age_band, figures),
        by_gender=_people_rows(report.by_gender, figures),
        by_type=_type_rows(report.by_type, figures),
        sessions=_session_rows(report.sessions, figures),
    )


def _figures(report: Report) -> Figures:
    people_reached, attendance = Cell(report.people_reached), Cell(report.attendance)
    residents, walk_ins = protect(
        [report.residents_reached, report.walk_ins_reached], not people_reached.suppressed
    )
    registered, walked_in = protect(
        [report.attendance_registered, report.attendance_walk_in], not attendance.suppressed
    )
    return Figures(
        people_reached=people_reached,
        residents_reached=residents,
        walk_ins_reached=walk_ins,
        enrolments=Cell(report.enrolments),
        completions=Cell(report.completions),
        completion_rate=share(report.enrolments_completed, report.enrolments),
        sessions_held=report.sessions_held,
        attendance=attendance,
        attendance_registered=registered,
        attendance_walk_in=walked_in,
        certificates=Cell(report.certificates),
        feedback_answers=Cell(report.satisfaction.answers),
    )


def _shown(total: Cell) -> bool:
    return not total.suppressed


def _months(report: Report, figures: Figures) -> list[MonthCells]:
    rows = protect_columns(
        [(row.enrolments, row.completions, row.attendance) for row in report.months],
        [_shown(figures.enrolments), _shown(figures.completions), _shown(figures.attendance)],
    )
    return [
        MonthCells(month.month, *cells) for month, cells in zip(report.months, rows, strict=True)
    ]


def _people_rows(rows: list[BreakdownRow], figures: Figures) -> list[BreakdownRow]:
    cells = protect_columns(
        [(row.reached, row.completions) for row in rows],
        [_shown(figures.people_reached), _shown(figures.completions)],
    )
    return [
        BreakdownRow(row.label, reached, completions, module_id=row.module_id)
        for row, (reached, completions) in zip(rows, cells, strict=True)
    ]


def _type_rows(rows: list[TypeRow], figures: Figures) -> list[TypeRow]:
    cells = protect_columns(
        [(row.attendance, row.people) for row in rows],
        [_shown(figures.attendance), _shown(figures.people_reached)],
    )
    return [
        TypeRow(row.event_type, row.label, row.sessions, attendance, people)
        for row, (attendance, people) in zip(rows, cells, strict=True)
    ]


def _session_rows(rows: list[SessionRow], figures: Figures) -> list[SessionRow]:
    total = _complete(figures, rows)
    cells = protect([row.attendance for row in rows], total is not None and _shown(total))
    return [
        SessionRow(row.pk, row.title, row.starts_at, row.venue, cell)
        for row, cell in zip(rows, cells, strict=True)
    ]
