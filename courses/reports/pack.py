"""The report pack: what an official sends up to the lurah, the camat or the province for a
period. The three indicators of the partnership (residents' satisfaction as the SKM's index,
active participation, complaint handling) with their trends, participation by type of event,
RW, module and month, the IKM per service and per element, targets against actuals, and the
official's narrative.

Nothing here counts people or decides what may be shown: every number comes from the report
as protected.py hides it, from the survey results as surveys.results hides them, and from the
targets and complaint figures of indicators.py. The PDF (pack_pdf.py) and the XLSX (xlsx.py,
one sheet per table of `pack_sheets`) show the same tables."""

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from cms.services import kelurahan_settings
from cms.suppression import THRESHOLD
from surveys import ikm
from surveys.models import SurveyPeriod
from surveys.results import PeriodResults, ServiceResult, index_between, period_results
from surveys.skm import REGULATION

from .charts import LineChart, line_chart, trend_chart
from .filters import FIRST_DAY, LAST_DAY, ReportFilters
from .indicators import ComplaintTrend, TargetRow, complaint_trend, target_for, target_rows
from .models import ReportExport, Target
from .protected import ProtectedReport, protected_report
from .summary import legend

NOT_SHOWN = "—"


@dataclass(frozen=True)
class Letterhead:
    name: str
    region: str
    address: str
    phone: str
    email: str
    logo_url: str | None


@dataclass(frozen=True)
class ComplaintTotals:
    received: int
    resolved: int
    median_days: Decimal | None


@dataclass(frozen=True)
class Table:
    key: str  # a stable name, for the PDF's anchors and the tests
    title: str
    header: list[str]
    rows: list[list]
    labels: int = 1  # the first columns that name the row; the others hold figures


@dataclass(frozen=True)
class Pack:
    start: date
    end: date
    letterhead: Letterhead
    narrative: str
    report: ProtectedReport
    satisfaction: ikm.Index | None  # None: fewer than THRESHOLD respondents in the period
    surveys: list[PeriodResults]
    complaints: ComplaintTrend
    complaint_totals: ComplaintTotals
    target: Target | None
    target_rows: list[TargetRow]
    participation_chart: LineChart | None
    satisfaction_chart: LineChart | None

    @property
    def paragraphs(self) -> list[str]:
        """The narrative's paragraphs: the parts between empty lines."""
        return [part.strip() for part in re.split(r"\n\s*\n", self.narrative) if part.strip()]


def pack_for(export: ReportExport) -> Pack:
    filters, _errors = ReportFilters.from_query(export.filters)
    return build_pack(filters.start, filters.end, export.narrative)


def build_pack(start: date | None, end: date | None, narrative: str = "") -> Pack:
    """The pack of a period, in a number of queries that does not grow with the data (it grows
    only with the survey periods the period holds)."""
    start, end = start or FIRST_DAY, end or LAST_DAY
    filters = ReportFilters(start=start, end=end)
    report = protected_report(filters)
    target = target_for(filters)
    complaints = complaint_trend(filters)
    periods = SurveyPeriod.objects.filter(starts_on__gte=start, ends_on__lte=end)
    surveys = [period_results(period) for period in periods.order_by("starts_on", "pk")]
    return Pack(
        start=start,
        end=end,
        letterhead=letterhead(),
        narrative=narrative,
        report=report,
        satisfaction=index_between(start, end),
        surveys=surveys,
        complaints=complaints,
        complaint_totals=complaint_totals(complaints),
        target=target,
        target_rows=target_rows(target, report.figures) if target else [],
        participation_chart=trend_chart(report),
        satisfaction_chart=satisfaction_chart(surveys),
    )


def letterhead() -> Letterhead:
    settings = kelurahan_settings()
    logo = settings.logo
    return Letterhead(
        name=settings.kelurahan_name,
        region=settings.region,
        address=settings.address,
        phone=settings.phone,
        email=settings.email,
        logo_url=logo.get_rendition("max-300x300|format-png").url if logo else None,
    )


def complaint_totals(trend: ComplaintTrend) -> ComplaintTotals:
    """Complaints received and resolved over the period, and the median days to resolve: the
    middle of the months' medians per channel, each counted as often as complaints it resolved
    (the channels publish medians, not the days of each complaint)."""
    figures = [figure for month in trend.months for figure in month.by_channel if figure]
    timed = sorted(
        (figure.median_days, figure.resolved)
        for figure in figures
        if figure.median_days is not None and figure.resolved
    )
    return ComplaintTotals(
        received=sum(figure.received for figure in figures),
        resolved=sum(figure.resolved for figure in figures),
        median_days=weighted_median(timed),
    )


def weighted_median(values: list[tuple[Decimal, int]]) -> Decimal | None:
    """The value at which half the weight is reached, of (value, weight) pairs sorted by value."""
    half, running = sum(weight for _value, weight in values) / 2, 0
    for value, weight in values:
        running += weight
        if running >= half:
            return value
    return None


def satisfaction_chart(surveys: list[PeriodResults]) -> LineChart | None:
    """The IKM of every survey period in the pack (all services together), at the month the
    period starts; a gap where too few answered."""
    if not surveys:
        return None
    months = [results.period.starts_on.replace(day=1) for results in surveys]
    values = [_converted(results.overall) for results in surveys]
    description = _(
        "The IKM (25–100) of each survey period from %(first)s to %(last)s, all services "
        "together. The table “IKM per service” has the same numbers."
    ) % {"first": surveys[0].period, "last": surveys[-1].period}
    return line_chart(_("IKM per survey period"), description, months, {_("IKM"): values})


def _converted(result: ServiceResult) -> float | None:
    return float(result.index.converted) if result.index else None


