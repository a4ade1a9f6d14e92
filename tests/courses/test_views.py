import pytest
from bs4 import BeautifulSoup
from django.test import Client

from courses.models import Enrolment, LessonCompletion, QuizAttempt, Topic

from ..factories import UserFactory
from ..helpers import as_post, lessons_of, right_answers, wrong_answers

pytestmark = pytest.mark.django_db


def test_catalogue_lists_modules_with_facts_and_filters_by_topic(client, make_module, catalogue):
    make_module(title="Anggaran RW")
    project = Topic.objects.get(slug="proyek", locale__language_code="id")
    make_module(title="Proyek Kerja Bakti", topic=project)

    content = client.get("/modul/").content.decode()
    assert "Anggaran RW" in content and "Proyek Kerja Bakti" in content
    assert "3 pelajaran" in content

    filtered = client.get("/modul/", {"topik": "proyek"}).content.decode()
    assert "Proyek Kerja Bakti" in filtered
    assert "Anggaran RW" not in filtered


def test_catalogue_shows_a_learners_progress(client, module, resident):
    client.force_login(resident)
    client.post(f"/lessons/{lessons_of(module)[0].pk}/complete/")
    assert "1 dari 3 pelajaran selesai" in client.get("/modul/").content.decode()


def test_anonymous_visitor_reads_the_first_lesson_and_is_asked_to_sign_up_for_the_next(
    client, module
):
    first, second, _quiz = lessons_of(module)
    module_page = client.get(module.url).content.decode()
    assert f'href="{first.url}">Mulai</a>' in module_page

    response = client.get(first.url)
    assert response.status_code == 200
    assert "Buat akun gratis" in response.content.decode()

    response = client.get(second.url)
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/signup/?next={second.url.replace('/', '%2F')}"


def test_one_click_enrolment_starts_the_first_lesson(client, module, resident):
    client.force_login(resident)
    assert 'action="/modules/' in client.get(module.url).content.decode()
    response = client.post(f"/modules/{module.pk}/enrol/")
    assert response["Location"] == lessons_of(module)[0].url
    client.post(f"/modules/{module.pk}/enrol/")
    assert Enrolment.objects.filter(user=resident).count() == 1
    assert "Lanjutkan" in client.get(module.url).content.decode()


def test_state_changes_need_post(client, module, resident):
    client.force_login(resident)
    assert client.get(f"/modules/{module.pk}/enrol/").status_code == 405
    assert client.get(f"/lessons/{lessons_of(module)[0].pk}/complete/").status_code == 405


def test_state_changes_need_a_csrf_token(module, resident):
    client = Client(enforce_csrf_checks=True)
    client.force_login(resident)
    assert client.post(f"/lessons/{lessons_of(module)[0].pk}/complete/").status_code == 403
    assert not LessonCompletion.objects.exists()


