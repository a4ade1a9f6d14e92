import importlib

import pytest
from django.core.cache import cache

from cms import cache as site_cache
from config.settings import base
from courses.learning import services as learning
from courses.workshops import feedback
from courses.workshops import services as sessions

from ..factories import WorkshopSessionFactory
from ..helpers import lessons_of, right_answers

CLOSED_PORT = "redis://127.0.0.1:1/0"  # nothing listens there: a Redis that is down


@pytest.fixture
def learn(make_module):
    """Give `user` a full history in a new module: lessons done, the quiz passed (so the module
    is completed and its certificate issued), feedback with a comment, a workshop session
    registered for and attended."""

    def make(user, title: str, comment: str = "Materinya jelas sekali."):
        module = make_module(lessons=2, quiz=True, title=title)
        first, last = lessons_of(module)
        learning.complete_lesson(user, module, first)
        learning.submit_quiz(user, module, last, right_answers(last))
        feedback.give_feedback(
            user,
            feedback.Ratings(5, 4, 3, comment=comment, share_comment=True),
            module=module,
        )
        session = WorkshopSessionFactory(
            module=module, title=f"Lokakarya {title}", in_progress=True
        )
        sessions.register(user, session)
        sessions.check_in(session, user, method="facilitator")
        return module

    return make


@pytest.fixture
def fresh_rate_limits():
    """Allauth counts sign-ups and mails per address in the cache, which outlives a test."""
    cache.clear()


@pytest.fixture
def redis_at(settings, monkeypatch):
    """Point the cache at a Redis as the settings do when REDIS_URL is set."""

    def point(url: str) -> None:
        monkeypatch.setenv("REDIS_URL", url)
        settings.CACHES = importlib.reload(base).CACHES

    monkeypatch.setattr(site_cache, "_outages", {})
    yield point
    monkeypatch.delenv("REDIS_URL", raising=False)
    importlib.reload(base)


@pytest.fixture
def redis_down(redis_at):
    """REDIS_URL set, and nothing answering there."""
    redis_at(CLOSED_PORT)
