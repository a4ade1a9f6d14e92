"""The same quiz form sent twice is one attempt; a new try after the result is another."""

import re

import pytest
from django.test import Client

from courses.models import QuizAttempt

from ..factories import ProfileFactory
from ..helpers import as_post, lessons_of, right_answers, submission_id, wrong_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz(module, client, resident):
    client.force_login(resident)
    return lessons_of(module)[-1]


def test_every_showing_of_the_quiz_form_has_its_own_submission_id(client, quiz):
    first, second = submission_id(client, quiz), submission_id(client, quiz)
    assert first != second


def test_sending_the_same_form_again_keeps_one_attempt_and_shows_its_result(client, quiz):
    form = {**as_post(wrong_answers(quiz)), "submission": submission_id(client, quiz)}
    first = client.post(f"/lessons/{quiz.pk}/quiz/", form)
    # The second send carries other answers (the page changed under a slow tap): the first
    # stored attempt stands and is shown again.
    again = client.post(f"/lessons/{quiz.pk}/quiz/", {**form, **as_post(right_answers(quiz))})

    attempt = QuizAttempt.objects.get()
    assert first["Location"] == again["Location"] == f"{quiz.url}?attempt={attempt.pk}#quiz-result"
    assert attempt.score == 0
    assert attempt.submission is not None


def test_trying_again_after_the_result_stores_a_new_attempt(client, quiz):
    first_form = submission_id(client, quiz)
    result = client.post(
        f"/lessons/{quiz.pk}/quiz/", {**as_post(wrong_answers(quiz)), "submission": first_form}
    )
    retry_form = submission_id(client, quiz, result["Location"])
    assert retry_form != first_form

    client.post(
        f"/lessons/{quiz.pk}/quiz/", {**as_post(right_answers(quiz)), "submission": retry_form}
    )
    assert sorted(QuizAttempt.objects.values_list("score", flat=True)) == [0, 100]


@pytest.mark.parametrize("submission", [None, "", "not-a-uuid", "<script>", "1" * 500])
def test_a_form_without_a_usable_submission_id_still_records_the_attempt(client, quiz, submission):
    form = as_post(right_answers(quiz))
    if submission is not None:
        form["submission"] = submission
    for _ in range(2):
        response = client.post(f"/lessons/{quiz.pk}/quiz/", form)
        assert response.status_code == 302
    assert QuizAttempt.objects.filter(passed=True).count() == 2


def test_a_submission_id_is_the_residents_own(client, quiz):
    form = {**as_post(wrong_answers(quiz)), "submission": submission_id(client, quiz)}
    client.post(f"/lessons/{quiz.pk}/quiz/", form)
    other = Client()
    other.force_login(ProfileFactory().user)
    other.post(f"/lessons/{quiz.pk}/quiz/", form)
    assert QuizAttempt.objects.count() == 2


def test_an_invalid_form_keeps_its_submission_id_for_the_corrected_send(client, quiz):
    sent = submission_id(client, quiz)
    response = client.post(f"/lessons/{quiz.pk}/quiz/", {"submission": sent})
    assert re.search(rf'name="submission" value="{sent}"', response.content.decode())
    assert not QuizAttempt.objects.exists()
