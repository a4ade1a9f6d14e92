"""A session's time decides its attendance: residents check themselves in only while it is on,
the facilitator records attendance from its start, a resident's own check-in does not make the
session held, and attendance certificates wait until it has started and is held."""

from datetime import timedelta

import pytest
from django.utils import timezone

from certificates.models import Certificate
from courses.learning import services as learning
from courses.models import Attendance, Enrolment, Registration, WorkshopSession
from courses.workshops import services as sessions

from ..factories import ProfileFactory, WorkshopSessionFactory
from ..helpers import lessons_of

pytestmark = pytest.mark.django_db

SELF = Attendance.Method.SELF
FACILITATOR = Attendance.Method.FACILITATOR
PAPER = Attendance.Method.PAPER
HELD = WorkshopSession.Status.HELD
SCHEDULED = WorkshopSession.Status.SCHEDULED


def starting_in(minutes: int, **fields) -> WorkshopSession:
    """A two-hour session starting `minutes` from now (in the past when negative)."""
    return WorkshopSessionFactory(starts_at=timezone.now() + timedelta(minutes=minutes), **fields)


def start_now(session: WorkshopSession) -> None:
    session.starts_at = timezone.now() - timedelta(minutes=1)
    session.save()


@pytest.mark.parametrize(
    ("minutes", "too_early"),
    [(7 * 24 * 60, True), (31, True), (-121, False)],
    ids=["a week early", "just too early", "just after the end"],
)
def test_residents_cannot_check_themselves_in_outside_the_session(resident, minutes, too_early):
    session = starting_in(minutes)
    with pytest.raises(sessions.CheckInNotOpen) as refused:
        sessions.check_in(session, resident, method=SELF)
    assert refused.value.too_early is too_early
    assert not Attendance.objects.exists()


@pytest.mark.parametrize("minutes", [29, -60, -119], ids=["before", "during", "at the end"])
def test_residents_check_themselves_in_from_half_an_hour_before_until_the_end(resident, minutes):
    window = sessions.check_in_window(starting_in(minutes))
    assert window.closes_at - window.opens_at == timedelta(hours=2, minutes=30)
    assert sessions.check_in(starting_in(minutes), resident, method=SELF).created


def test_a_qr_code_shown_a_week_early_changes_nothing(make_module, resident):
    """The review's case: a blended module's session, its QR code shown a week before."""
    module = make_module(lessons=1, quiz=False, requires_attendance=True)
    learning.complete_lesson(resident, module, lessons_of(module)[0])
    session = starting_in(7 * 24 * 60, module=module)

    with pytest.raises(sessions.CheckInNotOpen):
        sessions.check_in(session, resident, method=SELF)

    session.refresh_from_db()
    assert session.status == SCHEDULED
    assert Enrolment.objects.get(user=resident, module=module).completed_at is None
    assert not Certificate.objects.exists()


def test_a_residents_own_check_in_leaves_the_session_open_for_registration(resident):
    session = starting_in(20)
    sessions.check_in(session, resident, method=SELF)

    session.refresh_from_db()
    assert session.status == SCHEDULED
    latecomer = ProfileFactory().user
    assert sessions.register(latecomer, session).status == Registration.Status.REGISTERED


@pytest.mark.parametrize("method", [FACILITATOR, PAPER])
def test_the_facilitator_records_attendance_from_the_start(resident, facilitator, method):
    session = starting_in(20)
    with pytest.raises(sessions.SessionNotStarted):
        sessions.check_in(session, resident, method=method, by=facilitator)
    with pytest.raises(sessions.SessionNotStarted):
        sessions.record_walk_in(session, name="Bu Ani", rw=3, method=method, by=facilitator)
    assert not Attendance.objects.exists()

    start_now(session)
    assert sessions.check_in(session, resident, method=method, by=facilitator).created
    session.refresh_from_db()
    assert session.status == HELD


def test_a_paper_sheet_typed_in_before_the_start_stores_nothing(resident, facilitator):
    session = starting_in(20)
    with pytest.raises(sessions.SessionNotStarted):
        sessions.record_paper_sheet(
            session, residents=[resident], walk_ins=[("Bu Ani", 3, "")], by=facilitator
        )
    assert not Attendance.objects.exists()


def test_the_facilitator_marks_a_session_held_once_it_has_started(resident):
    session = starting_in(20)
    sessions.check_in(session, resident, method=SELF)
    with pytest.raises(sessions.SessionNotStarted):
        sessions.mark_held(session)

    start_now(session)
    sessions.mark_held(session)
    session.refresh_from_db()
    assert session.status == HELD

    cancelled = WorkshopSessionFactory(in_progress=True, status=WorkshopSession.Status.CANCELLED)
    with pytest.raises(sessions.SessionCancelled):
        sessions.mark_held(cancelled)


def test_certificates_wait_until_the_session_has_started_and_is_held(resident):
    session = WorkshopSessionFactory(in_progress=True)
    sessions.check_in(session, resident, method=SELF)
    with pytest.raises(sessions.SessionNotHeld):
        sessions.issue_attendance_certificates(session)
    # Held a week ahead, as the first check-in used to make it.
    early = WorkshopSessionFactory(status=HELD)
    Attendance.objects.create(session=early, user=resident, method=SELF)
    with pytest.raises(sessions.SessionNotHeld):
        sessions.issue_attendance_certificates(early)
    assert not Certificate.objects.exists()

    sessions.mark_held(session)
    session.refresh_from_db()
    assert len(sessions.issue_attendance_certificates(session)) == 1
