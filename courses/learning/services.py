"""Writes about learning: enrolment, lesson completion, quiz attempts and module completion.
Each is atomic and safe to repeat: double clicks and concurrent requests give one row."""

import uuid
from dataclasses import dataclass

from django.db import transaction
from django.db.models import OuterRef
from django.utils import timezone

from certificates import services as certificates
from courses.workshops.models import Attendance

from .models import Enrolment, LessonCompletion, LessonPage, ModulePage, QuizAttempt
from .progress import done_lesson_ids, module_lessons
from .quiz import grade


class QuizRequired(Exception):
    """A lesson with a quiz is completed by passing the quiz, not by marking it."""


@dataclass(frozen=True)
class LessonOutcome:
    enrolment: Enrolment
    module_completed_now: bool


@transaction.atomic
def enrol(user, module: ModulePage) -> Enrolment:
    enrolment, _created = Enrolment.objects.get_or_create(user=user, module=module)
    return enrolment


def record_visit(user, module: ModulePage, lesson: LessonPage) -> None:
    """Remember the lesson an enrolled learner opened last, to resume there."""
    Enrolment.objects.filter(user=user, module=module).update(
        last_lesson=lesson, last_activity_at=timezone.now()
    )


@transaction.atomic
def complete_lesson(user, module: ModulePage, lesson: LessonPage) -> LessonOutcome:
    if lesson.has_quiz:
        raise QuizRequired
    enrolment = enrol(user, module)
    LessonCompletion.objects.get_or_create(user=user, lesson=lesson)
    return LessonOutcome(enrolment, _after_progress(user, module, lesson))


@transaction.atomic
def submit_quiz(
    user,
    module: ModulePage,
    lesson: LessonPage,
    answers: dict[str, list[str]],
    submission: uuid.UUID | None = None,
) -> QuizAttempt:
    """Grade and store an attempt. `submission` names the quiz form it came from: the same
    form sent again returns the attempt it stored the first time; without it, a new one."""
    result = grade(lesson, answers)
    enrol(user, module)
    attempt, created = QuizAttempt.objects.get_or_create(
        user=user,
        submission=submission or uuid.uuid4(),
        defaults={
            "lesson": lesson,
            "answers": answers,
            "score": result.score,
            "passed": result.passed,
        },
    )
    if not created:
        return attempt
    if result.passed:
        LessonCompletion.objects.get_or_create(user=user, lesson=lesson)
    _after_progress(user, module, lesson)
    return attempt


def _after_progress(user, module: ModulePage, lesson: LessonPage) -> bool:
    record_visit(user, module, lesson)
    return record_completion_if_complete(user, module)


def issue_missing_certificates() -> int:
    """Issue the certificates of modules completed while there was no default certificate
    template. Returns how many were issued."""
    missing = (
        Enrolment.objects.filter(completed_at__isnull=False)
        .exclude(certificates.holds_module_certificate(OuterRef("user"), OuterRef("module")))
        .select_related("user", "module")
    )
    return sum(
        certificates.issue_for_completion(enrolment.user, enrolment.module) is not None
        for enrolment in missing
    )


def record_completion_if_complete(user, module: ModulePage) -> bool:
    """Mark the module complete once every live lesson is done (and, for a blended module, the
    learner attended one of its sessions), and issue the certificate. The conditional update
    lets exactly one of several concurrent requests do it."""
    lessons = module_lessons(module)
    if not lessons or len(done_lesson_ids(user, lessons)) < len(lessons):
        return False
    if module.requires_attendance and not attended_module_session(user, module):
        return False
    with transaction.atomic():
        updated = Enrolment.objects.filter(
            user=user, module=module, completed_at__isnull=True
        ).update(completed_at=timezone.now())
        if updated:
            certificates.issue_for_completion(user, module)
    return bool(updated)


def attended_module_session(user, module: ModulePage) -> bool:
    if not user.is_authenticated:
        return False
    return Attendance.objects.filter(user=user, session__module=module).exists()
