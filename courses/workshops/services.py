"""Writes about in-person sessions: registration with capacity and waiting list, check-in
(by the facilitator, by QR code, or typed from the paper sheet) and walk-ins. Each is atomic;
the session row is locked while its seats are counted, so capacity holds under concurrency."""

from dataclasses import dataclass

from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone

from certificates import services as certificates
from cms.text import one_line
from courses.learning.services import record_completion_if_complete

from .models import Attendance, Registration, WorkshopSession

CHECK_IN_TOKEN_MINUTES = 15
_CHECK_IN_SALT = "courses.session-check-in"


class SessionClosed(Exception):
    """The session is cancelled or already over: no more registrations."""


class SessionCancelled(Exception):
    """Nobody can check in to a cancelled session."""


class InvalidCheckInCode(Exception):
    """The QR code is damaged, for another session, or expired."""


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
        return Registration.objects.create(session=session, user=user, status=status)
    registration.status = status
    registration.created_at = timezone.now()
    registration.save(update_fields=["status", "created_at", "updated_at"])
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
    return promoted


def check_in(session: WorkshopSession, user, *, method: str, by=None) -> CheckIn:
    """Record that a resident came. Checking in twice keeps the first record. For a blended
    module this can complete the module."""
    if session.status == WorkshopSession.Status.CANCELLED:
        raise SessionCancelled
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
        _mark_held(session)
    if session.module_id and session.module.requires_attendance:
        record_completion_if_complete(user, session.module)
    return CheckIn(attendance, created=True)


def record_walk_in(
    session: WorkshopSession, *, name: str, rw: int, phone: str = "", method: str, by
) -> CheckIn:
    """A person without an account, recorded by name and RW so the count is true to the room.
    The same name and RW twice in one session is one person."""
    if session.status == WorkshopSession.Status.CANCELLED:
        raise SessionCancelled
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
        _mark_held(session)
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
    there is no default certificate template."""
    waiting = session.attendances.filter(certificate__isnull=True).select_related(
        "session", "user__profile"
    )
    issued = [certificates.issue_for_attendance(attendance) for attendance in waiting]
    return None if None in issued else issued


def normalise_name(name: str) -> str:
    return one_line(name)


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
