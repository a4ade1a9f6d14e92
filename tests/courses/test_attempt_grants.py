"""A facilitator of the module, or a coordinator, gives one resident more attempts at a quiz or
ends their waiting time from the admin, with a reason, logged; the attempt rules honour it, also
when the resident's submissions arrive at once; the resident sees it on the quiz."""

from datetime import timedelta

import pytest
from django.utils import timezone

from courses.learning import services
from courses.learning.attempts import quiz_status
from courses.learning.grants import NotEnrolled, grant_attempts
from courses.models import AttemptGrant, QuizAttempt
from courses.personal_data import erase_personal_data, learning_records

from ..helpers import lessons_of, run_concurrently, wrong_answers

URL = "/admin/quiz-attempt-grants/"


@pytest.fixture
def quiz(module):
    quiz = lessons_of(module)[-1]
    quiz.max_attempts, quiz.wait_minutes = 1, 60
    quiz.save()
    return quiz


def fail(resident, module, quiz, now=None):
    return services.submit_quiz(resident, module, quiz, wrong_answers(quiz), now=now)


def grant(resident, module, quiz, by=None, extra=0, ends_wait=False):
    return grant_attempts(
        resident, module, quiz, by=by, extra_attempts=extra, ends_wait=ends_wait, reason="Listrik"
    )


@pytest.mark.django_db
def test_extra_attempts_let_a_resident_who_used_them_all_try_again(module, quiz, resident):
    fail(resident, module, quiz, now=timezone.now() - timedelta(hours=2))
    assert quiz_status(resident, quiz).out_of_attempts
    grant(resident, module, quiz, extra=2)
    status = quiz_status(resident, quiz)
    assert (status.can_start, status.attempts_allowed, status.attempts_left) == (True, 3, 2)
    assert fail(resident, module, quiz).number == 2


@pytest.mark.django_db
def test_ending_the_waiting_time_lets_them_try_at_once_and_only_once(module, quiz, resident):
    quiz.max_attempts = None
    quiz.save()
    fail(resident, module, quiz)
    assert quiz_status(resident, quiz).next_attempt_at is not None
    grant(resident, module, quiz, ends_wait=True)
    assert quiz_status(resident, quiz).can_start
    fail(resident, module, quiz, now=timezone.now() + timedelta(seconds=1))
    assert quiz_status(resident, quiz).next_attempt_at is not None


@pytest.mark.django_db
def test_only_learners_of_the_module_get_attempts(module, quiz, resident):
    with pytest.raises(NotEnrolled):
        grant(resident, module, quiz, extra=1)
    assert not AttemptGrant.objects.exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_one_extra_attempt_stores_one_attempt_under_twenty_concurrent_submissions(
    module, quiz, resident
):
    quiz.wait_minutes = 0
    quiz.save()
    fail(resident, module, quiz)
    grant(resident, module, quiz, extra=1)
    errors = run_concurrently(lambda: fail(resident, module, quiz), threads=20)
    assert [e for e in errors if not isinstance(e, services.AttemptRefused)] == []
    numbers = QuizAttempt.objects.filter(user=resident, lesson=quiz).values_list("number")
    assert sorted(number for (number,) in numbers) == [1, 2]


def post(client, module_quiz, email, **data):
    return client.post(
        URL,
        {
            "email": email,
            "quiz": module_quiz.pk,
            "extra_attempts": 1,
            "reason": "HP rusak",
            **data,
        },
    )


@pytest.mark.django_db
def test_a_facilitator_of_the_module_grants_from_the_admin_and_it_is_logged(
    client, module, quiz, resident, facilitator
):
    module.facilitators.add(facilitator)
    module.save()
    fail(resident, module, quiz)
    client.force_login(facilitator)
    assert client.get(URL).status_code == 200
    response = post(client, quiz, resident.email.upper(), ends_wait="on")
    assert response.status_code == 302
    grant = AttemptGrant.objects.get()
    assert (grant.user, grant.lesson_id, grant.granted_by) == (resident, quiz.pk, facilitator)
    assert (grant.extra_attempts, grant.ends_wait, grant.reason) == (1, True, "HP rusak")
    assert "HP rusak" in client.get(URL).content.decode()


@pytest.mark.django_db
def test_a_facilitator_cannot_grant_in_another_module_and_bad_input_is_explained(
    client, module, quiz, resident, facilitator, coordinator
):
    fail(resident, module, quiz)
    client.force_login(facilitator)
    response = post(client, quiz, resident.email)
    assert response.status_code == 200 and "quiz" in response.context["form"].errors
    client.force_login(coordinator)
    for data in [{"email": "nobody@example.test"}, {"extra_attempts": 0}, {"reason": ""}]:
        response = post(client, quiz, **{"email": resident.email, **data})
        assert response.status_code == 200 and response.context["form"].errors, data
    assert post(client, quiz, coordinator.email).context["form"].errors["email"]
    assert not AttemptGrant.objects.exists()
    assert post(client, quiz, resident.email).status_code == 302


@pytest.mark.django_db
def test_officials_and_residents_are_kept_out(client, resident, official):
    client.force_login(official)
    assert client.get(URL)["Location"] == "/admin/"
    client.force_login(resident)
    assert client.get(URL).status_code in (302, 403)


@pytest.mark.django_db
def test_the_resident_sees_the_extra_attempts_on_the_quiz(client, module, quiz, resident):
    fail(resident, module, quiz, now=timezone.now() - timedelta(hours=2))
    grant(resident, module, quiz, extra=2)
    client.force_login(resident)
    page = client.get(quiz.url).content.decode()
    assert 'class="quiz-extra-attempts"' in page
    assert 'name="attempt" value="2"' in page


@pytest.mark.django_db
def test_the_grant_is_in_the_residents_data_and_its_reason_goes_with_the_account(
    module, quiz, resident
):
    fail(resident, module, quiz)
    grant(resident, module, quiz, extra=1)
    [record] = learning_records(resident)["attempt_grants"]
    assert (record["extra_attempts"], record["reason"]) == (1, "Listrik")
    erase_personal_data(resident)
    assert AttemptGrant.objects.get().reason == ""
