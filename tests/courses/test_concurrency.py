"""Double clicks and concurrent requests give exactly one row and no error."""

import pytest
from django.test import Client

from courses import services
from courses.models import Enrolment, LessonCompletion

from ..helpers import THREADS, lessons_of, run_concurrently

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_concurrent_enrol_requests_make_one_enrolment(module, resident):
    statuses = []

    def enrol():
        client = Client()
        client.force_login(resident)
        statuses.append(client.post(f"/modules/{module.pk}/enrol/").status_code)

    assert run_concurrently(enrol) == []
    assert statuses == [302] * THREADS
    assert Enrolment.objects.filter(user=resident, module=module).count() == 1


def test_concurrent_completions_make_one_row_and_complete_the_module_once(
    make_module, resident, monkeypatch
):
    module = make_module(lessons=1, quiz=False)
    lesson = lessons_of(module)[0]
    issued = []
    monkeypatch.setattr(
        "certificates.services.issue_for_completion", lambda user, module: issued.append(1)
    )

    assert run_concurrently(lambda: services.complete_lesson(resident, module, lesson)) == []
    assert LessonCompletion.objects.filter(user=resident, lesson=lesson).count() == 1
    assert Enrolment.objects.get(user=resident, module=module).completed_at is not None
    assert issued == [1]
