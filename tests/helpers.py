"""Helpers for tests about learning: a module's lessons and quiz answers."""


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
