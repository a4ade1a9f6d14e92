"""A quiz's assessment settings: when answers are shown, attempts, waiting time, question bank and
shuffling; grading on the server; completions made before these settings stay valid."""

import importlib
import random
from collections import Counter
from datetime import timedelta

import pytest
from django.apps import apps
from django.utils import timezone, translation
from wagtail.blocks.struct_block import StructBlockValidationError

from certificates.models import Certificate
from courses.learning import services
from courses.learning.attempts import quiz_status
from courses.learning.blocks import QuestionBlock
from courses.learning.progress import module_progress
from courses.learning.quiz import attempt_questions, draw
from courses.learning.requirements import completion_requirements
from courses.models import Enrolment, LessonCompletion, LessonPage, QuizAttempt

from ..factories import quiz_question
from ..helpers import as_post, lessons_of, right_answers, wrong_answers

pytestmark = pytest.mark.django_db

EXPLANATION = "Musrenbang terbuka untuk semua warga."
FEEDBACK = "Pengurus RW bukan satu-satunya yang boleh hadir."
Show = LessonPage.ShowAnswers


def bank(size: int) -> list:
    return [
        quiz_question(
            f"Pertanyaan {number}?",
            answers=[(f"Benar {number}", True), (f"Salah {number}", False)],
        )
        for number in range(1, size + 1)
    ]


@pytest.fixture
def quiz(module):
    quiz = lessons_of(module)[-1]
    quiz.quiz = [
        (
            "question",
            {
                "kind": "single",
                "situation": "",
                "question": "Siapa yang boleh ikut musrenbang?",
                "choices": [
                    {"text": "Semua warga", "correct": True, "feedback": "Betul, terbuka."},
                    {"text": "Hanya pengurus RW", "correct": False, "feedback": FEEDBACK},
                ],
                "explanation": EXPLANATION,
            },
        )
    ]
    quiz.save()
    return quiz


def later(minutes: int):
    return timezone.now() + timedelta(minutes=minutes)


def test_the_defaults_do_not_give_answers_away_and_make_a_learner_wait():
    lesson = LessonPage(title="Pelajaran")
    assert lesson.show_answers == Show.AFTER_PASSING
    assert lesson.wait_minutes == 10
    assert lesson.max_attempts is None
    assert lesson.pass_mark == 70
    assert lesson.shuffle_questions and lesson.shuffle_choices


def answers_shown(content: str) -> bool:
    return EXPLANATION in content or FEEDBACK in content or "✓" in content


def test_the_attempt_form_never_carries_answers_explanations_or_feedback(client, quiz, resident):
    client.force_login(resident)
    quiz.show_answers = Show.ALWAYS
    quiz.save()
    content = client.get(quiz.url).content.decode()
    assert 'name="attempt" value="1"' in content
    assert not answers_shown(content)
    assert "Betul, terbuka." not in content
    assert '"correct"' not in content


@pytest.mark.parametrize(
    ("show", "max_attempts", "shown_after_failing"),
    [
        (Show.NEVER, None, False),
        (Show.AFTER_PASSING, None, False),
        (Show.AFTER_LAST_ATTEMPT, 2, False),
        (Show.AFTER_LAST_ATTEMPT, 1, True),
        (Show.ALWAYS, None, True),
    ],
)
def test_answers_appear_after_a_failed_attempt_only_when_the_setting_allows(
    client, quiz, resident, show, max_attempts, shown_after_failing
):
    quiz.show_answers, quiz.max_attempts, quiz.wait_minutes = show, max_attempts, 0
    quiz.save()
    client.force_login(resident)
    response = client.post(f"/lessons/{quiz.pk}/quiz/", as_post(wrong_answers(quiz)), follow=True)
    content = response.content.decode()
    assert answers_shown(content) is shown_after_failing
    assert (FEEDBACK in content) is shown_after_failing


@pytest.mark.parametrize(("show", "shown"), [(Show.NEVER, False), (Show.AFTER_PASSING, True)])
def test_answers_after_passing(client, quiz, resident, show, shown):
    quiz.show_answers = show
    quiz.save()
    client.force_login(resident)
    response = client.post(f"/lessons/{quiz.pk}/quiz/", as_post(right_answers(quiz)), follow=True)
    assert (EXPLANATION in response.content.decode()) is shown


