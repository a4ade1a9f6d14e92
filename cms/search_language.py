"""Which language a search runs in: PostgreSQL stems words by language (cms/search_backend.py),
so a page is indexed with its own language's rules and a query is read with the reader's."""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

active_language: ContextVar[str | None] = ContextVar("search_language", default=None)


@contextmanager
def in_language(language_code: str) -> Iterator[None]:
    token = active_language.set(language_code)
    try:
        yield
    finally:
        active_language.reset(token)
