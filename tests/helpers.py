"""Helpers for tests about learning: a module's lessons, quiz answers, concurrent calls."""

import threading

from django.db import connection

THREADS = 12


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


def run_concurrently(action, threads: int = THREADS) -> list[BaseException]:
    barrier = threading.Barrier(threads)
    errors: list[BaseException] = []

    def worker():
        try:
            barrier.wait()
            action()
        except BaseException as error:  # noqa: BLE001 - every failure is the test's result
            errors.append(error)
        finally:
            connection.close()

    workers = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    return errors
