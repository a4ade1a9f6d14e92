from datetime import timedelta

import pytest
from django.utils import timezone

from courses.learning import services
from courses.learning.progress import module_progress
from courses.learning.quiz import grade
from courses.learning.tasks import recheck_module_completion
from courses.models import Enrolment, LessonCompletion, QuizAttempt

from ..factories import UserFactory
from ..helpers import lessons_of, right_answers, wrong_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def issued(monkeypatch):
    calls = []
    monkeypatch.setattr(
        "certificates.services.issue_for_completion",
        lambda user, module, completed_at: calls.append((user, module)),
    )
    return calls


def test_enrol_twice_gives_one_enrolment(module, resident):
    first = services.enrol(resident, module)
    assert services.enrol(resident, module) == first
    assert Enrolment.objects.count() == 1


def test_completing_a_lesson_enrols_first_and_only_once(module, resident):
    lesson = lessons_of(module)[0]
    services.complete_lesson(resident, module, lesson)
    services.complete_lesson(resident, module, lesson)
    assert Enrolment.objects.filter(user=resident, module=module).count() == 1
    assert LessonCompletion.objects.filter(user=resident, lesson=lesson).count() == 1
    assert Enrolment.objects.get().last_lesson_id == lesson.pk


def test_a_quiz_lesson_cannot_be_marked_done(module, resident):
    with pytest.raises(services.QuizRequired):
        services.complete_lesson(resident, module, lessons_of(module)[-1])


def test_module_completes_once_all_lessons_are_done_and_the_quiz_is_passed(
    module, resident, issued
):
    first, second, quiz = lessons_of(module)
    services.complete_lesson(resident, module, first)
    outcome = services.complete_lesson(resident, module, second)
    assert not outcome.module_completed_now

    an_hour_ago = timezone.now() - timedelta(hours=1)
    failed = services.submit_quiz(resident, module, quiz, wrong_answers(quiz), now=an_hour_ago)
    assert (failed.passed, failed.score) == (False, 0)
    assert not Enrolment.objects.get().completed_at

    passed = services.submit_quiz(resident, module, quiz, right_answers(quiz))
    assert (passed.passed, passed.score) == (True, 100)
    assert Enrolment.objects.get().completed_at is not None
    assert issued == [(resident, module)]

    with pytest.raises(services.AttemptRefused):
        services.submit_quiz(resident, module, quiz, right_answers(quiz))
    assert len(issued) == 1
    assert QuizAttempt.objects.filter(user=resident).count() == 2


def test_multiple_choice_needs_exactly_the_correct_answers(module):
    quiz = lessons_of(module)[-1]
    answers = right_answers(quiz)
    multiple = quiz.quiz[1]
    answers[multiple.id] = answers[multiple.id][:1]
    result = grade(quiz, answers, [])
    assert (result.correct_count, result.score, result.passed) == (1, 50, False)


def test_another_learners_progress_does_not_count(module, resident):
    services.complete_lesson(UserFactory(), module, lessons_of(module)[0])
    assert module_progress(resident, module).done == 0


def test_unpublished_lesson_leaves_the_rules_but_keeps_history(
    make_module, resident, issued, django_capture_on_commit_callbacks
):
    module = make_module(lessons=3, quiz=False)
    first, second, third = lessons_of(module)
    services.complete_lesson(resident, module, first)
    services.complete_lesson(resident, module, second)

    with django_capture_on_commit_callbacks(execute=True):
        third.unpublish()

    assert module_progress(resident, module).total == 2
    assert Enrolment.objects.get().completed_at is not None
    assert issued == [(resident, module)]
    second.unpublish()
    assert LessonCompletion.objects.filter(user=resident).count() == 2


def test_recheck_ignores_unpublished_modules(module, resident):
    services.enrol(resident, module)
    module.unpublish()
    assert recheck_module_completion.call(module.pk) == 0


def test_resume_goes_to_the_last_opened_lesson_then_the_next_not_done(module, resident):
    first, second, third = lessons_of(module)
    services.enrol(resident, module)
    assert module_progress(resident, module).resume_lesson == first
    services.record_visit(resident, module, second)
    assert module_progress(resident, module).resume_lesson == second
    services.complete_lesson(resident, module, second)
    assert module_progress(resident, module).resume_lesson == third
    services.complete_lesson(resident, module, first)
    assert module_progress(resident, module).resume_lesson == third
