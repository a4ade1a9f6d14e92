"""What facilitators learn about a module's learners: the funnel, the median time to complete,
each question's first-attempt statistics, attempts per learner, suppression of small groups,
the CSV, who may see it and what it costs in queries."""

import csv
import io
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.learning import services
from courses.models import Enrolment, QuizAttempt
from courses.reports.learning_statistics import module_statistics

from ..factories import LessonPageFactory, ModulePageFactory, ProfileFactory, quiz_question
from ..helpers import lessons_of, right_answers, wrong_answers

pytestmark = pytest.mark.django_db


def learners(count: int) -> list:
    return [ProfileFactory().user for _ in range(count)]


def first_quiz_answers(quiz, right: bool, multiple_right: bool = True):
    answers = right_answers(quiz) if right else wrong_answers(quiz)
    if not multiple_right:
        multiple = quiz.quiz[1].id
        answers[multiple] = wrong_answers(quiz)[multiple]
    return answers


@pytest.fixture
def cohort(module):
    """Ten learners: 6 pass the quiz at once and complete the module, 2 fail it once, and 2
    only open the first lesson."""
    first, second, quiz = lessons_of(module)
    people = learners(10)
    an_hour_ago = timezone.now() - timedelta(hours=1)
    for person in people[:8]:
        services.complete_lesson(person, module, first)
        services.complete_lesson(person, module, second)
    for person in people[:6]:
        services.submit_quiz(person, module, quiz, right_answers(quiz))
    for person in people[6:8]:
        services.submit_quiz(person, module, quiz, wrong_answers(quiz), now=an_hour_ago)
    for person in people[8:]:
        services.enrol(person, module)
        services.record_visit(person, module, first)
    return people


def test_the_funnel_follows_learners_from_enrolment_to_completion(module, cohort):
    statistics = module_statistics(module)
    assert statistics.enrolled.value == 10
    assert [step.reached.value for step in statistics.steps] == [10, 8, 8]
    assert [step.done.value for step in statistics.steps] == [8, 8, 6]
    assert statistics.steps[-1].passed.value == 6
    assert statistics.steps[0].passed is None
    assert statistics.completed.value == 6


def test_the_median_time_to_complete(module, cohort):
    enrolments = Enrolment.objects.filter(completed_at__isnull=False).order_by("pk")
    for days, enrolment in zip([1, 2, 3, 4, 5, 6], enrolments, strict=True):
        Enrolment.objects.filter(pk=enrolment.pk).update(
            enrolled_at=enrolment.completed_at - timedelta(days=days)
        )
    assert module_statistics(module).median_days_to_complete == 3.5


def test_question_statistics_from_first_attempts(module, cohort):
    quiz = module_statistics(module).quizzes[0]
    assert (quiz.learners.value, quiz.attempts) == (8, 8)
    # 2 of the 10 enrolled never tried it: the 8 who did would tell them.
    assert quiz.learners.shown == "x"
    assert quiz.attempts_per_learner is None
    single, multiple = quiz.questions
    assert single.answered == 8
    assert single.right_first_time == 0.75
    assert single.common_wrong_answer == "Hanya pengurus RW"
    # The two lowest scores (27 % of 8 is 2) got it wrong, the two highest right.
    assert single.discrimination == 1.0
    assert multiple.common_wrong_answer == "KTP"


def test_groups_under_five_are_suppressed(module):
    first, _second, quiz = lessons_of(module)
    for person in learners(3):
        services.submit_quiz(person, module, quiz, right_answers(quiz))
    statistics = module_statistics(module)
    assert str(statistics.enrolled) == "<5"
    assert statistics.median_days_to_complete is None
    assert statistics.quizzes[0].attempts_per_learner is None
    assert all(question.suppressed for question in statistics.quizzes[0].questions)
    assert statistics.quizzes[0].questions[0].right_first_time is None


def test_a_module_nobody_has_tried_shows_no_averages(module):
    statistics = module_statistics(module)
    assert statistics.enrolled.value == 0
    assert statistics.median_days_to_complete is None
    assert statistics.quizzes[0].attempts_per_learner is None


