"""The participation report in the Wagtail admin, for officials and coordinators."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from cms import roles

from . import report_exports
from .charts import line_chart
from .models import ModulePage, ReportExport, WorkshopSession
from .report_filters import FilterForm, filter_query
from .report_participants import comments, participants, session_attendance
from .report_scope import Scope
from .reports import SUPPRESSION_THRESHOLD, build_report

READERS = (roles.OFFICIAL, roles.COORDINATOR)


def can_read_reports(user) -> bool:
    """Officials and coordinators (and superusers)."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name__in=READERS).exists()


def _check(request) -> None:
    if not can_read_reports(request.user):
        raise PermissionDenied


def _context(title: str, **extra) -> dict:
    return {"page_title": title, "header_title": title, "header_icon": "table", **extra}


def report(request):
    _check(request)
    form = FilterForm(request.GET)
    report = build_report(form.filters())
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
        threshold=SUPPRESSION_THRESHOLD,
    )
    return render(request, "courses/reports/report.html", context)


def trend_chart(report):
    """The monthly lines that match the kind filter; None without any activity."""
    rows, series = report.months, {}
    if not rows:
        return None
    if report.filters.online:
        series[_("Enrolments")] = [row.enrolments for row in rows]
        series[_("Completions")] = [row.completions for row in rows]
    if report.filters.in_person:
        series[_("Attendance")] = [row.attendance for row in rows]
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


def export(request):
    """GET ?format=csv|xlsx&kind=summary|participants and the filters. `kind` may appear twice:
    once for what to export and once for the online/in-person filter."""
    _check(request)
    kinds = request.GET.getlist("kind")
    export_kind = next((kind for kind in kinds if kind in ReportExport.Kind.values), None)
    export_format = request.GET.get("format")
    query = filter_query(request.GET)
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
    return redirect("participation_report_exports")


def exports(request):
    _check(request)
    is_coordinator = roles.has_role(request.user, roles.COORDINATOR)
    listed = ReportExport.objects.select_related("requested_by")
    if not is_coordinator:
        listed = listed.filter(requested_by=request.user)
    page = Paginator(listed.order_by("-requested_at", "-pk"), 50).get_page(request.GET.get("p"))
    title = _("Report exports")
    return render(
        request,
        "courses/reports/exports.html",
        _context(title, page=page, show_requester=is_coordinator),
    )


def download(request, pk: int):
    _check(request)
    export = get_object_or_404(ReportExport, pk=pk)
    if export.requested_by_id != request.user.pk and not roles.has_role(
        request.user, roles.COORDINATOR
    ):
        raise PermissionDenied
    if export.status != ReportExport.Status.READY or not export.file:
        raise Http404
    return FileResponse(
        export.file.open("rb"), as_attachment=True, filename=report_exports.file_name(export)
    )


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
            is_coordinator=roles.has_role(request.user, roles.COORDINATOR),
        ),
    )
