"""The report as labelled sections of rows, for the exports: the same numbers as the page, the
same cells hidden."""

from django.utils import timezone
from django.utils.translation import gettext as _

from courses.learning.models import ModulePage, Topic

from .filters import IN_PERSON, JAKARTA, ONLINE, ReportFilters
from .report import SUPPRESSION_THRESHOLD, Average, Report, build_report


def summary_sections(filters: ReportFilters) -> list[tuple[str, list, list[list]]]:
    """(title, header, rows) per section."""
    report = build_report(filters)
    people, completions = _("People reached"), _("Completions")
    return [
        (_("Filters"), [_("Filter"), _("Value")], describe_filters(filters)),
        (_("Summary"), [_("Figure"), _("Value")], figures(report)),
        (
            _("By month"),
            [_("Month"), _("Enrolments"), _("Completions"), _("Attendance")],
            [
                [row.month.strftime("%Y-%m"), row.enrolments, row.completions, row.attendance]
                for row in report.months
            ],
        ),
        (_("By RW"), ["RW", people, completions], _breakdown(report.by_rw)),
        (_("By module"), [_("Module"), people, completions], _breakdown(report.by_module)),
        (_("By age band"), [_("Age band"), people, completions], _breakdown(report.by_age_band)),
        (_("By gender"), [_("Gender"), people, completions], _breakdown(report.by_gender)),
        (
            _("Recent sessions"),
            [_("Session"), _("Date"), _("Venue"), _("Attendance")],
            [
                [
                    row.title,
                    timezone.localtime(row.starts_at, JAKARTA).date(),
                    row.venue,
                    row.attendance.shown,
                ]
                for row in report.sessions
            ],
        ),
    ]


def describe_filters(filters: ReportFilters) -> list[list[str]]:
    everything = _("all")
    module = filters.module_id and ModulePage.objects.filter(pk=filters.module_id).first()
    topic = filters.topic_id and Topic.objects.filter(pk=filters.topic_id).first()
    kinds = {ONLINE: _("online modules only"), IN_PERSON: _("in-person sessions only")}
    return [
        [_("From"), filters.start.isoformat() if filters.start else everything],
        [_("Until"), filters.end.isoformat() if filters.end else everything],
        [_("Module"), module.title if module else everything],
        [_("Topic"), topic.name if topic else everything],
        ["RW", str(filters.rw) if filters.rw else everything],
        [_("Kind of learning"), kinds.get(filters.kind, _("online and in person"))],
    ]


def figures(report: Report) -> list[list]:
    rate = report.completion_rate
    return [
        [_("People reached"), report.people_reached],
        [_("Residents with an account"), report.residents_reached],
        [_("Walk-ins without an account"), report.walk_ins_reached],
        [_("Enrolments"), report.enrolments],
        [_("Completions"), report.completions],
        [_("Completion rate (%)"), round(rate * 100, 1) if rate is not None else ""],
        [_("Sessions held"), report.sessions_held],
        [_("Attendance: registered"), report.attendance_registered],
        [_("Attendance: walk-in"), report.attendance_walk_in],
        [_("Certificates issued"), report.certificates],
        [_("Feedback answers"), report.satisfaction.answers],
        [_("Average satisfaction (1–5)"), _average(report.satisfaction)],
        [_("Average usefulness (1–5)"), _average(report.usefulness)],
        [_("Average clarity (1–5)"), _average(report.clarity)],
    ]


def _average(average: Average):
    if average.hidden:
        return _("hidden: fewer than %(count)s answers") % {"count": SUPPRESSION_THRESHOLD}
    return round(average.value, 2)


def _breakdown(rows) -> list[list]:
    return [[str(row.label), row.reached.shown, row.completions.shown] for row in rows]
