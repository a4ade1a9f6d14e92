"""Residents' side of in-person sessions: the list, one session, registering and cancelling,
and checking in with the QR code on the facilitator's screen."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import services as sessions
from .listings import (
    SessionListing,
    active_registrations,
    session_listings,
    upcoming_sessions,
    with_seat_counts,
)
from .models import Attendance, Registration, WorkshopSession
from .sharing import ICS_CONTENT_TYPE, ics_filename, session_ics, whatsapp_url

SESSIONS_PER_PAGE = 20
CHECK_IN_TEMPLATE = "courses/sessions/check_in.html"


@require_GET
def session_list(request):
    page = Paginator(upcoming_sessions(), SESSIONS_PER_PAGE).get_page(request.GET.get("page"))
    listings = session_listings(page.object_list, request.user)
    return render(
        request, "courses/sessions/session_list.html", {"page_obj": page, "listings": listings}
    )


@require_GET
def session_detail(request, session_id: int):
    session = get_object_or_404(with_seat_counts(WorkshopSession.objects.all()), pk=session_id)
    registration = attendance = None
    if request.user.is_authenticated:
        registration = active_registrations(request.user).filter(session=session).first()
        attendance = Attendance.objects.filter(session=session, user=request.user).first()
    context = {
        "listing": SessionListing(session, registration),
        "attendance": attendance,
        "whatsapp_url": whatsapp_url(session),
    }
    return render(request, "courses/sessions/session_detail.html", context)


@require_GET
def session_calendar(request, session_id: int):
    """The session as a calendar file, for anyone (the session's page is public too)."""
    session = get_object_or_404(WorkshopSession, pk=session_id)
    if session.status == WorkshopSession.Status.CANCELLED:
        raise Http404
    response = HttpResponse(session_ics(session), content_type=ICS_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{ics_filename(session)}"'
    return response


@require_POST
@login_required
def register(request, session_id: int):
    session = get_object_or_404(WorkshopSession, pk=session_id)
    try:
        registration = sessions.register(request.user, session)
    except sessions.SessionClosed:
        messages.error(
            request, _("Registration is closed: this session has ended or was cancelled.")
        )
        return _back(request, session)
    if registration.status == Registration.Status.REGISTERED:
        messages.success(request, _("You are registered. See you there!"))
    else:
        position = active_registrations(request.user).get(pk=registration.pk).position
        messages.info(
            request,
            _("The session is full: you are on the waiting list (number %(position)d).")
            % {"position": position},
        )
    return _back(request, session)


@require_POST
@login_required
def cancel(request, session_id: int):
    session = get_object_or_404(WorkshopSession, pk=session_id)
    try:
        sessions.cancel_registration(request.user, session)
    except sessions.SessionClosed:
        messages.error(request, _("This session has ended or was cancelled: nothing to change."))
    else:
        messages.success(
            request, _("Your registration is cancelled. Your seat goes to the next person.")
        )
    return _back(request, session)


def _back(request, session: WorkshopSession):
    """To the page the form was on (the module page, the dashboard), else the session."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return redirect(target)
    return redirect("courses:session_detail", session_id=session.pk)


@require_http_methods(["GET", "POST"])
@login_required
def check_in(request, session_id: int, token: str):
    """GET shows one big button; POST checks the resident in. A code from an old photo, or
    for another session, gets a page that says to scan the code on the screen now; outside
    the session's time, a page that says when checking in is open."""
    session = get_object_or_404(WorkshopSession.objects.select_related("module"), pk=session_id)
    context = {"session": session, "state": "confirm"}
    try:
        if session.status == WorkshopSession.Status.CANCELLED:
            raise sessions.SessionCancelled
        sessions.verify_check_in_token(session, token)
        sessions.ensure_check_in_open(session)
        if request.method == "POST":
            outcome = sessions.check_in(session, request.user, method=Attendance.Method.SELF)
            context["state"] = "checked_in" if outcome.created else "already"
            context["attendance"] = outcome.attendance
    except sessions.SessionCancelled:
        return render(request, CHECK_IN_TEMPLATE, {**context, "state": "cancelled"}, status=400)
    except sessions.InvalidCheckInCode:
        return render(request, CHECK_IN_TEMPLATE, {**context, "state": "invalid"}, status=400)
    except sessions.CheckInNotOpen as error:
        context.update(
            state="too_early" if error.too_early else "over",
            window=sessions.check_in_window(session),
        )
        return render(request, CHECK_IN_TEMPLATE, context, status=400)
    return render(request, CHECK_IN_TEMPLATE, context)
