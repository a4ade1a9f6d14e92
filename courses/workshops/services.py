"""Writes about in-person sessions: registration with capacity and waiting list, check-in
(by the facilitator, by QR code, or typed from the paper sheet) and walk-ins. Each is atomic;
the session row is locked while its seats are counted, so capacity holds under concurrency.

Attendance follows the session's time: residents check themselves in only while it is on,
the facilitator records attendance from its start, and only the facilitator's records (or
their "mark as held") make a session held, the state that closes registration, lets
certificates be issued and counts in the participation report."""

from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone

from certificates import services as certificates
from cms.text import one_line
from courses.learning.services import record_completion_if_complete

from .models import Attendance, Registration, WorkshopSession
from .tasks import schedule_reminder, send_moved_up_email, send_registered_email

CHECK_IN_TOKEN_MINUTES = 15
# Residents come early: checking in with the QR code opens this long before the start, and
# closes when the session ends (the facilitator can still record a latecomer).
SELF_CHECK_IN_OPENS_BEFORE_START = timedelta(minutes=30)
_CHECK_IN_SALT = "courses.session-check-in"


class SessionClosed(Exception):
    """The session is cancelled or already over: no more registrations."""


class SessionCancelled(Exception):
    """Nobody can check in to a cancelled session."""


class InvalidCheckInCode(Exception):
    """The QR code is damaged, for another session, or expired."""


class CheckInNotOpen(Exception):
    """Checking in with the QR code works only while the session is on (check_in_window)."""

    def __init__(self, too_early: bool):
        super().__init__()
        self.too_early = too_early


class SessionNotStarted(Exception):
    """Before the session starts the facilitator records no attendance and it is not held."""


class SessionNotHeld(Exception):
    """Attendance certificates only for a session that has started and was marked held."""


@dataclass(frozen=True)
class CheckInWindow:
    opens_at: datetime
    closes_at: datetime


def check_in_window(session: WorkshopSession) -> CheckInWindow:
    """When residents can check themselves in with the QR code."""
    return CheckInWindow(session.starts_at - SELF_CHECK_IN_OPENS_BEFORE_START, session.ends_at)


def has_started(session: WorkshopSession) -> bool:
    return session.starts_at <= timezone.now()


def ensure_check_in_open(session: WorkshopSession) -> None:
    window, now = check_in_window(session), timezone.now()
    if not window.opens_at <= now <= window.closes_at:
        raise CheckInNotOpen(too_early=now < window.opens_at)


@dataclass(frozen=True)
class CheckIn:
    attendance: Attendance
    created: bool


def _locked(session: WorkshopSession) -> WorkshopSession:
    return WorkshopSession.objects.select_for_update().get(pk=session.pk)


def seats_taken(session: WorkshopSession) -> int:
    return Registration.objects.filter(
        session=session, status=Registration.Status.REGISTERED
    ).count()


@transaction.atomic
def register(user, session: WorkshopSession) -> Registration:
    """A seat if one is free, else a place on the waiting list. Registering again keeps the
    place one already has; after cancelling, one joins again at the back."""
    session = _locked(session)
    if not session.is_upcoming:
        raise SessionClosed
    registration = Registration.objects.filter(session=session, user=user).first()
    if registration and registration.status != Registration.Status.CANCELLED:
        return registration
    status = (
        Registration.Status.REGISTERED
        if seats_taken(session) < session.capacity
        else Registration.Status.WAITLISTED
    )
    if registration is None:
        registration = Registration.objects.create(session=session, user=user, status=status)
    else:
        registration.status = status
        registration.created_at = timezone.now()
        registration.save(update_fields=["status", "created_at", "updated_at"])
    if status == Registration.Status.REGISTERED:
        _after_commit_tell(registration, send_registered_email)
    return registration


@transaction.atomic
def cancel_registration(user, session: WorkshopSession) -> list[Registration]:
    """Give up one's seat or waiting-list place. Returns the registrations moved up from the
    waiting list into the freed seat. A past registration stays as it was."""
    session = _locked(session)
    if not session.is_upcoming:
        raise SessionClosed
    updated = Registration.objects.filter(
        session=session,
        user=user,
        status__in=[Registration.Status.REGISTERED, Registration.Status.WAITLISTED],
    ).update(status=Registration.Status.CANCELLED, updated_at=timezone.now())
    return _fill_from_waiting_list(session) if updated else []


@transaction.atomic
def cancel_registrations_to_come(user) -> None:
    """Give up the user's seats and waiting-list places at sessions that have not started, each
    as if they cancelled it themselves (for a deleted account). Those already started stay."""
    to_come = Registration.objects.filter(
        user=user,
        status__in=[Registration.Status.REGISTERED, Registration.Status.WAITLISTED],
        session__status=WorkshopSession.Status.SCHEDULED,
        session__starts_at__gt=timezone.now(),
    ).select_related("session")
    for registration in to_come:
        with suppress(SessionClosed):  # cancelled or held meanwhile: the place stays as it was
            cancel_registration(user, registration.session)


@transaction.atomic
def fill_from_waiting_list(session: WorkshopSession) -> list[Registration]:
    """After the capacity was raised: move people up from the waiting list."""
    return _fill_from_waiting_list(_locked(session))


def _fill_from_waiting_list(session: WorkshopSession) -> list[Registration]:
    if not session.is_upcoming:
        return []
    free = session.capacity - seats_taken(session)
    if free <= 0:
        return []
    promoted = list(
        Registration.objects.filter(
            session=session, status=Registration.Status.WAITLISTED
        ).order_by("created_at", "pk")[:free]
    )
    Registration.objects.filter(pk__in=[item.pk for item in promoted]).update(
        status=Registration.Status.REGISTERED, updated_at=timezone.now()
    )
    for registration in promoted:
        registration.status = Registration.Status.REGISTERED
        _after_commit_tell(registration, send_moved_up_email)
    return promoted