def test_no_new_attempt_starts_while_the_waiting_time_runs(module, quiz, resident):
    quiz.wait_minutes = 15
    quiz.save()
    first = services.submit_quiz(resident, module, quiz, wrong_answers(quiz))
    for minutes in (0, 14):
        with pytest.raises(services.AttemptRefused) as refused:
            services.submit_quiz(resident, module, quiz, right_answers(quiz), now=later(minutes))
        assert refused.value.status.next_attempt_at == first.submitted_at + timedelta(minutes=15)
    second = services.submit_quiz(resident, module, quiz, right_answers(quiz), now=later(16))
    assert (second.number, second.passed) == (2, True)


def test_the_waiting_time_follows_the_patched_clock(module, quiz, resident, monkeypatch):
    services.submit_quiz(resident, module, quiz, wrong_answers(quiz))
    assert not quiz_status(resident, quiz).can_start
    eleven_minutes_on = later(11)
    monkeypatch.setattr(timezone, "now", lambda: eleven_minutes_on)
    assert quiz_status(resident, quiz).can_start
    assert services.submit_quiz(resident, module, quiz, right_answers(quiz)).passed


def test_the_attempt_limit_holds_and_the_last_attempt_can_reveal(module, quiz, resident):
    quiz.max_attempts, quiz.wait_minutes = 2, 0
    quiz.show_answers = Show.AFTER_LAST_ATTEMPT
    quiz.save()
    services.submit_quiz(resident, module, quiz, wrong_answers(quiz))
    assert not quiz_status(resident, quiz).reveals_answers
    services.submit_quiz(resident, module, quiz, wrong_answers(quiz))
    status = quiz_status(resident, quiz)
    assert status.out_of_attempts and status.reveals_answers
    with pytest.raises(services.AttemptRefused):
        services.submit_quiz(resident, module, quiz, right_answers(quiz))
    assert QuizAttempt.objects.count() == 2


def test_a_passed_quiz_takes_no_further_attempts(module, quiz, resident):
    services.submit_quiz(resident, module, quiz, right_answers(quiz))
    with pytest.raises(services.AttemptRefused) as refused:
        services.submit_quiz(resident, module, quiz, right_answers(quiz), now=later(60))
    assert refused.value.status.passed


def test_a_page_during_the_wait_says_when_and_has_no_form(client, module, quiz, resident):
    attempt = services.submit_quiz(resident, module, quiz, wrong_answers(quiz))
    client.force_login(resident)
    content = client.get(quiz.url).content.decode()
    ends = timezone.localtime(attempt.submitted_at + timedelta(minutes=quiz.wait_minutes))
    assert ends.strftime("%H:%M") in content
    assert f'action="/lessons/{quiz.pk}/quiz/"' not in content


def test_each_attempt_draws_its_questions_from_the_bank(module, resident):
    quiz = lessons_of(module)[-1]
    quiz.quiz, quiz.questions_per_attempt, quiz.wait_minutes = bank(6), 3, 0
    quiz.save()
    shown = attempt_questions(quiz, resident.pk, 1)
    assert len(shown) == 3
    assert attempt_questions(quiz, resident.pk, 1) == shown  # a reload shows the same
    answers = {question.id: [question.choices[0][0]] for question in shown}
    attempt = services.submit_quiz(resident, module, quiz, answers)
    assert attempt.question_ids == [question.id for question in shown]
    assert len(attempt.answers) == 3


def test_questions_and_answers_are_shuffled_per_attempt_and_stable_within_it(module, resident):
    quiz = lessons_of(module)[-1]
    quiz.quiz = bank(8)
    quiz.save()
    orders = {tuple(q.id for q in attempt_questions(quiz, resident.pk, n)) for n in range(1, 6)}
    assert len(orders) > 1
    quiz.shuffle_questions = quiz.shuffle_choices = False
    written = [question.id for question in quiz.quiz]
    fixed = attempt_questions(quiz, resident.pk, 3)
    assert [question.id for question in fixed] == written
    assert [text for _id, text in fixed[0].choices] == ["Benar 1", "Salah 1"]


def test_the_bank_draw_is_uniform():
    """Chi-square over 6,000 draws of 4 from 12 questions, with a fixed seed: each question
    should be drawn 2,000 times; 31.26 is the 0.1 % critical value for 11 degrees of freedom."""
    questions = [f"q{number}" for number in range(12)]
    seeds = random.Random(2026)  # noqa: S311 - reproducible test data
    counts = Counter()
    for _ in range(6000):
        counts.update(draw(questions, 4, True, seeds.getrandbits(64)))
    expected = 6000 * 4 / 12
    chi_square = sum((counts[q] - expected) ** 2 / expected for q in questions)
    assert chi_square < 31.26, counts


