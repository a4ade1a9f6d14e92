"""A session's attendance in the Wagtail admin, for the facilitator at the venue: the sheet with
check-in buttons and walk-ins, the QR code residents scan, the printable sign-in sheet, typing
back the paper sheet, and attendance certificates. Coordinators may run every session,
facilitators the sessions they are assigned to; nobody else."""

from datetime import timedelta

import segno
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils import formats, timezone, translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from certificates.services import ensure_pdf
from cms.pdf import html_to_pdf, public_url
from cms.services import kelurahan_settings

from .attendance import certificate_of, sheet_of
from .attendance_forms import CheckInForm, PaperSheetForm, WalkInForm, sheet_registrations
from .models import Attendance, WorkshopSession
from .permissions import may_run
from .services import (
    CHECK_IN_TOKEN_MINUTES,
    CheckInNotOpen,
    SessionCancelled,
    SessionNotHeld,
    SessionNotStarted,
    check_in,
    check_in_token,
    check_in_window,
    ensure_check_in_open,
    ensure_recordable,
    has_started,
    issue_attendance_certificates,
    mark_held,
    record_walk_in,
)

MIN_BLANK_ROWS = 15
QR_REFRESH_MINUTES = 10  # well before the code expires (CHECK_IN_TOKEN_MINUTES)


def _session_for(request, session_id: int) -> WorkshopSession:
    session = get_object_or_404(WorkshopSession.objects.select_related("module"), pk=session_id)
    if not may_run(request.user, session):
        raise PermissionDenied
    return session


def _to_sheet(session: WorkshopSession, anchor: str = ""):
    url = reverse("workshop_sessions:attendance", args=[session.pk])
    return redirect(f"{url}#{anchor}" if anchor else url)


def _page(request, session: WorkshopSession, template: str, title: str, **context):
    context = {
        "page_title": title,
        "header_title": f"{title}: {session.title}",
        "page_subtitle": session.title,
        "header_icon": "date",
        "session": session,
        "is_cancelled": session.status == WorkshopSession.Status.CANCELLED,
        "has_started": has_started(session),
        "check_in_window": check_in_window(session),
        **context,
    }
    return render(request, f"courses/admin/{template}.html", context)


def _render_sheet(request, session: WorkshopSession, walk_in_form: WalkInForm):
    return _page(
        request,
        session,
        "attendance_sheet",
        _("Attendance"),
        sheet=sheet_of(session),
        form=walk_in_form,
    )


def _refuse(request, session: WorkshopSession, error: SessionCancelled | SessionNotStarted):
    if isinstance(error, SessionCancelled):
        messages.error(request, _("The session is cancelled: nobody can check in."))
    else:
        start = formats.date_format(timezone.localtime(session.starts_at), "j F Y, H:i")
        messages.error(
            request,
            _("The session has not started yet: attendance can be recorded from %(start)s.")
            % {"start": start},
        )
    return _to_sheet(session)


def attendance_sheet(request, session_id: int):
    session = _session_for(request, session_id)
    return _render_sheet(request, session, WalkInForm(rw_count=kelurahan_settings().rw_count))


@require_POST
def check_in_resident(request, session_id: int):
    session = _session_for(request, session_id)
    form = CheckInForm(request.POST, session=session)
    if not form.is_valid():
        messages.error(request, _("That resident is not registered for this session."))
        return _to_sheet(session)
    registration = form.cleaned_data["registration"]
    try:
        result = check_in(
            session, registration.user, method=Attendance.Method.FACILITATOR, by=request.user
        )
    except (SessionCancelled, SessionNotStarted) as error:
        return _refuse(request, session, error)
    name = result.attendance.display_name
    if result.created:
        messages.success(request, _("%(name)s is checked in.") % {"name": name})
    else:
        time = formats.time_format(timezone.localtime(result.attendance.checked_in_at))
        messages.warning(
            request,
            _("%(name)s was already checked in at %(time)s.") % {"name": name, "time": time},
        )
    return _to_sheet(session, f"registration-{registration.pk}")


@require_POST
def add_walk_in(request, session_id: int):
    session = _session_for(request, session_id)
    form = WalkInForm(request.POST, rw_count=kelurahan_settings().rw_count)
    if not form.is_valid():
        return _render_sheet(request, session, form)
    try:
        result = record_walk_in(
            session, **form.cleaned_data, method=Attendance.Method.FACILITATOR, by=request.user
        )
    except (SessionCancelled, SessionNotStarted) as error:
        return _refuse(request, session, error)
    values = {"name": result.attendance.walk_in_name, "rw": result.attendance.walk_in_rw}
    if result.created:
        messages.success(request, _("%(name)s (RW %(rw)s) is recorded.") % values)
    else:
        messages.warning(request, _("%(name)s (RW %(rw)s) was already recorded.") % values)
    return _to_sheet(session, "walk-in")