def _after_commit_tell(registration: Registration, email_task) -> None:
    """The e-mail saying the resident has a seat, and the reminder the day before."""

    def queue():
        email_task.enqueue(registration.pk)
        schedule_reminder(registration)

    transaction.on_commit(queue)


def ensure_recordable(session: WorkshopSession, method: str) -> None:
    """Residents check in while the session is on; the facilitator records from its start."""
    if session.status == WorkshopSession.Status.CANCELLED:
        raise SessionCancelled
    if method == Attendance.Method.SELF:
        ensure_check_in_open(session)
    elif not has_started(session):
        raise SessionNotStarted


def check_in(session: WorkshopSession, user, *, method: str, by=None) -> CheckIn:
    """Record that a resident came: by QR code while the session is on, by the facilitator
    from its start. Checking in twice keeps the first record. For a blended module this can
    complete the module."""
    ensure_recordable(session, method)
    with transaction.atomic():
        existing = Attendance.objects.filter(session=session, user=user).first()
        if existing:
            return CheckIn(existing, created=False)
        try:
            with transaction.atomic():
                attendance = Attendance.objects.create(
                    session=session, user=user, method=method, recorded_by=by
                )
        except IntegrityError:
            return CheckIn(Attendance.objects.get(session=session, user=user), created=False)
        _mark_held_by(session, method)
    if session.module_id and session.module.requires_attendance:
        record_completion_if_complete(user, session.module)
    return CheckIn(attendance, created=True)


def record_walk_in(
    session: WorkshopSession, *, name: str, rw: int, phone: str = "", method: str, by
) -> CheckIn:
    """A person without an account, recorded by name and RW so the count is true to the room.
    The same name and RW twice in one session is one person."""
    ensure_recordable(session, method)
    name = normalise_name(name)
    with transaction.atomic():
        existing = Attendance.objects.filter(
            session=session, user=None, walk_in_name__iexact=name, walk_in_rw=rw
        ).first()
        if existing:
            return CheckIn(existing, created=False)
        try:
            with transaction.atomic():
                attendance = Attendance.objects.create(
                    session=session,
                    walk_in_name=name,
                    walk_in_rw=rw,
                    walk_in_phone=phone.strip(),
                    method=method,
                    recorded_by=by,
                )
        except IntegrityError:
            return CheckIn(
                Attendance.objects.get(
                    session=session, user=None, walk_in_name__iexact=name, walk_in_rw=rw
                ),
                created=False,
            )
        _mark_held_by(session, method)
    return CheckIn(attendance, created=True)


@dataclass(frozen=True)
class PaperSheetResult:
    added: int
    already: int


@transaction.atomic
def record_paper_sheet(
    session: WorkshopSession, *, residents, walk_ins: list[tuple[str, int, str]], by
) -> PaperSheetResult:
    """The paper sign-in sheet typed back after the session: everything on it, or nothing."""
    method = Attendance.Method.PAPER
    results = [check_in(session, user, method=method, by=by) for user in residents] + [
        record_walk_in(session, name=name, rw=rw, phone=phone, method=method, by=by)
        for name, rw, phone in walk_ins
    ]
    added = sum(result.created for result in results)
    return PaperSheetResult(added=added, already=len(results) - added)


def issue_attendance_certificates(session: WorkshopSession) -> list | None:
    """An attendance certificate for everyone at a held session who has none yet. None when
    there is no default certificate template. A certificate states the session's date, so
    the session must have started."""
    if session.status != WorkshopSession.Status.HELD or not has_started(session):
        raise SessionNotHeld
    waiting = session.attendances.filter(certificate__isnull=True).select_related(
        "session", "user__profile"
    )
    issued = [certificates.issue_for_attendance(attendance) for attendance in waiting]
    return None if None in issued else issued


def normalise_name(name: str) -> str:
    return one_line(name)


@transaction.atomic
def mark_held(session: WorkshopSession) -> None:
    """The facilitator says the session took place (when everyone checked in by QR code)."""
    session = _locked(session)
    if session.status == WorkshopSession.Status.CANCELLED:
        raise SessionCancelled
    if not has_started(session):
        raise SessionNotStarted
    _mark_held(session)


def _mark_held_by(session: WorkshopSession, method: str) -> None:
    """The facilitator's record of someone in the room says the session is held; a resident's
    own check-in does not."""
    if method != Attendance.Method.SELF:
        _mark_held(session)


def _mark_held(session: WorkshopSession) -> None:
    WorkshopSession.objects.filter(pk=session.pk, status=WorkshopSession.Status.SCHEDULED).update(
        status=WorkshopSession.Status.HELD
    )


def check_in_token(session: WorkshopSession) -> str:
    """The code behind the session's QR: names the session, expires after a few minutes."""
    return signing.TimestampSigner(salt=_CHECK_IN_SALT).sign(str(session.pk))


def verify_check_in_token(session: WorkshopSession, token: str) -> None:
    try:
        value = signing.TimestampSigner(salt=_CHECK_IN_SALT).unsign(
            token, max_age=CHECK_IN_TOKEN_MINUTES * 60
        )
    except signing.BadSignature as error:  # SignatureExpired is a BadSignature too
        raise InvalidCheckInCode from error
    if value != str(session.pk):
        raise InvalidCheckInCode
