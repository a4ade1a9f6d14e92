"""Writes about learning: enrolment, lesson completion, quiz attempts and module completion.
Each is atomic and safe to repeat: double clicks and concurrent requests give one row."""

from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import OuterRef
from django.utils import timezone

from certificates import services as certificates
from courses.workshops.models import Attendance

from .attempts import QuizStatus, quiz_status, stored_attempt
from .models import Enrolment, LessonCompletion, LessonPage, ModulePage, QuizAttempt
from .progress import done_lesson_ids, module_lessons
from .quiz import attempt_questions, grade


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


class AttemptRefused(Exception):
    """No new attempt now: the quiz is passed, the attempts are used up, or the waiting time
    after the last attempt still runs. `status` says which, and until when."""

    def __init__(self, status: QuizStatus):
        super().__init__(status)
        self.status = status


def submit_quiz(
    user,
    module: ModulePage,
    lesson: LessonPage,
    answers: dict[str, list[str]],
    number: int | None = None,
    now: datetime | None = None,
) -> QuizAttempt:
    """Grade and store the learner's next attempt, on the questions attempt_questions drew for
    it. `number` names the attempt the form was shown for: sent again, it returns the attempt
    stored the first time. Raises AttemptRefused when no attempt may start at `now`.

    A learner's attempts in a module are serialised by a lock on their enrolment, and the
    unique (learner, quiz, number) catches any request that gets past it: two concurrent
    requests cannot both store attempt n, and attempt n + 1 is only decided after attempt n
    is visible with its time, so neither the limit nor the waiting time can be raced."""
    with transaction.atomic():
        enrolment = enrol(user, module)
        Enrolment.objects.select_for_update().filter(pk=enrolment.pk).first()
        # Read once the lock is held: a time read before waiting for it could precede the
        # attempt stored meanwhile, and that attempt's waiting time would refuse this one.
        now = now or timezone.now()
        earlier = stored_attempt(user, lesson, number)
        if earlier is not None:
            return earlier
        status = quiz_status(user, lesson, now)
        if not status.can_start:
            raise AttemptRefused(status)
        question_ids = [
            question.id for question in attempt_questions(lesson, user.pk, status.next_number)
        ]
        result = grade(lesson, answers, question_ids)
        try:
            with transaction.atomic():
                attempt = QuizAttempt.objects.create(
                    user=user,
                    lesson=lesson,
                    number=status.next_number,
                    question_ids=question_ids,
                    answers=answers,
                    score=result.score,
                    passed=result.passed,
                    submitted_at=now,
                )
        except IntegrityError:
            return QuizAttempt.objects.get(user=user, lesson=lesson, number=status.next_number)
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
        certificates.issue_for_completion(enrolment.user, enrolment.module, enrolment.completed_at)
        is not None
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
    completed_at = timezone.now()
    with transaction.atomic():
        updated = Enrolment.objects.filter(
            user=user, module=module, completed_at__isnull=True
        ).update(completed_at=completed_at)
        if updated:
            certificates.issue_for_completion(user, module, completed_at)
    return bool(updated)


def attended_module_session(user, module: ModulePage) -> bool:
    if not user.is_authenticated:
        return False
    return Attendance.objects.filter(user=user, session__module=module).exists()
