"""Double taps and concurrent requests give exactly one row and no error: THREADS requests at
once through the test client (bench/concurrency.py sends 50 over HTTP to gunicorn)."""

import pytest

from certificates.models import Certificate
from courses.learning import services
from courses.models import Enrolment, LessonCompletion, QuizAttempt

from ..helpers import (
    THREADS,
    as_post,
    attempt_number,
    concurrent_posts,
    lessons_of,
    right_answers,
    run_concurrently,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_concurrent_enrol_requests_make_one_enrolment(module, resident):
    statuses = concurrent_posts(resident, f"/modules/{module.pk}/enrol/")

    assert statuses == [302] * THREADS
    assert Enrolment.objects.filter(user=resident, module=module).count() == 1


def test_concurrent_mark_done_requests_make_one_completion(make_module, resident):
    first = lessons_of(make_module(lessons=2, quiz=False))[0]

    statuses = concurrent_posts(resident, f"/lessons/{first.pk}/complete/")

    assert statuses == [302] * THREADS
    assert LessonCompletion.objects.filter(user=resident, lesson=first).count() == 1
    assert Enrolment.objects.filter(user=resident).count() == 1


def test_the_same_quiz_form_sent_concurrently_is_one_attempt(module, resident, client):
    quiz = lessons_of(module)[-1]
    client.force_login(resident)
    form = {**as_post(right_answers(quiz)), "attempt": attempt_number(client, quiz)}

    statuses = concurrent_posts(resident, f"/lessons/{quiz.pk}/quiz/", form)

    assert statuses == [302] * THREADS
    assert QuizAttempt.objects.filter(user=resident, lesson=quiz).count() == 1
    assert LessonCompletion.objects.filter(user=resident, lesson=quiz).count() == 1


def test_concurrent_completions_of_the_last_lesson_issue_one_certificate(make_module, resident):
    module = make_module(lessons=1, quiz=False)
    lesson = lessons_of(module)[0]

    statuses = concurrent_posts(resident, f"/lessons/{lesson.pk}/complete/")

    assert statuses == [302] * THREADS
    assert Certificate.objects.filter(recipient=resident, module=module).count() == 1
    assert Enrolment.objects.get(user=resident, module=module).completed_at is not None


def test_concurrent_service_completions_complete_the_module_once(
    make_module, resident, monkeypatch
):
    module = make_module(lessons=1, quiz=False)
    lesson = lessons_of(module)[0]
    issued = []
    monkeypatch.setattr(
        "certificates.services.issue_for_completion",
        lambda user, module, completed_at: issued.append(1),
    )

    assert run_concurrently(lambda: services.complete_lesson(resident, module, lesson)) == []
    assert LessonCompletion.objects.filter(user=resident, lesson=lesson).count() == 1
    assert issued == [1]
