"""Quiz forms and grading. The form carries only questions and answer texts with their ids; which
answers are correct stays on the server until the learner has submitted."""

import uuid
from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from .blocks import QuestionBlock
from .models import LessonPage

FIELD_PREFIX = "q-"


class QuizForm(forms.Form):
    # A new id each time the form is shown, so that sending the same form twice stores one
    # attempt. A missing or garbled id (an old page, a tampered form) counts as a new form.
    submission = forms.CharField(widget=forms.HiddenInput, required=False, initial=uuid.uuid4)

    def __init__(self, lesson: LessonPage, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for question in lesson.quiz:
            choices = [
                (choice.id, choice.value["text"])
                for choice in question.value["choices"].bound_blocks
            ]
            errors = {
                "required": _("Please answer this question."),
                "invalid_choice": _("That answer is not one of the choices. Please choose again."),
                "invalid_list": _("That answer is not one of the choices. Please choose again."),
            }
            if question.value["kind"] == QuestionBlock.MULTIPLE:
                field = forms.MultipleChoiceField(
                    widget=forms.CheckboxSelectMultiple,
                    help_text=_("Choose every correct answer."),
                    error_messages=errors,
                )
            else:
                field = forms.ChoiceField(widget=forms.RadioSelect, error_messages=errors)
            field.label = question.value["question"]
            field.choices = choices
            self.fields[f"{FIELD_PREFIX}{question.id}"] = field

    def clean_submission(self) -> uuid.UUID:
        try:
            return uuid.UUID(self.cleaned_data["submission"])
        except ValueError:
            return uuid.uuid4()

    def answers(self) -> dict[str, list[str]]:
        """Question id → chosen answer ids, from valid data."""
        return {
            name.removeprefix(FIELD_PREFIX): value if isinstance(value, list) else [value]
            for name, value in self.cleaned_data.items()
            if name.startswith(FIELD_PREFIX)
        }


@dataclass(frozen=True)
class ChoiceResult:
    text: str
    chosen: bool
    correct: bool


@dataclass(frozen=True)
class QuestionResult:
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


def grade(lesson: LessonPage, answers: dict[str, list[str]]) -> QuizResult:
    """A question is right when exactly the correct answers were chosen."""
    questions = []
    for question in lesson.quiz:
        chosen = set(answers.get(question.id, []))
        choices = [
            ChoiceResult(choice.value["text"], choice.id in chosen, bool(choice.value["correct"]))
            for choice in question.value["choices"].bound_blocks
        ]
        questions.append(
            QuestionResult(question.value["question"], choices, question.value["explanation"])
        )
    return QuizResult(questions, lesson.pass_mark)
