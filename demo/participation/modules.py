"""The modules learners enrol in: the site's live modules, topped up to the number asked for
with short generated ones (one of them blended)."""

import random
from dataclasses import dataclass, field

from django.utils.text import slugify
from wagtail.models import Locale

from courses.learning.progress import lessons_by_module
from courses.models import LessonPage, ModuleIndexPage, ModulePage, Topic
from demo.pages import publish_child

from . import content


class NoCatalogue(Exception):
    """The site has no module catalogue yet (run `manage.py load_demo` first)."""


@dataclass
class Module:
    page: ModulePage
    lesson_ids: list[int]
    # lesson id -> (right answers, wrong answers) for the lessons with a quiz
    quizzes: dict[int, tuple[dict, dict]]
    weight: float
    enrollees: list = field(default_factory=list)  # enrolment plans, in enrolment order

    @property
    def blended(self) -> bool:
        return self.page.requires_attendance


def live_modules(minimum: int, rng: random.Random) -> list[Module]:
    pages = list(ModulePage.objects.live().order_by("pk"))
    if len(pages) < minimum:
        pages += _add_modules(minimum - len(pages), {page.slug for page in pages})
    lessons = lessons_by_module(pages)
    return [
        Module(
            page=page,
            lesson_ids=[lesson.pk for lesson in lessons[page.pk]],
            quizzes={
                lesson.pk: _answers(lesson) for lesson in lessons[page.pk] if lesson.has_quiz
            },
            # Some modules are much more popular than others; blended ones draw fewer people.
            weight=rng.uniform(0.3, 1.0) * (0.5 if page.requires_attendance else 1.0),
        )
        for page in pages
        if lessons[page.pk]
    ]


def _answers(lesson: LessonPage) -> tuple[dict, dict]:
    right, wrong = {}, {}
    for question in lesson.quiz:
        choices = question.value["choices"].bound_blocks
        right[question.id] = [choice.id for choice in choices if choice.value["correct"]]
        wrong[question.id] = [choice.id for choice in choices if not choice.value["correct"]][:1]
    return right, wrong


def _add_modules(count: int, taken_slugs: set[str]) -> list[ModulePage]:
    index = (
        ModuleIndexPage.objects.filter(locale=Locale.get_default()).first()
        or ModuleIndexPage.objects.first()
    )
    if index is None:
        raise NoCatalogue
    added = []
    for number in range(count):
        topic_slug, title, lesson_titles, blended = content.EXTRA_MODULES[
            number % len(content.EXTRA_MODULES)
        ]
        if number >= len(content.EXTRA_MODULES):
            title = f"{title} {number // len(content.EXTRA_MODULES) + 1}"
        slug = slugify(title)
        while slug in taken_slugs:
            slug += "-baru"
        taken_slugs.add(slug)
        added.append(_add_module(index, title, slug, topic_slug, lesson_titles, blended))
    return added


def _add_module(
    index: ModuleIndexPage, title: str, slug: str, topic_slug: str, lessons: list, blended: bool
) -> ModulePage:
    topic = (
        Topic.objects.filter(slug=topic_slug, locale=index.locale).first()
        or Topic.objects.filter(locale=index.locale).first()
    )
    module = publish_child(
        index,
        ModulePage(
            title=title,
            slug=slug,
            locale=index.locale,
            topic=topic,
            summary=f"Modul singkat tentang {title.lower()} untuk warga dan pengurus RW.",
            estimated_minutes=15 * len(lessons),
            requires_attendance=blended,
        ),
    )
    for number, lesson_title in enumerate(lessons, start=1):
        publish_child(
            module,
            LessonPage(
                title=lesson_title,
                slug=slugify(lesson_title),
                locale=index.locale,
                introduction=f"{lesson_title}: langkah demi langkah.",
                body=[("paragraph", content.LESSON_TEXT.format(topic=lesson_title.lower()))],
                quiz=[("question", content.QUIZ_QUESTION)] if number == len(lessons) else [],
                pass_mark=100,
            ),
        )
    return module
