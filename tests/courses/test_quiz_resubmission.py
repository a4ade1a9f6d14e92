"""The same quiz form sent twice is one attempt; a new try after the result is another."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from courses.models import QuizAttempt

from ..factories import ProfileFactory
from ..helpers import as_post, attempt_number, lessons_of, right_answers, wrong_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz(module, client, resident):
    client.force_login(resident)
    quiz = lessons_of(module)[-1]
    quiz.wait_minutes = 0
    quiz.save()
    return quiz


def test_the_form_names_the_next_attempt(client, quiz):
    assert attempt_number(client, quiz) == attempt_number(client, quiz) == "1"
    client.post(f"/lessons/{quiz.pk}/quiz/", {**as_post(wrong_answers(quiz)), "attempt": "1"})
    assert attempt_number(client, quiz) == "2"


def test_sending_the_same_form_again_keeps_one_attempt_and_shows_its_result(client, quiz):
    form = {**as_post(wrong_answers(quiz)), "attempt": attempt_number(client, quiz)}
    first = client.post(f"/lessons/{quiz.pk}/quiz/", form)
    # The second send carries other answers (the page changed under a slow tap): the first
    # stored attempt stands and is shown again.
    again = client.post(f"/lessons/{quiz.pk}/quiz/", {**form, **as_post(right_answers(quiz))})

    attempt = QuizAttempt.objects.get()
    assert first["Location"] == again["Location"] == f"{quiz.url}?attempt={attempt.pk}#quiz-result"
    assert (attempt.score, attempt.number) == (0, 1)


def test_trying_again_after_the_result_stores_a_new_attempt(client, quiz):
    first_form = attempt_number(client, quiz)
    result = client.post(
        f"/lessons/{quiz.pk}/quiz/", {**as_post(wrong_answers(quiz)), "attempt": first_form}
    )
    retry_form = attempt_number(client, quiz, result["Location"])
    assert retry_form != first_form

    client.post(
        f"/lessons/{quiz.pk}/quiz/", {**as_post(right_answers(quiz)), "attempt": retry_form}
    )
    assert sorted(QuizAttempt.objects.values_list("number", "score")) == [(1, 0), (2, 100)]


@pytest.mark.parametrize("number", [None, "", "not-a-number", "<script>", "1" * 500, "-1", "0"])
def test_a_form_without_a_usable_attempt_number_counts_as_the_next_attempt(client, quiz, number):
    form = as_post(right_answers(quiz))
    if number is not None:
        form["attempt"] = number
    response = client.post(f"/lessons/{quiz.pk}/quiz/", form)
    assert response.status_code == 302
    assert QuizAttempt.objects.filter(passed=True, number=1).count() == 1


def test_an_attempt_number_is_the_residents_own(client, quiz):
    form = {**as_post(wrong_answers(quiz)), "attempt": attempt_number(client, quiz)}
    client.post(f"/lessons/{quiz.pk}/quiz/", form)
    other = Client()
    other.force_login(ProfileFactory().user)
    other.post(f"/lessons/{quiz.pk}/quiz/", form)
    assert QuizAttempt.objects.count() == 2


def test_an_invalid_form_keeps_its_attempt_number_for_the_corrected_send(client, quiz):
    sent = attempt_number(client, quiz)
    response = client.post(f"/lessons/{quiz.pk}/quiz/", {"attempt": sent})
    assert re.search(rf'name="attempt" value="{sent}"', response.content.decode())
    assert not QuizAttempt.objects.exists()


def test_a_form_sent_while_the_waiting_time_runs_stores_nothing(client, quiz):
    quiz.wait_minutes = 30
    quiz.save()
    client.post(f"/lessons/{quiz.pk}/quiz/", as_post(wrong_answers(quiz)))
    response = client.post(f"/lessons/{quiz.pk}/quiz/", as_post(right_answers(quiz)), follow=True)
    assert response.status_code == 200
    assert QuizAttempt.objects.count() == 1
    QuizAttempt.objects.update(submitted_at=timezone.now() - timedelta(minutes=31))
    client.post(f"/lessons/{quiz.pk}/quiz/", as_post(right_answers(quiz)))
    assert QuizAttempt.objects.filter(passed=True, number=2).exists()
