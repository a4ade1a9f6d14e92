"""The participation report in the Wagtail admin, for officials and coordinators."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cms.suppression import COMPLEMENT_MARK, THRESHOLD
from courses.learning.models import ModulePage
from courses.workshops.models import WorkshopSession

from . import exports as report_exports
from .charts import trend_chart
from .filters import FilterForm, filter_query
from .indicators import complaint_trend, other_targets, target_for, target_rows
from .models import ReportExport
from .pack_form import PackForm
from .participants import comments, participants, session_attendance
from .protected import protected_report
from .scope import Scope

#: What the report's export buttons make; the report pack has its own view.
REPORT_KINDS = (ReportExport.Kind.SUMMARY, ReportExport.Kind.PARTICIPANTS)
REPORT_FORMATS = (ReportExport.Format.CSV, ReportExport.Format.XLSX)


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


@require_POST
def export(request):
    """POST format=csv|xlsx&kind=summary|participants and the filters: every export is logged,
    so another site must not be able to start one with a link. `kind` may appear twice: once
    for what to export and once for the online/in-person filter."""
    _check(request, "courses.export_participation")
    kinds = request.POST.getlist("kind")
    export_kind = next((kind for kind in kinds if kind in REPORT_KINDS), None)
    export_format = request.POST.get("format")
    query = filter_query(request.POST)
    form = FilterForm(query)
    back = f"{reverse('participation_report')}?{query.urlencode()}"
    if export_kind is None or export_format not in REPORT_FORMATS:
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


def report_pack(request):
    """GET: the pack's period and narrative (the last pack's to start from); POST: make it."""
    _check(request, "courses.export_participation")
    initial = {"year": timezone.localdate().year, "narrative": report_exports.latest_narrative()}
    form = PackForm(request.POST or None, initial=initial)
    if form.is_valid():
        report_exports.log_pack(request.user, form.filters(), form.cleaned_data["narrative"])
        messages.success(
            request,
            _(
                "Your report pack is being prepared as PDF and XLSX. Both are listed below when ready."
            ),
        )
        return redirect("report_exports:index")
    return render(request, "courses/reports/pack_form.html", _context(_("Report pack"), form=form))


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
