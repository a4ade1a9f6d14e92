"""What facilitators learn about a module's learners: how far they get (a funnel), how long they
take, how each quiz question works and how often learners try each quiz. Learners are those who
enrolled in the period. Every number comes from a few grouped queries, whatever the number of
learners, lessons or questions (the heavier ones in statistics_queries);
counts of fewer than THRESHOLD people are shown as "<5", and a question's statistics
only once that many learners answered it."""

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Count, DurationField, ExpressionWrapper, F, Q, QuerySet

from cms.suppression import THRESHOLD, Cell, protect_nested
from courses.learning.models import (
    Enrolment,
    LessonCompletion,
    LessonPage,
    ModulePage,
    QuizAttempt,
)
from courses.learning.progress import module_lessons

from .statistics_queries import AnswerCounts, first_attempt_answers, furthest_positions


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
    tries = _tries_by_lesson(attempts)
    funnel = _protected_funnel(
        lessons,
        totals,
        reached=_at_least(furthest_positions(enrolments, learners, lessons)),
        done=_done_by_lesson(lessons, learners),
        tries=tries,
    )
    counts = first_attempt_answers(attempts, quiz_lessons)
    return ModuleStatistics(
        module=module,
        enrolled=funnel["enrolled"],
        steps=[
            LessonStep(
                lesson,
                funnel[("reached", lesson.pk)],
                funnel[("done", lesson.pk)],
                funnel.get(("passed", lesson.pk)),
            )
            for lesson in lessons
        ],
        completed=funnel["completed"],
        median_days_to_complete=_median_days(enrolments, totals["completed"]),
        quizzes=[
            _quiz_statistics(lesson, funnel[("tried", lesson.pk)], tries, counts)
            for lesson in quiz_lessons
        ],
    )


def _tries_by_lesson(attempts: QuerySet) -> dict[int, dict]:
    """Per quiz lesson: attempts, learners who tried and learners who passed."""
    rows = (
        attempts.order_by()
        .values("lesson_id")
        .annotate(
            attempts=Count("pk"),
            learners=Count("user_id", distinct=True),
            passed=Count("user_id", distinct=True, filter=Q(passed=True)),
        )
    )
    return {row["lesson_id"]: row for row in rows}


def _done_by_lesson(lessons: list[LessonPage], learners: QuerySet) -> Counter:
    rows = (
        LessonCompletion.objects.filter(lesson__in=lessons, user_id__in=learners)
        .order_by()
        .values("lesson_id")
        .annotate(n=Count("pk"))
        .values_list("lesson_id", "n")
    )
    return Counter(dict(rows))


def _protected_funnel(
    lessons: list[LessonPage], totals: dict, reached: Counter, done: Counter, tries: dict
) -> dict:
    """The funnel's counts as cells, keyed "enrolled", "completed" and (step, lesson id). Each
    group is among the people of the steps it follows (who reached a lesson reached the one
    before; did it or tried its quiz only if they reached it; passed only if they tried it
    and, so, did it; completed only after every lesson and quiz), so the cells are protected
    as nested groups: no small group can be worked out by subtracting one step from another,
    the period's enrolments or its completions."""
    keys: dict = {}
    values, parents = [], []

    def add(key, value: int, *inside) -> None:
        keys[key] = len(values)
        values.append(value)
        parents.append([keys[outer] for outer in inside])

    add("enrolled", totals["enrolled"])
    previous = "enrolled"
    for position, lesson in enumerate(lessons, 1):
        add(("reached", lesson.pk), reached[position], previous)
        previous = ("reached", lesson.pk)
    last_steps = []
    for lesson in lessons:
        add(("done", lesson.pk), done[lesson.pk], ("reached", lesson.pk))
        last_steps.append(("done", lesson.pk))
        if lesson.has_quiz:
            row = tries.get(lesson.pk, {"learners": 0, "passed": 0})
            add(("tried", lesson.pk), row["learners"], ("reached", lesson.pk))
            add(("passed", lesson.pk), row["passed"], ("tried", lesson.pk), ("done", lesson.pk))
            last_steps.append(("passed", lesson.pk))
    add("completed", totals["completed"], "enrolled", *last_steps)
    return dict(zip(keys, protect_nested(values, parents), strict=True))


def _at_least(furthest: dict[int, int]) -> Counter:
    """Learners who got at least as far as each position, from those who got exactly so far."""
    at_least = Counter()
    for position, count in furthest.items():
        for step in range(1, position + 1):
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


def _quiz_statistics(
    lesson: LessonPage, learners: Cell, tries: dict, counts: dict
) -> QuizStatistics:
    attempts = tries.get(lesson.pk, {"attempts": 0})["attempts"]
    questions = [
        _question_statistics(question, counts[(lesson.pk, question.id)])
        for question in lesson.quiz
    ]
    return QuizStatistics(lesson, learners, attempts, questions)


def _question_statistics(question, counts: AnswerCounts) -> QuestionStatistics:
    """A question's statistics from learners' first attempts: the share right, the wrong answer
    chosen most (between equals, the one written first), and the discrimination index: the
    share right among the 27 % with the highest first-attempt scores minus the share among the
    27 % with the lowest."""
    texts = {choice.id: choice.value["text"] for choice in question.value["choices"].bound_blocks}
    shown = counts.answered >= THRESHOLD
    order = list(texts)
    common = max(
        counts.wrong, key=lambda choice: (counts.wrong[choice], -order.index(choice)), default=None
    )
    return QuestionStatistics(
        text=question.value["question"],
        answered=counts.answered,
        right_first_time=_share(counts.right, counts.answered) if shown else None,
        common_wrong_answer=texts[common] if shown and common else None,
        discrimination=_discrimination(counts) if shown else None,
    )


def _share(right: int, answered: int) -> float | None:
    return round(right / answered, 2) if answered else None


def _discrimination(counts: AnswerCounts) -> float | None:
    if not counts.upper or not counts.lower:
        return None
    upper = counts.upper_right / counts.upper
    lower = counts.lower_right / counts.lower
    return round(upper - lower, 2)
