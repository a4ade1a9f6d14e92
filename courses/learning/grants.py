"""Giving one learner more attempts at a quiz, or ending their waiting time: who may (holders of
courses.grant_all_quiz_attempts, coordinators, in every module; holders of
courses.grant_quiz_attempts, facilitators, in the modules they facilitate), on which quizzes,
and the grant itself, logged with who gave it, when and why."""

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from .facilitation import modules_reached
from .models import AttemptGrant, Enrolment, LessonPage, ModulePage
from .progress import lessons_by_module


class NotEnrolled(Exception):
    """Attempts are granted to learners of the module only."""


def granting_modules(user) -> QuerySet[ModulePage]:
    return modules_reached(
        user, every="courses.grant_all_quiz_attempts", own="courses.grant_quiz_attempts"
    )


def granting_quizzes(user) -> list[tuple[ModulePage, LessonPage]]:
    """The (module, lesson) of every live quiz `user` may grant attempts at."""
    modules = list(granting_modules(user))
    lessons = lessons_by_module(modules)
    return [
        (module, lesson) for module in modules for lesson in lessons[module.pk] if lesson.has_quiz
    ]


def visible_grants(user) -> QuerySet[AttemptGrant]:
    """The grants in the modules `user` may grant in, newest first."""
    lesson_ids = [lesson.pk for _module, lesson in granting_quizzes(user)]
    return AttemptGrant.objects.filter(lesson_id__in=lesson_ids).select_related(
        "user", "lesson", "granted_by"
    )


def grant_attempts(
    learner,
    module: ModulePage,
    lesson: LessonPage,
    *,
    by,
    extra_attempts: int,
    ends_wait: bool,
    reason: str,
) -> AttemptGrant:
    """Record the grant under the lock of the learner's enrolment, the lock submit_quiz holds
    while it decides on and stores an attempt: an attempt sent at the same moment is judged
    either wholly before the grant or wholly after it."""
    with transaction.atomic():
        enrolment = (
            Enrolment.objects.select_for_update().filter(user=learner, module=module).first()
        )
        if enrolment is None:
            raise NotEnrolled
        return AttemptGrant.objects.create(
            user=learner,
            lesson=lesson,
            extra_attempts=extra_attempts,
            ends_wait=ends_wait,
            reason=reason,
            granted_by=by,
            granted_at=timezone.now(),
        )
