import pytest

from ..factories import LessonPageFactory, ModuleIndexPageFactory, ModulePageFactory, quiz_question


@pytest.fixture
def catalogue(home_page):
    return ModuleIndexPageFactory(parent=home_page)


@pytest.fixture
def make_module(catalogue):
    """A module with `lessons` lessons; the last one has a two-question quiz when `quiz`."""

    def make(lessons=3, quiz=True, **fields):
        module = ModulePageFactory(parent=catalogue, **fields)
        for number in range(1, lessons + 1):
            extra = {}
            if quiz and number == lessons:
                extra["quiz"] = [
                    quiz_question(),
                    quiz_question(
                        "Mana yang termasuk dokumen anggaran?",
                        kind="multiple",
                        answers=[("APBD", True), ("RKPD", True), ("KTP", False)],
                        explanation="KTP adalah kartu identitas, bukan dokumen anggaran.",
                    ),
                ]
            LessonPageFactory(
                parent=module, title=f"Pelajaran {number}", slug=f"pelajaran-{number}", **extra
            )
        return module

    return make


@pytest.fixture
def module(make_module):
    return make_module()


def lessons_of(module):
    from courses.progress import module_lessons

    return module_lessons(module)


def right_answers(lesson) -> dict[str, list[str]]:
    return {
        question.id: [
            choice.id
            for choice in question.value["choices"].bound_blocks
            if choice.value["correct"]
        ]
        for question in lesson.quiz
    }


def wrong_answers(lesson) -> dict[str, list[str]]:
    return {
        question.id: [
            next(
                choice.id
                for choice in question.value["choices"].bound_blocks
                if not choice.value["correct"]
            )
        ]
        for question in lesson.quiz
    }


def as_post(answers: dict[str, list[str]]) -> dict[str, list[str]]:
    return {f"q-{question}": choices for question, choices in answers.items()}