def check_in_qr(request, session_id: int):
    session = _session_for(request, session_id)
    title = _("QR code for checking in")
    if session.status == WorkshopSession.Status.CANCELLED:
        return _page(request, session, "check_in_qr", title)
    try:
        ensure_check_in_open(session)
    except CheckInNotOpen as error:
        # Opened early, the page shows the code by itself once checking in opens.
        refresh = QR_REFRESH_MINUTES * 60 if error.too_early else None
        return _page(request, session, "check_in_qr", title, refresh_seconds=refresh)
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("courses:session_check_in", args=[session.pk, check_in_token(session)])
    url = public_url(path)
    return _page(
        request,
        session,
        "check_in_qr",
        title,
        url=url,
        qr_svg=mark_safe(_scalable_qr_svg(url)),  # noqa: S308 - segno's own markup
        expires_at=timezone.now() + timedelta(minutes=CHECK_IN_TOKEN_MINUTES),
        refresh_minutes=QR_REFRESH_MINUTES,
        refresh_seconds=QR_REFRESH_MINUTES * 60,
    )


def _scalable_qr_svg(url: str) -> str:
    """Unlike cms.pdf.qr_svg (fixed size, for print), this one fills the screen it is shown on:
    a viewBox instead of a size, and a white quiet zone that also shows on a dark admin theme."""
    return segno.make(url, error="m").svg_inline(omitsize=True, border=4, light="#fff")


def sign_in_sheet(request, session_id: int):
    session = _session_for(request, session_id)
    registrations = list(sheet_registrations(session))
    blank_rows = max(MIN_BLANK_ROWS, session.capacity - len(registrations))
    html = render_to_string(
        "courses/admin/sign_in_sheet.html",
        {
            "session": session,
            "rows": [(item, _printed_name(item.user)) for item in registrations],
            "blank_rows": range(len(registrations) + 1, len(registrations) + blank_rows + 1),
            "kelurahan_name": kelurahan_settings().kelurahan_name,
        },
        request=request,
    )
    response = HttpResponse(
        html_to_pdf(html, stylesheet="css/sign-in-sheet.css"), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'inline; filename="daftar-hadir-{session.pk}.pdf"'
    return response


def _printed_name(user) -> str:
    """The sheet goes round the room: a name, never an e-mail address."""
    profile = getattr(user, "profile", None)
    return (profile and profile.full_name) or user.get_full_name() or user.email.split("@")[0]


def paper_sheet(request, session_id: int):
    session = _session_for(request, session_id)
    data = request.POST if request.method == "POST" else None
    form = PaperSheetForm(data, session=session, rw_count=kelurahan_settings().rw_count)
    try:
        ensure_recordable(session, Attendance.Method.PAPER)
        if request.method == "POST" and form.is_valid():
            result = form.save(by=request.user)
            messages.success(
                request,
                _("Added: %(added)s. Already recorded before: %(already)s.")
                % {"added": result.added, "already": result.already},
            )
            return _to_sheet(session)
    except (SessionCancelled, SessionNotStarted) as error:
        return _refuse(request, session, error)
    return _page(request, session, "paper_sheet", _("Type in the paper sheet"), form=form)


@require_POST
def issue_certificates(request, session_id: int):
    session = _session_for(request, session_id)
    try:
        issued = issue_attendance_certificates(session)
    except SessionNotHeld:
        messages.error(request, _("Certificates are issued once the session has been held."))
        return _to_sheet(session)
    if issued is None:
        messages.error(
            request,
            _("There is no default certificate template yet. Ask a coordinator to make one."),
        )
    elif issued:
        messages.success(
            request,
            ngettext(
                "%(count)d certificate issued.", "%(count)d certificates issued.", len(issued)
            )
            % {"count": len(issued)},
        )
    else:
        messages.info(request, _("Everyone who attended already has a certificate."))
    return _to_sheet(session, "certificates")


@require_POST
def mark_session_held(request, session_id: int):
    session = _session_for(request, session_id)
    try:
        mark_held(session)
    except (SessionCancelled, SessionNotStarted) as error:
        return _refuse(request, session, error)
    messages.success(request, _("The session is marked as held."))
    return _to_sheet(session, "certificates")


def walk_in_certificate(request, session_id: int, attendance_id: int):
    """The PDF of a walk-in's certificate, for the facilitator to print and hand over."""
    session = _session_for(request, session_id)
    attendance = get_object_or_404(
        Attendance.objects.select_related("certificate"), pk=attendance_id, session=session
    )
    certificate = certificate_of(attendance)
    if not attendance.is_walk_in or certificate is None or not certificate.is_valid:
        raise Http404
    certificate = ensure_pdf(certificate.pk)
    return FileResponse(
        certificate.pdf.open("rb"),
        filename=f"sertifikat-{certificate.code}.pdf",
        content_type="application/pdf",
    )


SHEET = "<id:session_id>/attendance/"

urlpatterns = [
    path(SHEET, attendance_sheet, name="attendance"),
    path(f"{SHEET}check-in/", check_in_resident, name="attendance_check_in"),
    path(f"{SHEET}walk-in/", add_walk_in, name="attendance_walk_in"),
    path(f"{SHEET}qr/", check_in_qr, name="attendance_qr"),
    path(f"{SHEET}sign-in-sheet/", sign_in_sheet, name="attendance_sign_in_sheet"),
    path(f"{SHEET}paper/", paper_sheet, name="attendance_paper"),
    path(f"{SHEET}held/", mark_session_held, name="attendance_held"),
    path(f"{SHEET}certificates/", issue_certificates, name="attendance_certificates"),
    path(
        f"{SHEET}certificates/<id:attendance_id>/",
        walk_in_certificate,
        name="attendance_certificate",
    ),
]
