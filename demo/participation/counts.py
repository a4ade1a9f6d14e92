"""What the database holds, for the generator's summary and the benchmark's table."""

from django.db.models import Count, Q

from certificates.models import Certificate
from cms.models import User
from courses.models import (
    Attendance,
    ComplaintFigure,
    Enrolment,
    Feedback,
    LessonCompletion,
    ModulePage,
    QuizAttempt,
    Registration,
    Target,
    WorkshopSession,
)
from surveys.models import SurveyPeriod, SurveyResponse


def dataset_counts() -> dict[str, int]:
    enrolments = Enrolment.objects.aggregate(
        all=Count("pk"), completed=Count("pk", filter=Q(completed_at__isnull=False))
    )
    sessions = WorkshopSession.objects.aggregate(
        all=Count("pk"),
        held=Count("pk", filter=Q(status=WorkshopSession.Status.HELD)),
        cancelled=Count("pk", filter=Q(status=WorkshopSession.Status.CANCELLED)),
    )
    attendances = Attendance.objects.aggregate(
        all=Count("pk"), walk_ins=Count("pk", filter=Q(user__isnull=True))
    )
    feedback = Feedback.objects.aggregate(
        all=Count("pk"), skipped=Count("pk", filter=Q(skipped=True))
    )
    return {
        "users": User.objects.count(),
        "live modules": ModulePage.objects.live().count(),
        "enrolments": enrolments["all"],
        "completed enrolments": enrolments["completed"],
        "lesson completions": LessonCompletion.objects.count(),
        "quiz attempts": QuizAttempt.objects.count(),
        "certificates": Certificate.objects.count(),
        "sessions": sessions["all"],
        "sessions held": sessions["held"],
        "sessions cancelled": sessions["cancelled"],
        "registrations": Registration.objects.count(),
        "attendances": attendances["all"],
        "walk-in attendances": attendances["walk_ins"],
        "feedback": feedback["all"],
        "feedback skipped": feedback["skipped"],
        "survey periods": SurveyPeriod.objects.count(),
        "survey answers": SurveyResponse.objects.count(),
        "complaint figures (month × channel)": ComplaintFigure.objects.count(),
        "targets": Target.objects.count(),
        **_sessions_held_by_type(),
    }


def _sessions_held_by_type() -> dict[str, int]:
    held = dict(
        WorkshopSession.objects.filter(status=WorkshopSession.Status.HELD)
        .values_list("event_type")
        .annotate(Count("pk"))
    )
    return {
        f"sessions held: {label}": held.get(value, 0)
        for value, label in WorkshopSession.EventType.choices
    }
