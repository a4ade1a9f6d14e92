"""Every model of the app, for Django (which looks here) and for other code that needs one: each
is defined in the sub-package that owns it."""

from .learning.models import (
    AttemptGrant,
    Enrolment,
    LessonCompletion,
    LessonPage,
    ModuleIndexPage,
    ModulePage,
    QuizAttempt,
    Topic,
)
from .reports.models import ComplaintFigure, ReportExport, Target
from .workshops.models import Attendance, Feedback, Registration, WorkshopSession

__all__ = [
    "AttemptGrant",
    "Attendance",
    "ComplaintFigure",
    "Enrolment",
    "Feedback",
    "LessonCompletion",
    "LessonPage",
    "ModuleIndexPage",
    "ModulePage",
    "QuizAttempt",
    "Registration",
    "ReportExport",
    "Target",
    "Topic",
    "WorkshopSession",
]
