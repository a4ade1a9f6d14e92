"""Many residents at once for the last seats; many taps on one check-in."""

import pytest

from courses import sessions
from courses.models import Attendance, Registration

from ..factories import ProfileFactory, WorkshopSessionFactory
from ..helpers import THREADS, run_concurrently

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_concurrent_registrations_never_exceed_the_capacity():
    session = WorkshopSessionFactory(capacity=3)
    people = iter([ProfileFactory().user for _ in range(THREADS)])

    assert run_concurrently(lambda: sessions.register(next(people), session)) == []
    statuses = list(Registration.objects.values_list("status", flat=True))
    assert statuses.count(Registration.Status.REGISTERED) == 3
    assert statuses.count(Registration.Status.WAITLISTED) == THREADS - 3


def test_concurrent_check_ins_of_one_person_give_one_attendance(resident):
    session = WorkshopSessionFactory()

    assert run_concurrently(lambda: sessions.check_in(session, resident, method="self")) == []
    assert Attendance.objects.filter(session=session, user=resident).count() == 1
