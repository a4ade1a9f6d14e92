"""Pages cost the same number of queries whatever the number of lessons, modules or enrolments:
each test counts a page's queries for a learner in 2 modules of 3 lessons, then in 4 modules of
30 lessons, with half of each module's lessons done both times."""

import pytest

from courses.learning import services

from ..factories import LessonPageFactory
from ..helpers import assert_same_queries, lessons_of, query_count

pytestmark = pytest.mark.django_db


def half_done(resident, module):
    lessons = lessons_of(module)
    for lesson in lessons[: len(lessons) // 2]:
        services.complete_lesson(resident, module, lesson)


def grow(resident, module, lessons: int):
    """Give `module` `lessons` lessons, its quiz still the last one, half of them done."""
    *_, quiz = lessons_of(module)
    for number in range(len(lessons_of(module)) + 1, lessons + 1):
        LessonPageFactory(parent=module, title=f"Pelajaran {number}", slug=f"pelajaran-{number}")
    quiz.move(module, pos="last-child")
    half_done(resident, module)


class Learner:
    """A learner enrolled in 2 modules of 3 lessons, half of each done, until `grow()`: then in
    4 modules of 30 lessons, half of each done."""

    def __init__(self, make_module, resident):
        self.make_module, self.resident = make_module, resident
        self.modules = [make_module(lessons=3) for _ in range(2)]
        for module in self.modules:
            half_done(resident, module)

    def grow(self):
        self.modules += [self.make_module(lessons=3) for _ in range(2)]
        for module in self.modules:
            grow(self.resident, module, lessons=30)


@pytest.fixture
def learner(client, make_module, resident):
    client.force_login(resident)
    return Learner(make_module, resident)


def costs_the_same(client, learner, url, most):
    small = query_count(client, url)
    learner.grow()
    assert_same_queries(small, query_count(client, url), most, url)


def test_module_page_costs_the_same_queries_with_30_lessons_as_with_3(client, learner):
    costs_the_same(client, learner, learner.modules[0].url, most=26)
    assert len(lessons_of(learner.modules[0])) == 30


def test_quiz_lesson_costs_the_same_queries_in_a_module_of_30_lessons_as_of_3(client, learner):
    quiz = lessons_of(learner.modules[0])[-1]
    assert quiz.has_quiz
    costs_the_same(client, learner, quiz.url, most=23)
    assert lessons_of(learner.modules[0])[-1].pk == quiz.pk


def test_dashboard_costs_the_same_queries_with_4_modules_of_30_lessons_as_2_of_3(client, learner):
    costs_the_same(client, learner, "/learning/", most=15)


def test_catalogue_costs_the_same_queries_with_4_modules_of_30_lessons_as_2_of_3(client, learner):
    costs_the_same(client, learner, "/modul/", most=29)


def test_dashboard_costs_the_same_queries_with_3_completed_modules_as_with_1(
    client, make_module, resident
):
    def complete_a_module():
        module = make_module(lessons=1, quiz=False)
        services.complete_lesson(resident, module, lessons_of(module)[0])

    client.force_login(resident)
    complete_a_module()
    small = query_count(client, "/learning/")
    complete_a_module()
    complete_a_module()
    assert_same_queries(small, query_count(client, "/learning/"), 21, "/learning/")
