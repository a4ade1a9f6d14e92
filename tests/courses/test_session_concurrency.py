"""Many residents at once for the last seats; many taps on one check-in."""

import pytest

from courses.models import Attendance, Registration
from courses.workshops import services as sessions

from ..factories import ProfileFactory, WorkshopSessionFactory
from ..helpers import THREADS, concurrent_posts, run_concurrently

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_concurrent_registrations_never_exceed_the_capacity():
    session = WorkshopSessionFactory(capacity=3)
    people = iter([ProfileFactory().user for _ in range(THREADS)])

    assert run_concurrently(lambda: sessions.register(next(people), session)) == []
    statuses = list(Registration.objects.values_list("status", flat=True))
    assert statuses.count(Registration.Status.REGISTERED) == 3
    assert statuses.count(Registration.Status.WAITLISTED) == THREADS - 3


def test_residents_tapping_register_twice_at_once_get_one_registration_each():
    session = WorkshopSessionFactory(capacity=2)
    residents = [ProfileFactory().user for _ in range(THREADS // 2)]

    statuses = concurrent_posts(residents, f"/sessions/{session.pk}/register/")

    assert statuses == [302] * THREADS
    registrations = Registration.objects.filter(session=session)
    assert sorted(registrations.values_list("user", flat=True)) == sorted(r.pk for r in residents)
    assert registrations.filter(status=Registration.Status.REGISTERED).count() == 2
    assert registrations.filter(status=Registration.Status.WAITLISTED).count() == THREADS // 2 - 2


def test_concurrent_check_ins_of_one_person_give_one_attendance(resident):
    session = WorkshopSessionFactory(in_progress=True)

    assert run_concurrently(lambda: sessions.check_in(session, resident, method="self")) == []
    assert Attendance.objects.filter(session=session, user=resident).count() == 1


def test_many_taps_on_the_check_in_button_give_one_attendance(resident):
    session = WorkshopSessionFactory(in_progress=True)
    path = f"/sessions/{session.pk}/check-in/{sessions.check_in_token(session)}/"

    statuses = concurrent_posts(resident, path)

    assert statuses == [200] * THREADS
    assert Attendance.objects.filter(session=session, user=resident).count() == 1
