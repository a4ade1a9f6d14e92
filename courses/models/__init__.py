from .exports import ReportExport
from .feedback import Feedback
from .pages import LessonPage, ModuleIndexPage, ModulePage
from .progress import Enrolment, LessonCompletion, QuizAttempt
from .sessions import Attendance, Registration, WorkshopSession
from .topics import Topic

__all__ = [
    "Attendance",
    "Enrolment",
    "Feedback",
    "LessonCompletion",
    "LessonPage",
    "ModuleIndexPage",
    "ModulePage",
    "QuizAttempt",
    "Registration",
    "ReportExport",
    "Topic",
    "WorkshopSession",
]
