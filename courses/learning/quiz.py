"""The questions of an attempt, quiz forms and grading. The form carries only questions and
answer texts with their ids; which answers are correct stays on the server, and the page shows
them only when the quiz's settings allow (see attempts.QuizStatus.reveals_answers)."""

import hashlib
import random
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .blocks import QuestionBlock
from .models import LessonPage

FIELD_PREFIX = "q-"


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    situation: str
    text: str
    choices: list[tuple[str, str]]  # (answer id, answer text), in the order shown


def attempt_seed(user_id: int, lesson_id: int, number: int) -> int:
    """The same number for the same attempt (a reload shows the same questions in the same
    order), unguessable from outside because it includes the secret key."""
    text = f"{settings.SECRET_KEY}:quiz:{user_id}:{lesson_id}:{number}"
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


def draw(question_ids: list[str], count: int | None, shuffle: bool, seed: int) -> list[str]:
    """`count` of the questions (all without a count), each equally likely, in random order when
    `shuffle`, else in the order they were written."""
    rng = random.Random(seed)  # noqa: S311 - reproducible order; the seed holds the secret
    if count and count < len(question_ids):
        chosen = rng.sample(question_ids, count)
        return chosen if shuffle else [qid for qid in question_ids if qid in chosen]
    return rng.sample(question_ids, len(question_ids)) if shuffle else list(question_ids)


def attempt_questions(lesson: LessonPage, user_id: int, number: int) -> list[Question]:
    """The questions of a learner's attempt `number` at the quiz, as the form shows them."""
    seed = attempt_seed(user_id, lesson.pk, number)
    by_id = {question.id: question for question in lesson.quiz}
    chosen = draw(list(by_id), lesson.questions_per_attempt, lesson.shuffle_questions, seed)
    rng = random.Random(seed)  # noqa: S311 - reproducible order; the seed holds the secret
    questions = []
    for question_id in chosen:
        value = by_id[question_id].value
        choices = [(choice.id, choice.value["text"]) for choice in value["choices"].bound_blocks]
        if lesson.shuffle_choices:
            rng.shuffle(choices)
        questions.append(
            Question(question_id, value["kind"], value["situation"], value["question"], choices)
        )
    return questions


class QuizForm(forms.Form):
    # The attempt this form is for: the same form sent twice (a double tap, a resend on a slow
    # connection) is one attempt. A missing or garbled number counts as the next attempt.
    # Read with submitted_number(): a garbled value is not the learner's mistake to correct.
    attempt = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, questions: list[Question], number: int, *args, **kwargs):
        super().__init__(*args, initial={"attempt": number}, **kwargs)
        errors = {
            "required": _("Please answer this question."),
            "invalid_choice": _("That answer is not one of the choices. Please choose again."),
            "invalid_list": _("That answer is not one of the choices. Please choose again."),
        }
        for question in questions:
            if question.kind == QuestionBlock.MULTIPLE:
                field = forms.MultipleChoiceField(
                    widget=forms.CheckboxSelectMultiple,
                    help_text=_("Choose every correct answer."),
                    error_messages=errors,
                )
            else:
                field = forms.ChoiceField(widget=forms.RadioSelect, error_messages=errors)
            field.label = question.text
            field.choices = question.choices
            field.situation = question.situation
            self.fields[f"{FIELD_PREFIX}{question.id}"] = field

    def answers(self) -> dict[str, list[str]]:
        """Question id → chosen answer ids, from valid data."""
        return {
            name.removeprefix(FIELD_PREFIX): value if isinstance(value, list) else [value]
            for name, value in self.cleaned_data.items()
            if name.startswith(FIELD_PREFIX)
        }


def submitted_number(data) -> int | None:
    """The attempt number a sent quiz form names, or None for a missing or garbled one."""
    try:
        number = int(data.get("attempt", ""))
    except ValueError:
        return None
    return number if 0 < number < 32768 else None


@dataclass(frozen=True)
class ChoiceResult:
    text: str
    chosen: bool
    correct: bool
    feedback: str


@dataclass(frozen=True)
class QuestionResult:
    situation: str
    question: str
    choices: list[ChoiceResult]
    explanation: str

    @property
    def is_correct(self) -> bool:
        return all(choice.chosen == choice.correct for choice in self.choices)


@dataclass(frozen=True)
class QuizResult:
    questions: list[QuestionResult]
    pass_mark: int

    @property
    def correct_count(self) -> int:
        return sum(1 for question in self.questions if question.is_correct)

    @property
    def score(self) -> int:
        return round(100 * self.correct_count / len(self.questions)) if self.questions else 0

    @property
    def passed(self) -> bool:
        return bool(self.questions) and self.score >= self.pass_mark


def grade(
    lesson: LessonPage, answers: dict[str, list[str]], question_ids: list[str]
) -> QuizResult:
    """Grade the questions of an attempt (every question of the quiz when `question_ids` is
    empty, as for attempts made before question banks). A question is right when exactly the
    correct answers were chosen: a multiple-choice question scores all or nothing. Questions
    removed from the quiz since are left out."""
    by_id = {question.id: question for question in lesson.quiz}
    questions = []
    for question_id in question_ids or list(by_id):
        if question_id not in by_id:
            continue
        value = by_id[question_id].value
        chosen = set(answers.get(question_id, []))
        choices = [
            ChoiceResult(
                choice.value["text"],
                choice.id in chosen,
                bool(choice.value["correct"]),
                choice.value["feedback"],
            )
            for choice in value["choices"].bound_blocks
        ]
        questions.append(
            QuestionResult(value["situation"], value["question"], choices, value["explanation"])
        )
    return QuizResult(questions, lesson.pass_mark)
