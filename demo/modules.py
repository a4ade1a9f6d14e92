"""Loads the demo training modules (demo/module_content.py) under the demo home page."""

from wagtail.models import Locale, Page

from courses.learning import services
from courses.learning.progress import module_lessons
from courses.models import LessonPage, ModuleIndexPage, ModulePage, Topic

from . import images as demo_images
from .module_content import MODULES
from .pages import publish_child

CATALOGUE = {
    "id": {
        "title": "Modul Pelatihan",
        "slug": "modul",
        "introduction": "Pelatihan gratis untuk warga dan pengurus RW. Pilih modul, pelajari sesuai "
        "waktu Anda, dan dapatkan sertifikat.",
    },
    "en": {
        "title": "Training modules",
        "slug": "modules",
        "introduction": "Free training for residents and RW boards. Choose a module, learn at your "
        "own pace and get a certificate.",
    },
}

# What a lesson's quiz is made of, in module_content and on the page.
QUIZ_FIELDS = ("quiz", "pass_mark", "questions_per_attempt")


def ensure_catalogue(home_id: Page, home_en: Page | None) -> tuple[ModuleIndexPage, bool]:
    """Create the catalogue and its modules unless the home page already has a catalogue."""
    existing = ModuleIndexPage.objects.child_of(home_id).first()
    if existing:
        _bring_up_to_date(existing)
        return existing, False
    index = publish_child(home_id, _index_page("id", home_id.locale))
    if home_en is not None:
        publish_child(
            home_en, _index_page("en", home_en.locale, translation_key=index.translation_key)
        )
    for module in MODULES:
        _add_module(index, module)
    return index, True


def _index_page(language: str, locale: Locale, **extra) -> ModuleIndexPage:
    return ModuleIndexPage(**CATALOGUE[language], locale=locale, show_in_menus=True, **extra)


def _add_module(index: ModuleIndexPage, content: dict) -> ModulePage:
    module = publish_child(
        index,
        ModulePage(
            title=content["title"],
            slug=content["slug"],
            locale=index.locale,
            topic=Topic.objects.get(slug=content["topic"], locale=index.locale),
            summary=content["summary"],
            learning_objectives=[("objective", objective) for objective in content["objectives"]],
            estimated_minutes=content["estimated_minutes"],
            level=content["level"],
            requires_attendance=content.get("requires_attendance", False),
            cover_image=demo_images.cover_image(content["topic"], content["title"]),
        ),
    )
    for lesson in content["lessons"]:
        publish_child(module, _lesson_page(lesson, index.locale))
    return module


def _lesson_page(content: dict, locale: Locale) -> LessonPage:
    lesson = LessonPage(
        title=content["title"],
        slug=content["slug"],
        locale=locale,
        introduction=content["introduction"],
        body=[_with_image(block) for block in content["body"]],
    )
    _set_quiz(lesson, content)
    return lesson


def _set_quiz(lesson: LessonPage, content: dict) -> None:
    lesson.quiz = [("question", question) for question in content["quiz"]]
    lesson.pass_mark = content["pass_mark"]
    lesson.questions_per_attempt = content.get("questions_per_attempt")


def _bring_up_to_date(index: ModuleIndexPage) -> None:
    """A catalogue loaded by an earlier demo gains what the demo modules have since: the lessons
    added (the final quizzes) and the quizzes of lessons nobody has edited in the admin. Nothing
    changes when the content is there already, and a lesson someone edited keeps their work."""
    for content in MODULES:
        module = ModulePage.objects.child_of(index).filter(slug=content["slug"]).first()
        if module is None:
            continue
        lessons = {lesson.slug: lesson for lesson in LessonPage.objects.child_of(module)}
        for lesson_content in content["lessons"]:
            lesson = lessons.get(lesson_content["slug"])
            if lesson is None:
                publish_child(module, _lesson_page(lesson_content, index.locale))
            elif _quiz_content(lesson) != _quiz_content(lesson_content) and _untouched(lesson):
                _set_quiz(lesson, lesson_content)
                lesson.save_revision().publish()


def _quiz_content(lesson: LessonPage | dict) -> dict:
    """The quiz and its settings as module_content writes them, from a page or from the content."""
    if isinstance(lesson, dict):
        return {field: lesson.get(field) for field in QUIZ_FIELDS}
    questions = [
        {**question.value, "choices": [dict(choice) for choice in question.value["choices"]]}
        for question in lesson.quiz
    ]
    return {
        "quiz": questions,
        "pass_mark": lesson.pass_mark,
        "questions_per_attempt": lesson.questions_per_attempt,
    }


def _untouched(lesson: LessonPage) -> bool:
    """Only the demo loader has saved it: none of its revisions names a user."""
    return not lesson.revisions.exclude(user=None).exists()


def _with_image(block: tuple) -> tuple:
    """An image block of the demo content names its drawing; give it the drawn image."""
    kind, value = block
    if kind != "image":
        return block
    return kind, {**value, "image": getattr(demo_images, value["image"])()}


def assign_facilitator(user) -> None:
    """The demo facilitator facilitates every demo module, so they see its learning statistics."""
    for module in ModulePage.objects.exclude(facilitators=user):
        module.facilitators.add(user)
        module.save()


def complete_first_module(user) -> None:
    """Walk a learner through the catalogue's first module: lessons marked done, quizzes passed."""
    module = ModulePage.objects.live().filter(locale__language_code="id").first()
    if module is None or services.Enrolment.objects.filter(user=user, module=module).exists():
        return
    for lesson in module_lessons(module):
        if lesson.has_quiz:
            answers = {
                question.id: [
                    choice.id
                    for choice in question.value["choices"].bound_blocks
                    if choice.value["correct"]
                ]
                for question in lesson.quiz
            }
            services.submit_quiz(user, module, lesson, answers)
        else:
            services.complete_lesson(user, module, lesson)
