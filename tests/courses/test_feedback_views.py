"""The optional survey after a completed module or an attended session: answer, edit for a
week, skip; only those who completed or attended are asked."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from courses.learning import services
from courses.models import Attendance, Enrolment, Feedback
from courses.workshops import services as sessions

from ..factories import UserFactory, WorkshopSessionFactory
from ..helpers import as_post, lessons_of, right_answers

pytestmark = pytest.mark.django_db

ANSWERS = {"satisfaction": "5", "usefulness": "4", "clarity": "3", "comment": "Jelas sekali."}


@pytest.fixture
def completed(make_module, resident, client):
    """A one-lesson module the resident has completed; the resident is signed in."""
    module = make_module(lessons=1, quiz=False, title="Anggaran RW")
    services.complete_lesson(resident, module, lessons_of(module)[0])
    client.force_login(resident)
    return module


def form_url(module, prefix="/en"):
    return f"{prefix}/learning/feedback/module/{module.pk}/"


def test_completing_the_last_lesson_opens_the_feedback_form(client, make_module, resident):
    module = make_module(lessons=1, quiz=False)
    client.force_login(resident)
    response = client.post(f"/lessons/{lessons_of(module)[0].pk}/complete/")
    assert response["Location"] == form_url(module, prefix="")


def test_passing_the_final_quiz_shows_a_feedback_link(client, make_module, resident):
    module = make_module(lessons=1)
    quiz = lessons_of(module)[0]
    client.force_login(resident)
    response = client.post(f"/lessons/{quiz.pk}/quiz/", as_post(right_answers(quiz)), follow=True)
    assert f'href="{form_url(module, prefix="")}"' in response.content.decode()
    client.post(form_url(module), {"skip": "1"})
    assert form_url(module, prefix="") not in client.get(quiz.url).content.decode()


def test_the_form_says_it_is_optional_with_labelled_radio_groups(client, completed):
    content = client.get(form_url(completed)).content.decode()
    assert "About: Anggaran RW" in content
    assert "skipping never affects your certificate" in content
    assert "<legend>Overall, how satisfied are you?</legend>" in content
    assert "1 – very unsatisfied" in content and "5 – very satisfied" in content
    assert "Officials may read my comment" in content
    assert 'name="skip"' in content


def test_answers_are_saved_and_the_dashboard_says_thank_you(client, completed, resident):
    assert form_url(completed, prefix="") in client.get("/learning/").content.decode()
    response = client.post(form_url(completed), {**ANSWERS, "share_comment": "on"}, follow=True)
    assert response.redirect_chain[-1][0] == "/en/learning/"
    assert "Thank you! Your answers help us improve the training." in response.content.decode()
    assert "Tell us what you thought" not in response.content.decode()
    saved = Feedback.objects.get(user=resident, module=completed)
    assert (saved.satisfaction, saved.usefulness, saved.clarity) == (5, 4, 3)
    assert saved.comment == "Jelas sekali." and saved.share_comment and not saved.skipped


def test_answers_can_be_changed_within_a_week(client, completed, resident):
    client.post(form_url(completed), ANSWERS)
    content = client.get(form_url(completed)).content.decode()
    assert 'value="5" id="id_satisfaction_4" required checked>' in content
    assert "Jelas sekali." in content
    assert "You can change your answers until" in content and 'name="skip"' not in content
    client.post(form_url(completed), {**ANSWERS, "clarity": "5", "comment": ""})
    saved = Feedback.objects.get(user=resident)
    assert saved.clarity == 5 and saved.comment == ""


def test_skipping_is_remembered_and_never_blocks_anything(client, completed, resident):
    response = client.post(form_url(completed), {"skip": "1"}, follow=True)
    assert "We will not ask about this again." in response.content.decode()
    assert "Tell us what you thought" not in response.content.decode()
    skipped = Feedback.objects.get(user=resident)
    assert skipped.skipped and skipped.satisfaction is None
    assert Enrolment.objects.get(user=resident).completed_at is not None


def test_answers_are_fixed_after_a_week(client, completed, resident):
    client.post(form_url(completed), ANSWERS)
    Feedback.objects.update(submitted_at=timezone.now() - timedelta(days=8))
    content = client.get(form_url(completed)).content.decode()
    assert "Your answers are fixed after a week" in content
    assert 'type="submit"' not in content.split('class="form feedback-form"')[1]
    assert 'id="id_satisfaction_4" required disabled checked>' in content
    response = client.post(form_url(completed), {**ANSWERS, "satisfaction": "1"})
    assert response.status_code == 200
    assert "Your answers are fixed after a week" in response.content.decode()
    assert Feedback.objects.get(user=resident).satisfaction == 5


@pytest.mark.parametrize("value", ["0", "6", "abc", ""])
def test_invalid_ratings_show_errors_and_store_nothing(client, completed, value):
    response = client.post(form_url(completed), {**ANSWERS, "usefulness": value})
    content = response.content.decode()
    assert response.status_code == 200
    assert "Please check the form:" in content
    assert 'href="#id_usefulness"' in content and 'id="id_usefulness"' in content
    assert 'aria-describedby="id_usefulness_error"' in content
    assert "Choose one answer from 1 to 5." in content
    assert not Feedback.objects.exists()


def test_a_comment_longer_than_2000_characters_is_refused(client, completed):
    response = client.post(form_url(completed), {**ANSWERS, "comment": "a" * 2001})
    assert "Please shorten your comment to at most 2000 characters." in response.content.decode()
    assert not Feedback.objects.exists()


def test_only_those_who_completed_are_asked(client, completed, make_module):
    other = Client()
    other.force_login(UserFactory())
    assert other.get(form_url(completed)).status_code == 404
    assert other.post(form_url(completed), ANSWERS).status_code == 404
    assert other.post(form_url(completed), {"skip": "1"}).status_code == 404
    started = make_module(title="Belum selesai")
    assert client.get(form_url(started)).status_code == 404
    assert client.get("/en/learning/feedback/module/999999/").status_code == 404
    assert client.get("/en/learning/feedback/session/999999/").status_code == 404
    assert not Feedback.objects.exists()


def test_the_form_needs_a_signed_in_resident(completed):
    for method in (Client().get, Client().post):
        response = method(form_url(completed, prefix=""))
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


def test_attendees_give_feedback_on_the_session(client, resident):
    session = WorkshopSessionFactory(title="Lokakarya musrenbang", in_progress=True)
    target = f"/en/learning/feedback/session/{session.pk}/"
    client.force_login(resident)
    assert client.get(target).status_code == 404
    sessions.check_in(session, resident, method=Attendance.Method.SELF)
    dashboard = client.get("/en/learning/").content.decode()
    assert "The session “Lokakarya musrenbang”" in dashboard and target in dashboard
    assert "About: Lokakarya musrenbang" in client.get(target).content.decode()
    client.post(target, ANSWERS)
    assert Feedback.objects.get(user=resident, session=session).satisfaction == 5
    assert target not in client.get("/en/learning/").content.decode()
