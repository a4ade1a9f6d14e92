"""Registration, waiting list, check-in, walk-ins, QR codes and blended completion."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core import signing
from django.utils import timezone

from courses.learning import services as learning
from courses.models import Attendance, Enrolment, Registration, WorkshopSession
from courses.workshops import services as sessions

from ..factories import ProfileFactory, WorkshopSessionFactory
from ..helpers import lessons_of

pytestmark = pytest.mark.django_db

REGISTERED = Registration.Status.REGISTERED
WAITLISTED = Registration.Status.WAITLISTED
CANCELLED = Registration.Status.CANCELLED


def residents(count):
    return [ProfileFactory().user for _ in range(count)]


def test_seats_go_first_come_first_served_then_the_waiting_list():
    session = WorkshopSessionFactory(capacity=2)
    first, second, third, fourth = residents(4)

    statuses = [sessions.register(person, session).status for person in (first, second, third)]
    statuses.append(sessions.register(fourth, session).status)

    assert statuses == [REGISTERED, REGISTERED, WAITLISTED, WAITLISTED]
    assert sessions.seats_taken(session) == 2


def test_registering_twice_keeps_ones_place():
    session = WorkshopSessionFactory(capacity=1)
    first, second = residents(2)
    sessions.register(first, session)
    waiting = sessions.register(second, session)

    assert sessions.register(second, session) == waiting
    assert sessions.register(first, session).status == REGISTERED
    assert Registration.objects.count() == 2


def test_cancelling_a_seat_moves_up_the_first_on_the_waiting_list():
    session = WorkshopSessionFactory(capacity=1)
    holder, next_in_line, later = residents(3)
    for person in (holder, next_in_line, later):
        sessions.register(person, session)

    promoted = sessions.cancel_registration(holder, session)

    assert [registration.user for registration in promoted] == [next_in_line]
    statuses = dict(Registration.objects.values_list("user", "status"))
    assert statuses == {holder.pk: CANCELLED, next_in_line.pk: REGISTERED, later.pk: WAITLISTED}


def test_leaving_the_waiting_list_frees_no_seat_and_rejoining_goes_to_the_back():
    session = WorkshopSessionFactory(capacity=1)
    holder, waiting, other = residents(3)
    for person in (holder, waiting, other):
        sessions.register(person, session)

    assert sessions.cancel_registration(waiting, session) == []
    assert sessions.register(waiting, session).status == WAITLISTED
    sessions.cancel_registration(holder, session)

    assert Registration.objects.get(user=other).status == REGISTERED
    assert Registration.objects.get(user=waiting).status == WAITLISTED


def test_raising_the_capacity_fills_seats_from_the_waiting_list():
    session = WorkshopSessionFactory(capacity=1)
    people = residents(3)
    for person in people:
        sessions.register(person, session)
    session.capacity = 3
    session.save()

    assert len(sessions.fill_from_waiting_list(session)) == 2
    assert sessions.seats_taken(session) == 3


@pytest.mark.parametrize(
    "fields",
    [
        {"status": WorkshopSession.Status.CANCELLED},
        {
            "starts_at": timezone.now() - timedelta(hours=3),
            "ends_at": timezone.now() - timedelta(hours=1),
        },
    ],
    ids=["cancelled", "over"],
)
def test_cancelled_or_past_sessions_take_no_registrations(fields, resident):
    session = WorkshopSessionFactory(**fields)
    with pytest.raises(sessions.SessionClosed):
        sessions.register(resident, session)
    assert not Registration.objects.exists()


def test_checking_in_twice_keeps_the_first_record_and_marks_the_session_held(
    resident, facilitator
):
    session = WorkshopSessionFactory(in_progress=True)
    first = sessions.check_in(
        session, resident, method=Attendance.Method.FACILITATOR, by=facilitator
    )
    again = sessions.check_in(session, resident, method=Attendance.Method.SELF)

    assert first.created and not again.created
    assert again.attendance == first.attendance
    assert Attendance.objects.get().recorded_by == facilitator
    session.refresh_from_db()
    assert session.status == WorkshopSession.Status.HELD


def test_walk_ins_are_one_person_per_name_and_rw_whatever_the_spacing_or_case(facilitator):
    session = WorkshopSessionFactory(in_progress=True)
    record = {"method": Attendance.Method.FACILITATOR, "by": facilitator}
    first = sessions.record_walk_in(
        session, name="  Bu  Sumarni ", rw=5, phone="0812 3456", **record
    )
    again = sessions.record_walk_in(session, name="bu sumarni", rw=5, **record)
    neighbour = sessions.record_walk_in(session, name="Bu Sumarni", rw=7, **record)

    assert first.created and not again.created and neighbour.created
    assert first.attendance.walk_in_name == "Bu Sumarni"
    assert first.attendance.walk_in_phone == "0812 3456"
    assert first.attendance.user is None and first.attendance.is_walk_in
    assert Attendance.objects.count() == 2


def test_nobody_checks_in_to_a_cancelled_session(resident, facilitator):
    session = WorkshopSessionFactory(status=WorkshopSession.Status.CANCELLED)
    with pytest.raises(sessions.SessionCancelled):
        sessions.check_in(session, resident, method=Attendance.Method.SELF)
    with pytest.raises(sessions.SessionCancelled):
        sessions.record_walk_in(
            session, name="Pak Darto", rw=2, method=Attendance.Method.FACILITATOR, by=facilitator
        )
    assert not Attendance.objects.exists()


def test_a_check_in_code_works_only_for_its_session_and_only_for_a_while():
    session, other = WorkshopSessionFactory(), WorkshopSessionFactory()
    token = sessions.check_in_token(session)

    sessions.verify_check_in_token(session, token)
    with pytest.raises(sessions.InvalidCheckInCode):
        sessions.verify_check_in_token(other, token)
    with pytest.raises(sessions.InvalidCheckInCode):
        sessions.verify_check_in_token(session, token[:-2] + "xx")
    with pytest.raises(sessions.InvalidCheckInCode):
        sessions.verify_check_in_token(session, "not-a-code")
    later = signing.time.time() + sessions.CHECK_IN_TOKEN_MINUTES * 60 + 1
    with (
        mock.patch("django.core.signing.time.time", return_value=later),
        pytest.raises(sessions.InvalidCheckInCode),
    ):
        sessions.verify_check_in_token(session, token)


def test_a_check_in_code_cannot_be_forged_from_another_salt():
    session = WorkshopSessionFactory()
    forged = signing.TimestampSigner().sign(str(session.pk))
    with pytest.raises(sessions.InvalidCheckInCode):
        sessions.verify_check_in_token(session, forged)


def test_a_blended_module_completes_only_after_attending_one_of_its_sessions(
    make_module, resident, facilitator
):
    module = make_module(lessons=1, quiz=False, requires_attendance=True)
    session = WorkshopSessionFactory(module=module, in_progress=True)
    outcome = learning.complete_lesson(resident, module, lessons_of(module)[0])
    assert not outcome.module_completed_now

    sessions.check_in(session, resident, method=Attendance.Method.FACILITATOR, by=facilitator)

    enrolment = Enrolment.objects.get(user=resident, module=module)
    assert enrolment.completed_at is not None
    assert resident.certificates.filter(module=module).count() == 1


def test_attending_first_then_finishing_the_lessons_completes_a_blended_module(
    make_module, resident
):
    module = make_module(lessons=1, quiz=False, requires_attendance=True)
    sessions.check_in(
        WorkshopSessionFactory(module=module, in_progress=True), resident, method="self"
    )

    assert learning.complete_lesson(resident, module, lessons_of(module)[0]).module_completed_now


def test_a_session_of_another_module_does_not_count(make_module, resident):
    blended = make_module(lessons=1, quiz=False, requires_attendance=True)
    other = make_module(lessons=1, quiz=False)
    sessions.check_in(
        WorkshopSessionFactory(module=other, in_progress=True), resident, method="self"
    )

    assert not learning.complete_lesson(
        resident, blended, lessons_of(blended)[0]
    ).module_completed_now


def test_a_registration_for_a_past_session_cannot_be_cancelled(resident):
    session = WorkshopSessionFactory()
    sessions.register(resident, session)
    WorkshopSession.objects.filter(pk=session.pk).update(status=WorkshopSession.Status.HELD)
    session.refresh_from_db()

    with pytest.raises(sessions.SessionClosed):
        sessions.cancel_registration(resident, session)
    assert Registration.objects.get().status == REGISTERED
