"""The report as labelled sections of rows, for the exports: the same numbers as the page, the
same cells hidden (protected.py)."""

from django.utils import timezone
from django.utils.translation import gettext as _

from cms.suppression import COMPLEMENT_MARK, THRESHOLD
from courses.learning.models import ModulePage, Topic

from .filters import IN_PERSON, JAKARTA, ONLINE, ReportFilters
from .protected import ProtectedReport, protected_report
from .report import Average


def summary_sections(filters: ReportFilters) -> list[tuple[str, list, list[list]]]:
    """(title, header, rows) per section."""
    report = protected_report(filters)
    people, completions = _("People reached"), _("Completions")
    return [
        (_("Filters"), [_("Filter"), _("Value")], describe_filters(filters)),
        (_("Summary"), [_("Figure"), _("Value")], figures(report)),
        (
            _("By month"),
            [_("Month"), _("Enrolments"), _("Completions"), _("Attendance")],
            [
                [
                    row.month.strftime("%Y-%m"),
                    row.enrolments.shown,
                    row.completions.shown,
                    row.attendance.shown,
                ]
                for row in report.months
            ],
        ),
        (_("By RW"), ["RW", people, completions], _breakdown(report.by_rw)),
        (_("By module"), [_("Module"), people, completions], _breakdown(report.by_module)),
        (_("By age band"), [_("Age band"), people, completions], _breakdown(report.by_age_band)),
        (_("By gender"), [_("Gender"), people, completions], _breakdown(report.by_gender)),
        (
            _("By type of event"),
            [_("Type of event"), _("Sessions held"), _("Attendance"), _("People who came")],
            [
                [str(row.label), row.sessions, row.attendance.shown, row.people.shown]
                for row in report.by_type
            ],
        ),
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
        (_("Hidden numbers"), [_("Mark"), _("Meaning")], legend()),
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


def figures(report: ProtectedReport) -> list[list]:
    shown = report.figures
    rate = shown.completion_rate
    return [
        [_("People reached"), shown.people_reached.shown],
        [_("Residents with an account"), shown.residents_reached.shown],
        [_("Walk-ins without an account"), shown.walk_ins_reached.shown],
        [_("Enrolments"), shown.enrolments.shown],
        [_("Completions"), shown.completions.shown],
        [_("Completion rate (%)"), round(rate * 100, 1) if rate is not None else ""],
        [_("Sessions held"), shown.sessions_held],
        [_("Attendance: registered"), shown.attendance_registered.shown],
        [_("Attendance: walk-in"), shown.attendance_walk_in.shown],
        [_("Certificates issued"), shown.certificates.shown],
        [_("Feedback answers"), shown.feedback_answers.shown],
        [_("Average satisfaction (1–5)"), _average(report.satisfaction)],
        [_("Average usefulness (1–5)"), _average(report.usefulness)],
        [_("Average clarity (1–5)"), _average(report.clarity)],
    ]


def _average(average: Average):
    if average.hidden:
        return _("hidden: fewer than %(count)s answers") % {"count": THRESHOLD}
    return round(average.value, 2)


def _breakdown(rows) -> list[list]:
    return [[str(row.label), row.reached.shown, row.completions.shown] for row in rows]


def legend() -> list[list[str]]:
    return [
        [f"<{THRESHOLD}", _("from 1 to %(most)s people") % {"most": THRESHOLD - 1}],
        [
            COMPLEMENT_MARK,
            _("hidden so that a number under %(count)s cannot be worked out from a total")
            % {"count": THRESHOLD},
        ],
    ]
