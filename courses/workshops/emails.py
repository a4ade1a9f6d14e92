"""E-mails about a resident's place at a session: registered (with the session as a calendar
file), moved up from the waiting list, and the reminder the day before. Each is sent once
(cms.emails.send_once) and only while it is still true: a registration cancelled in the
meantime, or a cancelled session, gets nothing."""

from datetime import timedelta
from functools import partial

from django.utils import timezone

from cms.emails import Attachment, Email, send_once

from .models import Registration, WorkshopSession
from .sharing import ics_filename, session_ics, session_url, whatsapp_url

REMIND_BEFORE = timedelta(days=1)


def send_registered(registration: Registration) -> bool:
    return _send(registration, "session_registered", _created_key(registration))


def send_moved_up(registration: Registration) -> bool:
    return _send(registration, "session_moved_up", _created_key(registration))


def send_reminder(registration: Registration) -> bool:
    """Only in the day before the session starts. The key holds the start, so a session moved
    to another day reminds again."""
    starts_at = registration.session.starts_at
    if not starts_at - REMIND_BEFORE <= timezone.now() < starts_at:
        return False
    return _send(registration, "session_reminder", f"{registration.pk}@{starts_at.isoformat()}")


def due_reminders():
    """Seats at scheduled sessions starting within a day: whom the reminder is for now."""
    now = timezone.now()
    return Registration.objects.filter(
        status=Registration.Status.REGISTERED,
        session__status=WorkshopSession.Status.SCHEDULED,
        session__starts_at__gt=now,
        session__starts_at__lte=now + REMIND_BEFORE,
    ).select_related("session", "user")


def _created_key(registration: Registration) -> str:
    # Registering again after cancelling starts a new place (a new created_at): a new e-mail.
    return f"{registration.pk}@{registration.created_at.isoformat()}"


def _send(registration: Registration, kind: str, key: str) -> bool:
    registration = (
        Registration.objects.select_related("session", "user").filter(pk=registration.pk).first()
    )
    if (
        registration is None
        or registration.status != Registration.Status.REGISTERED
        or not registration.session.is_upcoming
    ):
        return False
    session = registration.session
    return send_once(
        registration.user,
        Email(
            kind=kind,
            key=key,
            template=kind,
            # Called while rendering, in the resident's language (their links have its prefix).
            context={
                "session": session,
                "session_url": partial(session_url, session),
                "whatsapp_url": partial(whatsapp_url, session),
            },
            attachments=(
                Attachment(ics_filename(session), partial(session_ics, session), "text/calendar"),
            ),
        ),
    )
