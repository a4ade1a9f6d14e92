from .pages import LessonPage, ModuleIndexPage, ModulePage
from .progress import Enrolment, LessonCompletion, QuizAttempt
from .topics import Topic

__all__ = [
    "Enrolment",
    "LessonCompletion",
    "LessonPage",
    "ModuleIndexPage",
    "ModulePage",
    "QuizAttempt",
    "Topic",
]
