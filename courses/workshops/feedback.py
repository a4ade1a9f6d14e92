"""The short survey after a completed module or an attended session: asked once, optional,
editable for a week, then fixed. It never blocks a certificate."""

from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from cms.text import multi_line
from courses.learning.models import Enrolment, ModulePage

from .models import Attendance, Feedback, WorkshopSession

EDITABLE_FOR = timedelta(days=7)


class NotEligible(Exception):
    """Only someone who completed the module or attended the session is asked."""


class FeedbackClosed(Exception):
    """More than a week has passed: the answers are fixed."""


@dataclass(frozen=True)
class Ratings:
    satisfaction: int
    usefulness: int
    clarity: int
    comment: str = ""
    share_comment: bool = False


def _subject(module: ModulePage | None, session: WorkshopSession | None) -> dict:
    if (module is None) == (session is None):
        raise ValueError("Feedback is about a module or a session")
    return {"module": module} if module is not None else {"session": session}


def is_eligible(user, *, module=None, session=None) -> bool:
    if module is not None:
        return Enrolment.objects.filter(
            user=user, module=module, completed_at__isnull=False
        ).exists()
    return Attendance.objects.filter(user=user, session=session).exists()


def is_editable(feedback: Feedback) -> bool:
    return timezone.now() - feedback.submitted_at < EDITABLE_FOR


def existing_feedback(user, *, module=None, session=None) -> Feedback | None:
    return Feedback.objects.filter(user=user, **_subject(module, session)).first()


@transaction.atomic
def give_feedback(user, ratings: Ratings, *, module=None, session=None) -> Feedback:
    return _save(user, _subject(module, session), skipped=False, ratings=ratings)


@transaction.atomic
def skip_feedback(user, *, module=None, session=None) -> Feedback:
    """Remember that the resident chose not to answer, so they are not asked again. Answers
    already given are kept."""
    subject = _subject(module, session)
    existing = Feedback.objects.filter(user=user, **subject).first()
    if existing:
        return existing
    return _save(user, subject, skipped=True, ratings=None)


def _save(user, subject: dict, *, skipped: bool, ratings: Ratings | None) -> Feedback:
    if not is_eligible(user, **subject):
        raise NotEligible
    comment = multi_line(ratings.comment) if ratings else ""
    values = {
        "skipped": skipped,
        "satisfaction": ratings.satisfaction if ratings else None,
        "usefulness": ratings.usefulness if ratings else None,
        "clarity": ratings.clarity if ratings else None,
        "comment": comment,
        "share_comment": bool(ratings and ratings.share_comment and comment),
    }
    feedback = Feedback.objects.select_for_update().filter(user=user, **subject).first()
    if feedback is None:
        try:
            with transaction.atomic():
                return Feedback.objects.create(user=user, **subject, **values)
        except IntegrityError:
            feedback = Feedback.objects.select_for_update().get(user=user, **subject)
    if not is_editable(feedback):
        raise FeedbackClosed
    for name, value in values.items():
        setattr(feedback, name, value)
    feedback.save()
    return feedback


def pending_feedback(user) -> dict[str, list]:
    """Completed modules and attended sessions the resident has not yet answered or skipped,
    newest first: what the dashboard asks about."""
    if not user.is_authenticated:
        return {"modules": [], "sessions": []}
    answered = Feedback.objects.filter(user=user)
    modules = (
        ModulePage.objects.live()
        .filter(enrolments__user=user, enrolments__completed_at__isnull=False)
        .exclude(pk__in=answered.filter(module__isnull=False).values("module_id"))
        .order_by("-enrolments__completed_at")
    )
    sessions = (
        WorkshopSession.objects.filter(attendances__user=user)
        .exclude(pk__in=answered.filter(session__isnull=False).values("session_id"))
        .order_by("-starts_at")
    )
    return {"modules": list(modules[:5]), "sessions": list(sessions[:5])}
