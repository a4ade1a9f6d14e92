"""The attempt limit and the waiting time hold when 20 submissions of one learner arrive at
once (run it on PostgreSQL too: DATABASE_URL=postgres://…)."""

import pytest

from courses.learning import services
from courses.models import LessonCompletion, QuizAttempt

from ..helpers import lessons_of, right_answers, run_concurrently, wrong_answers

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SUBMISSIONS = 20


def submit_all(resident, module, quiz, answers) -> list[BaseException]:
    errors = run_concurrently(
        lambda: services.submit_quiz(resident, module, quiz, answers), threads=SUBMISSIONS
    )
    return [error for error in errors if not isinstance(error, services.AttemptRefused)]


@pytest.fixture
def quiz(module):
    return lessons_of(module)[-1]


def test_the_waiting_time_lets_one_of_twenty_concurrent_attempts_through(module, quiz, resident):
    assert submit_all(resident, module, quiz, wrong_answers(quiz)) == []
    assert QuizAttempt.objects.filter(user=resident, lesson=quiz).count() == 1


def test_the_attempt_limit_holds_under_twenty_concurrent_attempts(module, quiz, resident):
    quiz.max_attempts, quiz.wait_minutes = 3, 0
    quiz.save()
    assert submit_all(resident, module, quiz, wrong_answers(quiz)) == []
    numbers = QuizAttempt.objects.filter(user=resident, lesson=quiz).values_list("number")
    assert sorted(number for (number,) in numbers) == [1, 2, 3]


def test_twenty_concurrent_passing_attempts_store_one_pass(module, quiz, resident):
    quiz.wait_minutes = 0
    quiz.save()
    assert submit_all(resident, module, quiz, right_answers(quiz)) == []
    assert QuizAttempt.objects.filter(user=resident, lesson=quiz).count() == 1
    assert LessonCompletion.objects.filter(user=resident, lesson=quiz).count() == 1