def test_anonymous_post_is_sent_to_log_in(client, module):
    response = client.post(f"/lessons/{lessons_of(module)[0].pk}/complete/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_mark_done_moves_to_the_next_lesson_and_shows_state(client, module, resident):
    first, second, _quiz = lessons_of(module)
    client.force_login(resident)
    response = client.post(f"/lessons/{first.pk}/complete/")
    assert response["Location"] == second.url
    assert "Anda sudah menyelesaikan pelajaran ini." in client.get(first.url).content.decode()
    assert "lesson-list__item--done" in client.get(module.url).content.decode()


@pytest.mark.parametrize(
    "target", ["unpublished", "not_a_lesson", "missing", "module_unpublished"]
)
def test_complete_returns_404_for_lessons_that_are_not_live(client, module, resident, target):
    first = lessons_of(module)[0]
    lesson_id = {
        "unpublished": first.pk,
        "not_a_lesson": module.pk,
        "missing": 999999,
        "module_unpublished": first.pk,
    }[target]
    if target == "unpublished":
        first.unpublish()
    if target == "module_unpublished":
        module.unpublish()
    client.force_login(resident)
    assert client.post(f"/lessons/{lesson_id}/complete/").status_code == 404
    assert client.post(f"/lessons/{lesson_id}/quiz/", {}).status_code == 404


def test_marking_a_quiz_lesson_done_explains_the_quiz(client, module, resident):
    client.force_login(resident)
    quiz = lessons_of(module)[-1]
    response = client.post(f"/lessons/{quiz.pk}/complete/", follow=True)
    assert "Pelajaran ini selesai jika Anda lulus kuisnya." in response.content.decode()
    assert not LessonCompletion.objects.exists()


def test_correct_answers_are_not_sent_before_submission(client, module, resident):
    client.force_login(resident)
    quiz = lessons_of(module)[-1]
    content = client.get(quiz.url).content.decode()
    assert "Semua warga" in content
    assert "Musrenbang terbuka untuk semua warga." not in content
    assert "jawaban benar" not in content
    assert '"correct"' not in content


def test_failed_quiz_shows_the_score_but_neither_answers_nor_a_retry_during_the_wait(
    client, module, resident
):
    client.force_login(resident)
    quiz = lessons_of(module)[-1]
    response = client.post(f"/lessons/{quiz.pk}/quiz/", as_post(wrong_answers(quiz)), follow=True)
    content = response.content.decode()
    assert "Nilai Anda: 0%" in content
    assert "Musrenbang terbuka untuk semua warga." not in content
    assert "✓" not in content
    assert f'action="/lessons/{quiz.pk}/quiz/"' not in content
    assert not LessonCompletion.objects.exists()


def test_failed_quiz_without_a_waiting_time_offers_a_retry(client, module, resident):
    client.force_login(resident)
    quiz = lessons_of(module)[-1]
    quiz.wait_minutes = 0
    quiz.save()
    response = client.post(f"/lessons/{quiz.pk}/quiz/", as_post(wrong_answers(quiz)), follow=True)
    assert "Coba lagi" in response.content.decode()


def test_passing_the_quiz_completes_the_lesson_and_the_module(client, module, resident):
    client.force_login(resident)
    first, second, quiz = lessons_of(module)
    client.post(f"/lessons/{first.pk}/complete/")
    client.post(f"/lessons/{second.pk}/complete/")
    response = client.post(f"/lessons/{quiz.pk}/quiz/", as_post(right_answers(quiz)), follow=True)
    assert "Nilai Anda: 100%" in response.content.decode()
    assert Enrolment.objects.get(user=resident).completed_at is not None
    assert "Anda sudah menyelesaikan modul ini." in client.get(module.url).content.decode()


@pytest.mark.parametrize(
    "tamper",
    ["missing", "unknown_choice", "unknown_question", "choice_of_other_question", "not_a_list"],
)
def test_malformed_quiz_submissions_get_a_form_error(client, module, resident, tamper):
    client.force_login(resident)
    quiz = lessons_of(module)[-1]
    answers = as_post(right_answers(quiz))
    first_field, second_field = list(answers)
    if tamper == "missing":
        del answers[second_field]
    elif tamper == "unknown_choice":
        answers[first_field] = ["00000000-0000-0000-0000-000000000000"]
    elif tamper == "unknown_question":
        answers = {"q-bogus": answers[first_field]}
    elif tamper == "choice_of_other_question":
        answers[first_field] = answers[second_field][:1]
    elif tamper == "not_a_list":
        answers[second_field] = "<script>alert(1)</script>"
    response = client.post(f"/lessons/{quiz.pk}/quiz/", answers)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Silakan periksa formulir:" in content
    assert "<script>alert(1)</script>" not in content
    assert not QuizAttempt.objects.exists()


def test_quiz_endpoint_refuses_lessons_without_a_quiz(client, module, resident):
    client.force_login(resident)
    assert client.post(f"/lessons/{lessons_of(module)[0].pk}/quiz/", {}).status_code == 404


def test_a_learner_never_sees_another_learners_attempt(client, module, resident):
    quiz = lessons_of(module)[-1]
    other = Client()
    other.force_login(UserFactory())
    location = other.post(f"/lessons/{quiz.pk}/quiz/", as_post(wrong_answers(quiz)))["Location"]
    client.force_login(resident)
    content = client.get(location).content.decode()
    assert "Nilai Anda" not in content


def test_my_learning_needs_login_and_lists_progress(client, make_module, resident):
    assert client.get("/learning/").status_code == 302
    started = make_module(title="Modul Berjalan", quiz=False)
    finished = make_module(title="Modul Tamat", lessons=1, quiz=False)
    client.force_login(resident)
    client.post(f"/lessons/{lessons_of(started)[0].pk}/complete/")
    client.post(f"/lessons/{lessons_of(finished)[0].pk}/complete/")
    content = client.get("/learning/").content.decode()
    assert "Modul Berjalan" in content and "1 dari 3 pelajaran selesai" in content
    assert "Modul Tamat" in content and "Selesai pada" in content


def test_a_quiz_error_links_to_its_question_and_is_tied_to_it(client, module, resident):
    client.force_login(resident)
    quiz = lessons_of(module)[-1]
    answers = as_post(right_answers(quiz))
    unanswered = list(answers)[-1]
    del answers[unanswered]
    page = BeautifulSoup(client.post(f"/lessons/{quiz.pk}/quiz/", answers).content, "html.parser")
    question = page.find("fieldset", id=f"id_{unanswered}")
    assert f"#id_{unanswered}" in [link["href"] for link in page.select(".form-errors a")]
    described_by = question["aria-describedby"].split()
    assert f"id_{unanswered}_error" in described_by
    assert all(question.find(id=id_) is not None for id_ in described_by)