def pack_tables(pack: Pack) -> list[Table]:
    """Every table of the pack, in the order the PDF prints them."""
    return [
        indicator_table(pack),
        target_table(pack),
        _month_table(pack.report),
        _type_table(pack.report),
        _people_table("by-rw", _("Participation by RW"), "RW", pack.report.by_rw),
        _people_table(
            "by-module", _("Participation by module"), _("Module"), pack.report.by_module
        ),
        service_table(pack.surveys),
        element_table(pack.surveys),
        complaint_table(pack.complaints),
    ]


def pack_sheets(pack: Pack) -> list[Table]:
    """The XLSX's sheets: the tables, the narrative and what the marks mean."""
    return [
        *pack_tables(pack),
        Table("narrative", _("Narrative"), [_("Narrative")], [[p] for p in pack.paragraphs]),
        Table("legend", _("Hidden numbers"), [_("Mark"), _("Meaning")], legend()),
    ]


def category_text(index: ikm.Index) -> str:
    return f"{index.category.letter} ({index.category.name})"


def indicator_table(pack: Pack) -> Table:
    figures, complaints = pack.report.figures, pack.complaint_totals
    satisfaction, participation = _("Residents' satisfaction"), _("Active participation")
    handling, index = _("Complaint handling"), pack.satisfaction
    return Table(
        "indicators",
        _("The three indicators"),
        [_("Indicator"), _("Figure"), _("Value")],
        [
            [
                satisfaction,
                _("IKM (%(regulation)s)") % {"regulation": REGULATION},
                index.converted if index else too_few_answers(),
            ],
            [satisfaction, _("Quality category"), category_text(index) if index else NOT_SHOWN],
            [participation, _("People reached"), figures.people_reached.shown],
            [participation, _("Attendance at sessions"), figures.attendance.shown],
            [participation, _("Sessions held"), figures.sessions_held],
            [handling, _("Complaints received"), complaints.received],
            [handling, _("Complaints resolved"), complaints.resolved],
            [handling, _("Median days to resolve"), _or_dash(complaints.median_days)],
        ],
    )


def target_table(pack: Pack) -> Table:
    header = [_("Indicator"), _("Target"), _("Actual"), _("Of the target")]
    if not pack.target:
        note = _("No targets are set for exactly this period.")
        return Table("targets", _("Targets and actuals"), header, [[note, "", "", ""]])
    rows = [
        [
            row.label,
            _or_dash(row.target),
            too_few_answers() if row.shown is None else row.shown,
            NOT_SHOWN if row.percent is None else f"{row.percent}%",
        ]
        for row in pack.target_rows
    ]
    return Table("targets", _("Targets and actuals"), header, rows)


def _month_table(report: ProtectedReport) -> Table:
    return Table(
        "by-month",
        _("Participation by month"),
        [_("Month"), _("Enrolments"), _("Completions"), _("Attendance")],
        [
            [_month(row.month), row.enrolments.shown, row.completions.shown, row.attendance.shown]
            for row in report.months
        ],
    )


def _type_table(report: ProtectedReport) -> Table:
    return Table(
        "by-type",
        _("Participation by type of event"),
        [_("Type of event"), _("Sessions held"), _("Attendance"), _("People who came")],
        [
            [str(row.label), row.sessions, row.attendance.shown, row.people.shown]
            for row in report.by_type
        ],
    )


def _people_table(key: str, title: str, group: str, rows) -> Table:
    return Table(
        key,
        title,
        [group, _("People reached"), _("Completions")],
        [[str(row.label), row.reached.shown, row.completions.shown] for row in rows],
    )


def service_table(surveys: list[PeriodResults]) -> Table:
    rows = []
    for results in surveys:
        for result in [*results.services, results.overall]:
            index = result.index
            rows.append(
                [
                    str(results.period),
                    str(result.service.name),
                    result.respondents.shown,
                    index.converted if index else NOT_SHOWN,
                    category_text(index) if index else NOT_SHOWN,
                    _or_dash(result.minimum_sample),
                ]
            )
    header = [
        _("Survey period"),
        _("Service"),
        _("Respondents"),
        "IKM",
        _("Quality category"),
        _("Minimum sample"),
    ]
    return Table("ikm-services", _("IKM per service"), header, rows, labels=2)


def element_table(surveys: list[PeriodResults]) -> Table:
    """Each element's average (1–4) per service; hidden where the service's are."""
    services = [str(result.service.name) for result in surveys[0].services] if surveys else []
    header = [_("Survey period"), _("Element"), *services, _("All services")]
    rows = [
        [
            str(results.period),
            f"{element.code} {element.name}",
            *(NOT_SHOWN if value is None else round(value, 2) for value in averages),
        ]
        for results in surveys
        for element, averages in results.by_element()
    ]
    return Table("ikm-elements", _("IKM per element (averages 1–4)"), header, rows, labels=2)


def complaint_table(trend: ComplaintTrend) -> Table:
    rows = [
        [
            _month(month.month),
            str(channel),
            figure.received,
            figure.resolved,
            _or_dash(figure.median_days),
        ]
        for month in trend.months
        for channel, figure in zip(trend.channels, month.by_channel, strict=True)
        if figure
    ]
    header = [_("Month"), _("Channel"), _("Received"), _("Resolved"), _("Median days")]
    return Table("complaints", _("Complaints per month and channel"), header, rows, labels=2)


def too_few_answers() -> str:
    return _("hidden: fewer than %(count)s answers") % {"count": THRESHOLD}


def _month(month: date) -> str:
    return date_format(month, "F Y")


def _or_dash(value):
    return NOT_SHOWN if value is None else value
