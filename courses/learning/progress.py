"""Read side of learning: which lessons count, which a learner has done, where to resume.
Every function here runs a fixed number of queries, whatever the number of lessons."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models.functions import Substr

from .models import Enrolment, LessonCompletion, LessonPage, ModulePage, QuizAttempt


@dataclass(frozen=True)
class ModuleProgress:
    module: ModulePage
    lessons: list[LessonPage]
    done_ids: frozenset[int] = field(default_factory=frozenset)
    enrolment: Enrolment | None = None

    @property
    def total(self) -> int:
        return len(self.lessons)

    @property
    def done(self) -> int:
        return sum(1 for lesson in self.lessons if lesson.pk in self.done_ids)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def is_complete(self) -> bool:
        return bool(self.enrolment and self.enrolment.completed_at)

    @property
    def all_lessons_done(self) -> bool:
        return self.total > 0 and self.done == self.total

    @property
    def resume_lesson(self) -> LessonPage | None:
        """The lesson to continue with: the last one opened if it is not done yet, else the first
        lesson not done after it, else the first lesson not done at all."""
        todo = [lesson for lesson in self.lessons if lesson.pk not in self.done_ids]
        last_id = self.enrolment.last_lesson_id if self.enrolment else None
        ids = [lesson.pk for lesson in self.lessons]
        if last_id in ids:
            position = ids.index(last_id)
            after = [lesson for lesson in todo if ids.index(lesson.pk) >= position]
            if after:
                return after[0]
        return todo[0] if todo else None

    def state_of(self, lesson: LessonPage) -> str:
        if lesson.pk in self.done_ids:
            return "done"
        return "current" if self.resume_lesson and lesson.pk == self.resume_lesson.pk else "todo"


def module_lessons(module: ModulePage) -> list[LessonPage]:
    return list(LessonPage.objects.live().public().child_of(module).defer("body"))


def lessons_by_module(modules: Iterable[ModulePage]) -> dict[int, list[LessonPage]]:
    """The live lessons of many modules, in one query per tree depth (normally one)."""
    paths_by_length = defaultdict(dict)
    for module in modules:
        paths_by_length[len(module.path)][module.path] = module.pk
    result: dict[int, list[LessonPage]] = defaultdict(list)
    for length, module_ids in paths_by_length.items():
        lessons = (
            LessonPage.objects.live()
            .public()
            .annotate(parent_path=Substr("path", 1, length))
            .filter(depth=length // ModulePage.steplen + 1, parent_path__in=list(module_ids))
            .defer("body")
        )
        for lesson in lessons:
            result[module_ids[lesson.parent_path]].append(lesson)
    return result


def done_lesson_ids(user, lessons: list[LessonPage]) -> frozenset[int]:
    """Lessons the user has completed; a lesson with a quiz also needs a passed attempt."""
    if not user.is_authenticated or not lessons:
        return frozenset()
    ids = [lesson.pk for lesson in lessons]
    completed = set(
        LessonCompletion.objects.filter(user=user, lesson_id__in=ids).values_list(
            "lesson_id", flat=True
        )
    )
    quiz_ids = {lesson.pk for lesson in lessons if lesson.has_quiz}
    if quiz_ids & completed:
        passed = set(
            QuizAttempt.objects.filter(user=user, lesson_id__in=quiz_ids & completed, passed=True)
            .values_list("lesson_id", flat=True)
            .distinct()
        )
        completed -= (quiz_ids & completed) - passed
    return frozenset(completed)


def module_progress(
    user, module: ModulePage, lessons: list[LessonPage] | None = None
) -> ModuleProgress:
    lessons = module_lessons(module) if lessons is None else lessons
    enrolment = (
        Enrolment.objects.filter(user=user, module=module).first()
        if user.is_authenticated
        else None
    )
    return ModuleProgress(module, lessons, done_lesson_ids(user, lessons), enrolment)


def progress_for_modules(
    user, modules: list[ModulePage], enrolments: dict[int, Enrolment]
) -> dict[int, ModuleProgress]:
    lessons = lessons_by_module(modules)
    all_lessons = [lesson for module_lessons_ in lessons.values() for lesson in module_lessons_]
    done = done_lesson_ids(user, all_lessons)
    return {
        module.pk: ModuleProgress(
            module, lessons.get(module.pk, []), done, enrolments.get(module.pk)
        )
        for module in modules
    }
