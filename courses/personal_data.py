"""What the courses app keeps about one learner, for the data-rights pages: every record to show
and download (a fixed number of queries however much there is), and erasing the free text they
wrote when they delete their account. The rows themselves stay, so the report's counts stay;
only seats at sessions still to come are given up, for the waiting list."""

from collections import defaultdict

from django.db import transaction

from .learning.progress import progress_for_modules
from .models import (
    AttemptGrant,
    Attendance,
    Enrolment,
    Feedback,
    LessonCompletion,
    LessonPage,
    QuizAttempt,
    Registration,
)
from .workshops.services import cancel_registrations_to_come


def learning_records(user) -> dict[str, list[dict]]:
    return {
        "enrolments": _enrolments(user),
        "quiz_attempts": _quiz_attempts(user),
        "attempt_grants": _attempt_grants(user),
        "feedback": _feedback(user),
        "registrations": _registrations(user),
        "attendance": _attendance(user),
    }


@transaction.atomic
def erase_personal_data(user) -> None:
    """Feedback comments are the only free text a learner writes, and the reasons staff gave
    for extra quiz attempts the only text written about them; the ratings stay, unnamed, so
    that the satisfaction averages stay true. A deleted account comes to no more sessions: its
    seats go to the waiting list, as when one cancels."""
    Feedback.objects.filter(user=user).update(comment="", share_comment=False)
    Attendance.objects.filter(user=user).update(walk_in_name="", walk_in_phone="")
    AttemptGrant.objects.filter(user=user).update(reason="")
    cancel_registrations_to_come(user)


def _enrolments(user) -> list[dict]:
    enrolments = list(
        Enrolment.objects.filter(user=user).select_related("module").order_by("enrolled_at", "pk")
    )
    modules = [enrolment.module for enrolment in enrolments]
    progress = progress_for_modules(user, modules, {e.module_id: e for e in enrolments})
    completions = defaultdict(list)
    for completion in (
        LessonCompletion.objects.filter(user=user)
        .values("lesson__path", "lesson__title", "completed_at")
        .order_by("completed_at", "pk")
    ):
        module_path = completion["lesson__path"][: -LessonPage.steplen]
        completions[module_path].append(
            {"lesson": completion["lesson__title"], "completed_at": completion["completed_at"]}
        )
    return [
        {
            "module": enrolment.module.title,
            "enrolled_at": enrolment.enrolled_at,
            "last_activity_at": enrolment.last_activity_at,
            "completed_at": enrolment.completed_at,
            "lessons_done": progress[enrolment.module_id].done,
            "lessons_total": progress[enrolment.module_id].total,
            "percent": progress[enrolment.module_id].percent,
            "lesson_completions": completions[enrolment.module.path],
        }
        for enrolment in enrolments
    ]


def _attempt_grants(user) -> list[dict]:
    grants = (
        AttemptGrant.objects.filter(user=user)
        .select_related("lesson")
        .defer("lesson__body")
        .order_by("granted_at", "pk")
    )
    return [
        {
            "lesson": grant.lesson.title,
            "granted_at": grant.granted_at,
            "extra_attempts": grant.extra_attempts,
            "ends_wait": grant.ends_wait,
            "reason": grant.reason,
        }
        for grant in grants
    ]


def _quiz_attempts(user) -> list[dict]:
    attempts = (
        QuizAttempt.objects.filter(user=user)
        .select_related("lesson")
        .defer("lesson__body")
        .order_by("submitted_at", "pk")
    )
    return [
        {
            "lesson": attempt.lesson.title,
            "submitted_at": attempt.submitted_at,
            "score": attempt.score,
            "passed": attempt.passed,
            "answers": readable_answers(attempt.lesson, attempt.answers),
        }
        for attempt in attempts
    ]


def readable_answers(lesson: LessonPage, answers: dict[str, list[str]]) -> list[dict]:
    """The questions and chosen answers as text; ids where the question has since been removed."""
    questions = {question.id: question.value for question in lesson.quiz}
    readable = []
    for question_id, chosen in answers.items():
        question = questions.get(question_id)
        if question is None:
            readable.append({"question": question_id, "chosen": chosen})
            continue
        texts = {choice.id: choice.value["text"] for choice in question["choices"].bound_blocks}
        readable.append(
            {"question": question["question"], "chosen": [texts.get(c, c) for c in chosen]}
        )
    return readable


def _feedback(user) -> list[dict]:
    rows = Feedback.objects.filter(user=user).order_by("submitted_at", "pk")
    return [
        {
            "about": row["module__title"] or row["session__title"],
            "skipped": row["skipped"],
            "satisfaction": row["satisfaction"],
            "usefulness": row["usefulness"],
            "clarity": row["clarity"],
            "comment": row["comment"],
            "officials_may_read_comment": row["share_comment"],
            "submitted_at": row["submitted_at"],
        }
        for row in rows.values(
            "module__title",
            "session__title",
            "skipped",
            "satisfaction",
            "usefulness",
            "clarity",
            "comment",
            "share_comment",
            "submitted_at",
        )
    ]


def _registrations(user) -> list[dict]:
    statuses = dict(Registration.Status.choices)
    rows = Registration.objects.filter(user=user).order_by("created_at", "pk")
    return [
        {
            **_session_of(row),
            "status": statuses[row["status"]],
            "registered_at": row["created_at"],
        }
        for row in rows.values(*_SESSION_FIELDS, "status", "created_at")
    ]


def _attendance(user) -> list[dict]:
    methods = dict(Attendance.Method.choices)
    rows = Attendance.objects.filter(user=user).order_by("checked_in_at", "pk")
    return [
        {
            **_session_of(row),
            "checked_in_at": row["checked_in_at"],
            "recorded_as": methods[row["method"]],
        }
        for row in rows.values(*_SESSION_FIELDS, "checked_in_at", "method")
    ]


_SESSION_FIELDS = ("session__title", "session__starts_at", "session__venue")


def _session_of(row: dict) -> dict:
    return {
        "session": row["session__title"],
        "starts_at": row["session__starts_at"],
        "venue": row["session__venue"],
    }
