"""Helpers for tests: a module's lessons, quiz answers, concurrent calls, authenticator codes,
the queries a page costs."""

import base64
import hashlib
import hmac
import re
import struct
import threading
import time
from collections import Counter

from django.core.cache import caches
from django.db import connection
from django.http import QueryDict
from django.test import Client
from django.test.utils import CaptureQueriesContext

THREADS = 12


def lessons_of(module):
    from courses.learning.progress import module_lessons

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


def attempt_number(client, lesson, url: str | None = None) -> str:
    """The attempt the quiz form on the lesson page (or `url`) is for."""
    content = client.get(url or lesson.url).content.decode()
    return re.search(r'name="attempt" value="([^"]+)"', content).group(1)


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


def totp_code(secret: str, at: float | None = None) -> str:
    """The six-digit code an authenticator app shows for `secret` (RFC 6238, SHA-1, 30 s)."""
    counter = int((time.time() if at is None else at) // 30)
    key = base64.b32decode(secret, casefold=True)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def sign_in(client, user, next_url=None, password=None):
    """Sign in through allauth's page, as a person does (a real sign-in, unlike force_login)."""
    from .factories import DEFAULT_PASSWORD

    path = "/accounts/login/" + (f"?next={next_url}" if next_url else "")
    return client.post(path, {"login": user.email, "password": password or DEFAULT_PASSWORD})


def concurrent_posts(users, path: str, data=None, threads: int = THREADS) -> list[int]:
    """POST `path` from `threads` threads at once, each signed in as the next of `users` (one
    user: all of them as that user). Returns the response statuses, sorted; fails on an
    exception in any thread."""
    people = list(users) if isinstance(users, list | tuple) else [users]
    clients = []
    for number in range(threads):
        client = Client()
        client.force_login(people[number % len(people)])
        clients.append(client)
    statuses = []
    remaining = iter(clients)
    errors = run_concurrently(
        lambda: statuses.append(next(remaining).post(path, data or {}).status_code), threads
    )
    assert errors == []
    return sorted(statuses)


def query_count(client, url: str, status: int = 200) -> tuple[int, list[str]]:
    """The queries of GET `url` once caches are warm: a first request fills what is kept between
    requests (Wagtail's site root paths and locales, the renditions of pictures, the session),
    the second is counted. The second is rendered, not served from the anonymous pages' cache
    (tests/cms/test_page_cache.py counts that). Returns how many queries it ran and their SQL."""
    assert client.get(url).status_code == status
    caches["pages"].clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == status
    return len(captured), [query["sql"] for query in captured.captured_queries]


def _shape(sql: str) -> str:
    """The SQL without its values, lists of values as one: the same query for other rows."""
    return re.sub(r"\?(?:, \?)+", "?", re.sub(r"'(?:[^']|'')*'|\b\d+(?:\.\d+)?\b", "?", sql))


def assert_same_queries(
    small: tuple[int, list[str]], large: tuple[int, list[str]], most: int, page: str = ""
) -> None:
    """A page cost as many queries with little data (`small`, from query_count) as with a lot
    (`large`), and no more than `most`. Otherwise the message gives both counts, the queries
    that ran more often with more data, and every query of the larger request."""
    bigger = max(small, large, key=lambda counted: counted[0])
    grew = Counter(map(_shape, large[1])) - Counter(map(_shape, small[1]))
    details = (
        f"{page}: {small[0]} queries with little data, {large[0]} with more."
        + "".join(
            f"\nRan {times} more time(s) with more data: {sql}" for sql, times in grew.items()
        )
        + f"\nThe {bigger[0]} queries with {'more' if bigger is large else 'little'} data:\n"
        + "\n".join(f"{number}. {sql}" for number, sql in enumerate(bigger[1], 1))
    )
    assert small[0] == large[0], details
    assert large[0] <= most, f"More than {most} queries. {details}"


def post_query(client, url: str, query: str, **kwargs):
    """POST a query string's parameters (a name may repeat) as form data."""
    return client.post(url, dict(QueryDict(query).lists()), **kwargs)
