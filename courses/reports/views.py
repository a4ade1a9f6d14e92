"""The participation report in the Wagtail admin, for officials and coordinators."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cms.suppression import COMPLEMENT_MARK, THRESHOLD
from courses.learning.models import ModulePage
from courses.workshops.models import WorkshopSession

from . import exports as report_exports
from .charts import line_chart
from .filters import FilterForm, filter_query
from .indicators import complaint_trend, other_targets, target_for, target_rows
from .models import ReportExport
from .participants import comments, participants, session_attendance
from .protected import protected_report
from .scope import Scope


def _check(request, permission: str = "courses.view_participation_report") -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


def _context(title: str, **extra) -> dict:
    return {"page_title": title, "header_title": title, "header_icon": "table", **extra}


def report(request):
    _check(request)
    form = FilterForm(request.GET)
    filters = form.filters()
    report = protected_report(filters)
    target = target_for(filters)
    averages = [
        (_("Average satisfaction"), report.satisfaction),
        (_("Average usefulness"), report.usefulness),
        (_("Average clarity"), report.clarity),
    ]
    context = _context(
        _("Participation report"),
        form=form,
        filters=report.filters,
        report=report,
        averages=averages,
        chart=trend_chart(report),
        threshold=THRESHOLD,
        complement_mark=COMPLEMENT_MARK,
        target=target,
        target_rows=target and target_rows(target, report.figures),
        other_targets=[] if target else other_targets(filters),
        complaints=complaint_trend(filters),
    )
    return render(request, "courses/reports/report.html", context)


def trend_chart(report):
    """The monthly lines that match the kind filter, with gaps where a number is hidden; None
    without any activity."""
    rows, series = report.months, {}
    if not rows:
        return None
    if report.filters.online:
        series[_("Enrolments")] = [row.enrolments.number for row in rows]
        series[_("Completions")] = [row.completions.number for row in rows]
    if report.filters.in_person:
        series[_("Attendance")] = [row.attendance.number for row in rows]
    description = _(
        "Lines per month from %(first)s to %(last)s for: %(series)s. "
        "The table after the chart has the same numbers."
    ) % {
        "first": date_format(rows[0].month, "F Y"),
        "last": date_format(rows[-1].month, "F Y"),
        "series": ", ".join(series),
    }
    title = _("Participation per month")
    return line_chart(title, description, [row.month for row in rows], series)


@require_POST
def export(request):
    """POST format=csv|xlsx&kind=summary|participants and the filters: every export is logged,
    so another site must not be able to start one with a link. `kind` may appear twice: once
    for what to export and once for the online/in-person filter."""
    _check(request, "courses.export_participation")
    kinds = request.POST.getlist("kind")
    export_kind = next((kind for kind in kinds if kind in ReportExport.Kind.values), None)
    export_format = request.POST.get("format")
    query = filter_query(request.POST)
    form = FilterForm(query)
    back = f"{reverse('participation_report')}?{query.urlencode()}"
    if export_kind is None or export_format not in ReportExport.Format.values:
        messages.error(request, _("Choose a summary or a participant list, as CSV or XLSX."))
        return redirect(back)
    if form.errors:
        messages.error(request, _("Correct the filters first, then export again."))
        return redirect(back)
    filters = form.filters()
    export = report_exports.log_export(request.user, filters, export_kind, export_format)
    if export_format == ReportExport.Format.CSV:
        return report_exports.csv_response(export, filters)
    messages.success(
        request, _("Your XLSX file is being prepared. It is listed below when ready.")
    )
    return redirect("report_exports:index")


def module_participants(request, module_id: int):
    _check(request)
    module = get_object_or_404(ModulePage, pk=module_id)
    form = FilterForm(request.GET)
    filters = form.filters()
    page = Paginator(participants(Scope(filters), module.pk), 100).get_page(request.GET.get("p"))
    title = _("Participants: %(module)s") % {"module": module.title}
    return render(
        request,
        "courses/reports/module_participants.html",
        _context(title, module=module, form=form, filters=filters, page=page),
    )


def session_participants(request, session_id: int):
    _check(request)
    session = get_object_or_404(WorkshopSession.objects.select_related("module"), pk=session_id)
    page = Paginator(session_attendance(session), 100).get_page(request.GET.get("p"))
    title = _("Attendance: %(session)s") % {"session": session.title}
    return render(
        request,
        "courses/reports/session_attendance.html",
        _context(title, session=session, page=page),
    )


def feedback_comments(request):
    _check(request)
    form = FilterForm(request.GET)
    filters = form.filters()
    page = Paginator(comments(Scope(filters), request.user), 50).get_page(request.GET.get("p"))
    return render(
        request,
        "courses/reports/comments.html",
        _context(
            _("Feedback comments"),
            form=form,
            filters=filters,
            page=page,
            is_coordinator=request.user.has_perm("courses.view_unshared_comments"),
        ),
    )
