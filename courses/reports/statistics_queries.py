"""The learning statistics' counts that the ORM cannot group: how far each learner got, and how
each quiz question was answered on first attempts. Each is one query whatever the number of
learners, lessons or questions, and returns a few rows per lesson or per distinct answer. A
quiz attempt's answers are a JSON object (question id → answer ids), which the query turns
into rows with the database's JSON table function (PostgreSQL's jsonb_each, SQLite's
json_each)."""

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import QuerySet

from courses.learning.models import LessonCompletion, LessonPage, QuizAttempt

#: The share of learners, by first-attempt score, in the upper and the lower group of the
#: discrimination index (Kelley's 27 %), in per cent.
GROUP_PERCENT = 27

# The table function that turns a JSON object into (key, value) rows, value as JSON text.
_JSON_EACH = {"postgresql": "jsonb_each", "sqlite": "json_each"}


def _sql(queryset: QuerySet) -> tuple[str, tuple]:
    return queryset.order_by().query.sql_with_params()


def _values_table(name: str, columns: Sequence[str], rows: Sequence[tuple]) -> tuple[str, list]:
    """A common table expression over literal rows: `name(columns) AS (VALUES …)`."""
    row = "(" + ", ".join(["%s"] * len(columns)) + ")"
    sql = f"{name}({', '.join(columns)}) AS (VALUES {', '.join([row] * len(rows))})"
    return sql, [value for values in rows for value in values]


def furthest_positions(
    enrolments: QuerySet, learners: QuerySet, lessons: Sequence[LessonPage]
) -> dict[int, int]:
    """Learners by the position (from 1) of the furthest lesson they opened, completed or tried
    the quiz of: {position: learners}."""
    if not lessons:
        return {}
    lesson_ids = [lesson.pk for lesson in lessons]
    activity = [
        _sql(enrolments.filter(last_lesson__isnull=False).values("user_id", "last_lesson_id")),
        _sql(
            LessonCompletion.objects.filter(lesson_id__in=lesson_ids, user_id__in=learners).values(
                "user_id", "lesson_id"
            )
        ),
        _sql(
            QuizAttempt.objects.filter(lesson_id__in=lesson_ids, user_id__in=learners).values(
                "user_id", "lesson_id"
            )
        ),
    ]
    positions, params = _values_table(
        "positions", ("lesson_id", "position"), [(pk, n) for n, pk in enumerate(lesson_ids, 1)]
    )
    union = " UNION ALL ".join(
        f"SELECT * FROM ({part}) AS part{n}"  # noqa: S608 - compiled by Django, values in params
        for n, (part, _params) in enumerate(activity)
    )
    for _part, part_params in activity:
        params += part_params
    sql = f"""
        WITH {positions}, activity(user_id, lesson_id) AS ({union})
        SELECT furthest, COUNT(*) FROM (
            SELECT MAX(positions.position) AS furthest
            FROM activity JOIN positions ON positions.lesson_id = activity.lesson_id
            GROUP BY activity.user_id
        ) AS learners GROUP BY furthest
    """  # noqa: S608 - compiled by Django or constant; every value is a parameter
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return dict(cursor.fetchall())


@dataclass
class AnswerCounts:
    """One question's first attempts: how many answered it and got it right, in all and in the
    upper and lower groups by first-attempt score (`band` 1 and -1), and how often each wrong
    answer was chosen."""

    answered: int = 0
    right: int = 0
    upper: int = 0
    upper_right: int = 0
    lower: int = 0
    lower_right: int = 0
    wrong: Counter = field(default_factory=Counter)

    def add(self, band: int, right: bool, wrong: set[str], learners: int) -> None:
        self.answered += learners
        self.right += learners * right
        if band == 1:
            self.upper += learners
            self.upper_right += learners * right
        elif band == -1:
            self.lower += learners
            self.lower_right += learners * right
        for choice in wrong:
            self.wrong[choice] += learners


def first_attempt_answers(
    attempts: QuerySet, quiz_lessons: Iterable[LessonPage]
) -> dict[tuple[int, str], AnswerCounts]:
    """The answer counts of learners' first attempts at each quiz, by (lesson id, question id).
    The database groups the attempts by what was answered to each question, so Python grades
    each distinct answer once, as quiz.grade does: right when exactly the correct answers were
    chosen (answer ids no longer in the question left out)."""
    questions = {
        (lesson.pk, question.id): question.value["choices"].bound_blocks
        for lesson in quiz_lessons
        for question in lesson.quiz
    }
    counts = {key: AnswerCounts() for key in questions}
    if not questions:
        return counts
    correct = {
        key: {choice.id for choice in choices if choice.value["correct"]}
        for key, choices in questions.items()
    }
    valid = {key: {choice.id for choice in choices} for key, choices in questions.items()}
    for lesson_id, question_id, chosen, band, learners in _answer_groups(attempts):
        key = (lesson_id, question_id)
        if key not in counts:
            continue  # a question removed from the quiz since
        chosen = set(json.loads(chosen)) & valid[key]
        counts[key].add(band, chosen == correct[key], chosen - correct[key], learners)
    return counts


def _answer_groups(attempts: QuerySet) -> list[tuple[int, str, str, int, int]]:
    """(lesson id, question id, answer ids chosen as JSON, band, learners): first attempts
    grouped by what they answered; band is 1 for the upper group by score, -1 for the lower,
    0 between (GROUP_PERCENT of a quiz's first attempts each, at least one). Attempts are
    ranked on their narrow columns only, to find each quiz's two cut-off (score, id) pairs,
    so no sort carries the answers."""
    firsts_sql, params = _sql(
        attempts.filter(number=1).values("pk", "lesson_id", "score", "answers")
    )
    group = f"(total * {GROUP_PERCENT} + 50) / 100"
    group = f"CASE WHEN {group} < 1 THEN 1 ELSE {group} END"
    sql = f"""
        WITH firsts(id, lesson_id, score, answers) AS NOT MATERIALIZED ({firsts_sql}),
        ranked AS (
            SELECT lesson_id, score, id, total, {group} AS size,
                ROW_NUMBER() OVER (PARTITION BY lesson_id ORDER BY score, id) AS rank
            FROM (SELECT lesson_id, score, id, COUNT(*) OVER (PARTITION BY lesson_id) AS total
                  FROM firsts) AS counted
        ),
        cuts AS (
            SELECT lesson_id,
                MAX(CASE WHEN rank = size THEN score END) AS low_score,
                MAX(CASE WHEN rank = size THEN id END) AS low_id,
                MAX(CASE WHEN rank = total - size THEN score END) AS high_score,
                MAX(CASE WHEN rank = total - size THEN id END) AS high_id
            FROM ranked GROUP BY lesson_id
        ),
        banded AS (
            SELECT firsts.lesson_id, firsts.answers,
                CASE WHEN (firsts.score, firsts.id) <= (cuts.low_score, cuts.low_id) THEN -1
                     WHEN (firsts.score, firsts.id) > (cuts.high_score, cuts.high_id) THEN 1
                     ELSE 0 END AS band
            FROM firsts JOIN cuts ON cuts.lesson_id = firsts.lesson_id
        )
        SELECT banded.lesson_id, question.key, question.value, banded.band, COUNT(*)
        FROM banded, {_JSON_EACH[connection.vendor]}(banded.answers) AS question
        GROUP BY 1, 2, 3, 4
    """  # noqa: S608 - compiled by Django or constant; every value is a parameter
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
