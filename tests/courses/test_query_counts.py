"""Pages cost the same number of queries whatever the number of lessons, modules or enrolments."""

import pytest

from courses import services

from ..helpers import lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture(params=[(2, 3), (4, 30)], ids=["2-modules-3-lessons", "4-modules-30-lessons"])
def busy_learner(request, make_module, resident):
    """A learner enrolled in every module, with half of each module's lessons done."""
    module_count, lesson_count = request.param
    modules = [make_module(lessons=lesson_count) for _ in range(module_count)]
    for module in modules:
        for lesson in lessons_of(module)[: lesson_count // 2]:
            services.complete_lesson(resident, module, lesson)
    return resident, modules


def test_module_page(client, busy_learner, django_assert_max_num_queries):
    resident, modules = busy_learner
    client.force_login(resident)
    with django_assert_max_num_queries(35):
        assert client.get(modules[0].url).status_code == 200


def test_lesson_page_with_quiz(client, busy_learner, django_assert_max_num_queries):
    resident, modules = busy_learner
    client.force_login(resident)
    with django_assert_max_num_queries(35):
        assert client.get(lessons_of(modules[0])[-1].url).status_code == 200


def test_dashboard(client, busy_learner, django_assert_max_num_queries):
    resident, _modules = busy_learner
    client.force_login(resident)
    with django_assert_max_num_queries(21):
        assert client.get("/learning/").status_code == 200


def test_catalogue(client, busy_learner, django_assert_max_num_queries):
    resident, _modules = busy_learner
    client.force_login(resident)
    with django_assert_max_num_queries(29):
        assert client.get("/modul/").status_code == 200