def test_the_period_counts_learners_who_enrolled_in_it(module, cohort):
    Enrolment.objects.filter(user__in=cohort[:4]).update(
        enrolled_at=timezone.now() - timedelta(days=400)
    )
    since = timezone.now() - timedelta(days=30)
    assert module_statistics(module, start=since).enrolled.value == 6


def denied(response) -> bool:
    """The admin's answer to a staff member without the permission: back to the dashboard."""
    return response.status_code == 302 and response["Location"] == "/admin/"


@pytest.fixture
def statistics_url(module):
    return f"/admin/learning-statistics/{module.pk}/"


def test_a_facilitator_sees_the_modules_they_facilitate_only(
    client, module, make_module, facilitator, cohort, statistics_url
):
    other = make_module(title="Modul Lain")
    module.facilitators.add(facilitator)
    module.save()
    client.force_login(facilitator)
    listing = client.get("/admin/learning-statistics/").content.decode()
    assert module.title in listing and "Modul Lain" not in listing
    assert client.get(statistics_url).status_code == 200
    assert denied(client.get(f"/admin/learning-statistics/{other.pk}/"))
    assert denied(client.get(f"/admin/learning-statistics/{other.pk}/csv/"))


def test_a_coordinator_sees_every_module_and_an_official_none(
    client, module, coordinator, official, statistics_url
):
    client.force_login(coordinator)
    assert client.get(statistics_url).status_code == 200
    client.force_login(official)
    assert denied(client.get(statistics_url))
    assert denied(client.get("/admin/learning-statistics/"))


def test_residents_and_visitors_are_kept_out(client, resident, statistics_url):
    assert client.get(statistics_url).status_code == 302
    client.force_login(resident)
    assert client.get(statistics_url).status_code in (302, 403)


def test_the_page_shows_the_funnel_and_the_csv_has_the_same_numbers(
    client, module, coordinator, cohort, statistics_url
):
    client.force_login(coordinator)
    page = client.get(statistics_url).content.decode()
    assert "Hanya pengurus RW" in page
    response = client.get(f"{statistics_url}csv/")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    values = {(row[1], row[2]): row[3] for row in rows[1:]}
    assert any(value == "10" for (item, _m), value in values.items() if item == "")
    assert len(rows) > 10


def test_a_bad_period_is_explained_not_an_error(client, coordinator, statistics_url):
    client.force_login(coordinator)
    response = client.get(f"{statistics_url}?start=kemarin&end=2026-13-40")
    assert response.status_code == 200


def test_the_queries_do_not_grow_with_learners(client, module, coordinator, statistics_url):
    client.force_login(coordinator)
    quiz = lessons_of(module)[-1]

    def counted() -> int:
        client.get(statistics_url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(statistics_url).status_code == 200
        return len(queries)

    for person in learners(5):
        services.submit_quiz(person, module, quiz, right_answers(quiz))
    few = counted()
    for person in learners(15):
        services.submit_quiz(person, module, quiz, wrong_answers(quiz))
    assert counted() == few
    assert QuizAttempt.objects.count() == 20


def module_of_quizzes(catalogue, lessons: int, questions: int):
    """A module whose every lesson has a quiz of `questions` questions, tried by 6 learners."""
    module = ModulePageFactory(parent=catalogue)
    for number in range(lessons):
        quiz = [quiz_question(f"Pertanyaan {n}?") for n in range(questions)]
        LessonPageFactory(parent=module, slug=f"pelajaran-{number}", quiz=quiz)
    for person in learners(6):
        for lesson in lessons_of(module):
            services.submit_quiz(person, module, lesson, right_answers(lesson))
    return module


def test_the_queries_do_not_grow_with_lessons_or_questions(catalogue):
    def counted(module) -> int:
        with CaptureQueriesContext(connection) as queries:
            statistics = module_statistics(module)
        assert statistics.quizzes[-1].questions[-1].right_first_time == 1.0
        return len(queries)

    small = counted(module_of_quizzes(catalogue, lessons=1, questions=1))
    assert counted(module_of_quizzes(catalogue, lessons=5, questions=6)) == small