def test_a_bank_larger_than_the_quiz_is_refused(module):
    quiz = lessons_of(module)[-1]
    quiz.questions_per_attempt = 5
    with pytest.raises(Exception, match="questions_per_attempt"):
        quiz.full_clean()


def test_a_scenario_question_needs_its_situation_and_one_correct_answer():
    block = QuestionBlock()
    value = {
        "kind": "scenario",
        "situation": "",
        "question": "Apa langkah pertama?",
        "choices": [
            {"text": "Lapor lewat JAKI", "correct": True, "feedback": ""},
            {"text": "Menunggu", "correct": False, "feedback": ""},
        ],
        "explanation": "",
    }
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python(value))
    value["situation"] = "Lampu jalan di gang Anda mati sudah seminggu."
    assert block.clean(block.to_python(value))["situation"]


def test_a_scenario_question_shows_its_situation_above_the_question(client, module, resident):
    quiz = lessons_of(module)[-1]
    situation = "Lampu jalan di gang Anda mati sudah seminggu."
    quiz.quiz = [
        (
            "question",
            {
                "kind": "scenario",
                "situation": situation,
                "question": "Apa langkah pertama?",
                "choices": [
                    {"text": "Lapor lewat JAKI", "correct": True, "feedback": ""},
                    {"text": "Menunggu", "correct": False, "feedback": ""},
                ],
                "explanation": "",
            },
        )
    ]
    quiz.save()
    client.force_login(resident)
    content = client.get(quiz.url).content.decode()
    assert content.index(situation) < content.index("Apa langkah pertama?")
    assert 'aria-describedby="id_q-' in content


def test_the_module_page_says_what_completing_it_needs(make_module):
    module = make_module(lessons=3)
    with translation.override("en"):
        text = completion_requirements(module, lessons_of(module))
    assert text == "To complete this module: finish 3 lessons and pass 1 quiz (pass mark 70%)."


def test_a_completion_under_the_old_rules_stands(module, resident):
    """An attempt from before question banks (no questions recorded) and the completion it led
    to keep counting after the quiz gets stricter settings."""
    first, second, quiz = lessons_of(module)
    for lesson in (first, second, quiz):
        LessonCompletion.objects.create(user=resident, lesson=lesson)
    QuizAttempt.objects.create(
        user=resident, lesson=quiz, number=1, answers=right_answers(quiz), score=100, passed=True
    )
    Enrolment.objects.create(user=resident, module=module, completed_at=timezone.now())
    quiz.max_attempts, quiz.questions_per_attempt, quiz.pass_mark = 1, 1, 100
    quiz.save()

    progress = module_progress(resident, module)
    assert progress.is_complete and progress.all_lessons_done
    assert not services.record_completion_if_complete(resident, module)
    assert Enrolment.objects.get().completed_at is not None


def test_the_migration_numbers_existing_attempts_in_the_order_they_were_made(module, resident):
    quiz = lessons_of(module)[-1]
    now = timezone.now()
    for number, days_ago in ((30, 1), (10, 3), (20, 2)):
        QuizAttempt.objects.create(
            user=resident,
            lesson=quiz,
            number=number,
            answers={},
            score=0,
            passed=False,
            submitted_at=now - timedelta(days=days_ago),
        )
    migration = importlib.import_module("courses.migrations.0012_assessment_settings")
    migration.number_existing_attempts(apps, None)
    numbers = QuizAttempt.objects.order_by("submitted_at").values_list("number", flat=True)
    assert list(numbers) == [1, 2, 3]


def test_a_certificate_issued_late_is_dated_the_day_of_completion(module, resident):
    completed = timezone.now() - timedelta(days=5)
    Enrolment.objects.create(user=resident, module=module, completed_at=completed)
    assert services.issue_missing_certificates() == 1
    certificate = Certificate.objects.get(recipient=resident)
    assert certificate.completed_on == timezone.localdate(completed)


def test_grading_stays_on_the_server_for_a_drawn_attempt(module, resident):
    quiz = lessons_of(module)[-1]
    quiz.quiz, quiz.questions_per_attempt = bank(4), 2
    quiz.save()
    shown = attempt_questions(quiz, resident.pk, 1)
    hidden = next(q for q in quiz.quiz if q.id not in {question.id for question in shown})
    # Answers to a question not drawn for the attempt do not count.
    answers = {hidden.id: [hidden.value["choices"].bound_blocks[0].id]}
    attempt = services.submit_quiz(resident, module, quiz, answers)
    assert (attempt.score, attempt.passed) == (0, False)
