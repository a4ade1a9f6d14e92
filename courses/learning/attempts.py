"""The rules of a learner's attempts at a quiz: whether another attempt may start (attempts
allowed, with any extra ones a facilitator granted; waiting time, unless a grant ended it;
already passed) and whether the correct answers may be shown. Reads only;
services.submit_quiz enforces them when it stores an attempt."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Count, Max, Q, Sum
from django.db.models.functions import Coalesce
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import AttemptGrant, LessonPage, QuizAttempt


@dataclass(frozen=True)
class QuizStatus:
    lesson: LessonPage
    now: datetime
    attempts_used: int
    passed: bool
    last_submitted_at: datetime | None
    extra_attempts: int = 0  # granted by a facilitator
    wait_ended_at: datetime | None = None  # the last grant that ended the waiting time

    @property
    def next_number(self) -> int:
        return self.attempts_used + 1

    @property
    def attempts_allowed(self) -> int | None:
        """The quiz's attempts and those granted; None when it allows any number."""
        if self.lesson.max_attempts is None:
            return None
        return self.lesson.max_attempts + self.extra_attempts

    @property
    def attempts_left(self) -> int | None:
        """None when the quiz allows any number of attempts."""
        if self.attempts_allowed is None:
            return None
        return max(self.attempts_allowed - self.attempts_used, 0)

    @property
    def next_attempt_at(self) -> datetime | None:
        """When the waiting time after the last attempt ends, while it runs."""
        if self.last_submitted_at is None or self.passed:
            return None
        if self.wait_ended_at and self.wait_ended_at >= self.last_submitted_at:
            return None
        ends = self.last_submitted_at + timedelta(minutes=self.lesson.wait_minutes)
        return ends if ends > self.now else None

    @property
    def out_of_attempts(self) -> bool:
        return not self.passed and self.attempts_left == 0

    @property
    def can_start(self) -> bool:
        return not self.passed and not self.out_of_attempts and self.next_attempt_at is None

    @property
    def reveals_answers(self) -> bool:
        """Whether the correct answers, explanations and feedback may be shown now."""
        show = LessonPage.ShowAnswers
        return {
            show.NEVER: False,
            show.AFTER_PASSING: self.passed,
            show.AFTER_LAST_ATTEMPT: self.passed or self.out_of_attempts,
            show.ALWAYS: self.attempts_used > 0,
        }[self.lesson.show_answers]


def quiz_status(user, lesson: LessonPage, now: datetime | None = None) -> QuizStatus:
    """One query whatever the number of attempts, and one for grants if the quiz limits
    attempts or has a waiting time."""
    now = now or timezone.now()
    if not user.is_authenticated:
        return QuizStatus(lesson, now, 0, False, None)
    totals = QuizAttempt.objects.filter(user=user, lesson=lesson).aggregate(
        used=Count("pk"), passed=Count("pk", filter=Q(passed=True)), last=Max("submitted_at")
    )
    granted = {"extra": 0, "wait_ended": None}
    if lesson.max_attempts is not None or lesson.wait_minutes:
        granted = AttemptGrant.objects.filter(user=user, lesson=lesson).aggregate(
            extra=Coalesce(Sum("extra_attempts"), 0),
            wait_ended=Max("granted_at", filter=Q(ends_wait=True)),
        )
    return QuizStatus(
        lesson,
        now,
        totals["used"],
        totals["passed"] > 0,
        totals["last"],
        granted["extra"],
        granted["wait_ended"],
    )


def stored_attempt(user, lesson: LessonPage, number: int | None) -> QuizAttempt | None:
    if number is None:
        return None
    return QuizAttempt.objects.filter(user=user, lesson=lesson, number=number).first()


def refusal_message(status: QuizStatus) -> str:
    """Why no attempt may start now, in the learner's words."""
    if status.passed:
        return _("You have passed this quiz.")
    if status.out_of_attempts:
        return ngettext(
            "You have used the %(count)d attempt this quiz allows.",
            "You have used all %(count)d attempts this quiz allows.",
            status.attempts_allowed,
        ) % {"count": status.attempts_allowed}
    return _("You can try again from %(time)s.") % {"time": wait_end_text(status)}


def wait_end_text(status: QuizStatus) -> str:
    """When the waiting time ends: a time today, else a date and time, in local time."""
    ends = timezone.localtime(status.next_attempt_at)
    if ends.date() == timezone.localdate(status.now):
        return formats.time_format(ends, "H:i")
    return formats.date_format(ends, "j F Y, H:i")
