"""What facilitators learn about a module's learners: how far they get (a funnel), how long they
take, how each quiz question works and how often learners try each quiz. Learners are those who
enrolled in the period. Every number is a few grouped queries, whatever the number of learners;
counts of fewer than THRESHOLD people are shown as "<5", and a question's statistics
only once that many learners answered it."""

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import (
    Case,
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    IntegerField,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Greatest

from cms.suppression import THRESHOLD, Cell
from courses.learning.models import (
    Enrolment,
    LessonCompletion,
    LessonPage,
    ModulePage,
    QuizAttempt,
)
from courses.learning.progress import module_lessons

#: The share of learners, by first-attempt score, in the upper and the lower group of the
#: discrimination index (Kelley's 27 %).
GROUP_SHARE = 0.27


@dataclass(frozen=True)
class LessonStep:
    lesson: LessonPage
    reached: Cell
    done: Cell
    passed: Cell | None  # None for a lesson without a quiz


@dataclass(frozen=True)
class QuestionStatistics:
    text: str
    answered: int
    right_first_time: float | None  # share of learners right on their first attempt
    common_wrong_answer: str | None
    discrimination: float | None  # share right in the upper group minus in the lower group

    @property
    def suppressed(self) -> bool:
        return self.answered < THRESHOLD


@dataclass(frozen=True)
class QuizStatistics:
    lesson: LessonPage
    learners: Cell
    attempts: int
    questions: list[QuestionStatistics]

    @property
    def attempts_per_learner(self) -> float | None:
        if self.learners.suppressed or not self.learners.value:
            return None
        return round(self.attempts / self.learners.value, 1)


@dataclass(frozen=True)
class ModuleStatistics:
    module: ModulePage
    enrolled: Cell
    steps: list[LessonStep]
    completed: Cell
    median_days_to_complete: float | None
    quizzes: list[QuizStatistics]


def module_statistics(
    module: ModulePage, start: datetime | None = None, end: datetime | None = None
) -> ModuleStatistics:
    """The statistics of the learners who enrolled in `module` from `start` until before `end`."""
    lessons = module_lessons(module)
    enrolments = Enrolment.objects.filter(module=module)
    if start:
        enrolments = enrolments.filter(enrolled_at__gte=start)
    if end:
        enrolments = enrolments.filter(enrolled_at__lt=end)
    learners = enrolments.values("user_id")
    totals = enrolments.aggregate(
        enrolled=Count("pk"), completed=Count("pk", filter=Q(completed_at__isnull=False))
    )
    quiz_lessons = [lesson for lesson in lessons if lesson.has_quiz]
    attempts = QuizAttempt.objects.filter(lesson__in=quiz_lessons, user_id__in=learners)
    done = _count_by_lesson(
        LessonCompletion.objects.filter(lesson__in=lessons, user_id__in=learners)
    )
    passed = _count_by_lesson(attempts.filter(passed=True))
    reached = _reached(enrolments, lessons)
    steps = [
        LessonStep(
            lesson,
            Cell(reached[position]),
            Cell(done[lesson.pk]),
            Cell(passed[lesson.pk]) if lesson.has_quiz else None,
        )
        for position, lesson in enumerate(lessons, 1)
    ]
    return ModuleStatistics(
        module=module,
        enrolled=Cell(totals["enrolled"]),
        steps=steps,
        completed=Cell(totals["completed"]),
        median_days_to_complete=_median_days(enrolments, totals["completed"]),
        quizzes=_quiz_statistics(quiz_lessons, attempts),
    )


def _count_by_lesson(rows: QuerySet) -> Counter:
    return Counter(
        dict(
            rows.values("lesson_id")
            .annotate(n=Count("user_id", distinct=True))
            .values_list("lesson_id", "n")
        )
    )


def _reached(enrolments: QuerySet, lessons: list[LessonPage]) -> Counter:
    """How many learners got at least as far as each lesson (by position from 1): the furthest
    lesson they opened, completed or tried the quiz of."""
    if not lessons:
        return Counter()
    position = Case(
        *(When(lesson_id=lesson.pk, then=Value(n)) for n, lesson in enumerate(lessons, 1)),
        default=Value(0),
        output_field=IntegerField(),
    )

    def furthest(model):
        rows = model.objects.filter(user_id=OuterRef("user_id"), lesson__in=lessons)
        return Coalesce(
            Subquery(rows.values("user_id").annotate(p=Max(position)).values("p")[:1]), 0
        )

    opened = Case(
        *(When(last_lesson_id=lesson.pk, then=Value(n)) for n, lesson in enumerate(lessons, 1)),
        default=Value(0),
        output_field=IntegerField(),
    )
    furthest_by_learner = (
        enrolments.annotate(
            furthest=Greatest(opened, furthest(LessonCompletion), furthest(QuizAttempt))
        )
        .values("furthest")
        .annotate(n=Count("pk"))
        .values_list("furthest", "n")
    )
    at_least = Counter()
    for furthest_position, count in furthest_by_learner:
        for step in range(1, furthest_position + 1):
            at_least[step] += count
    return at_least


def _median_days(enrolments: QuerySet, completed: int) -> float | None:
    """Median days from enrolment to completion: the middle row(s) only, so two queries."""
    if completed < THRESHOLD:
        return None
    durations = (
        enrolments.filter(completed_at__isnull=False)
        .annotate(
            took=ExpressionWrapper(
                F("completed_at") - F("enrolled_at"), output_field=DurationField()
            )
        )
        .order_by("took")
        .values_list("took", flat=True)
    )
    middle = list(durations[(completed - 1) // 2 : completed // 2 + 1])
    median = sum(middle, timedelta()) / len(middle)
    return round(median / timedelta(days=1), 1)


def _quiz_statistics(quiz_lessons: list[LessonPage], attempts: QuerySet) -> list[QuizStatistics]:
    totals = {
        row["lesson_id"]: row
        for row in attempts.values("lesson_id").annotate(
            attempts=Count("pk"), learners=Count("user_id", distinct=True)
        )
    }
    first = attempts.filter(number=1).values_list("lesson_id", "question_ids", "answers", "score")
    firsts_by_lesson: dict[int, list] = {lesson.pk: [] for lesson in quiz_lessons}
    for lesson_id, question_ids, answers, score in first:
        firsts_by_lesson[lesson_id].append((question_ids, answers, score))
    result = []
    for lesson in quiz_lessons:
        row = totals.get(lesson.pk, {"attempts": 0, "learners": 0})
        result.append(
            QuizStatistics(
                lesson,
                Cell(row["learners"]),
                row["attempts"],
                _question_statistics(lesson, firsts_by_lesson[lesson.pk]),
            )
        )
    return result


def _question_statistics(lesson: LessonPage, firsts: list) -> list[QuestionStatistics]:
    """Per question of the quiz, from learners' first attempts: the share right, the wrong answer
    chosen most, and the discrimination index: the share right among the 27 % with the highest
    first-attempt scores minus the share among the 27 % with the lowest."""
    ranked = sorted(firsts, key=lambda attempt: attempt[2])
    group = max(1, round(len(ranked) * GROUP_SHARE)) if ranked else 0
    lower, upper = ranked[:group], ranked[len(ranked) - group :]
    statistics = []
    for question in lesson.quiz:
        choices = question.value["choices"].bound_blocks
        correct = {choice.id for choice in choices if choice.value["correct"]}
        texts = {choice.id: choice.value["text"] for choice in choices}

        def asked(attempt, question_id=question.id):
            return not attempt[0] or question_id in attempt[0]

        def right(attempt, question_id=question.id, correct=correct):
            return set(attempt[1].get(question_id, [])) == correct

        answered = [attempt for attempt in firsts if asked(attempt)]
        wrong = Counter(
            choice
            for attempt in answered
            for choice in attempt[1].get(question.id, [])
            if choice not in correct and choice in texts
        )
        shown = len(answered) >= THRESHOLD
        statistics.append(
            QuestionStatistics(
                text=question.value["question"],
                answered=len(answered),
                right_first_time=_share(answered, right) if shown else None,
                common_wrong_answer=texts[wrong.most_common(1)[0][0]] if shown and wrong else None,
                discrimination=_discrimination(upper, lower, asked, right) if shown else None,
            )
        )
    return statistics


def _share(attempts: list, right) -> float | None:
    return (
        round(sum(1 for attempt in attempts if right(attempt)) / len(attempts), 2)
        if attempts
        else None
    )


def _discrimination(upper: list, lower: list, asked, right) -> float | None:
    upper, lower = [a for a in upper if asked(a)], [a for a in lower if asked(a)]
    if not upper or not lower:
        return None
    return round(_share(upper, right) - _share(lower, right), 2)
