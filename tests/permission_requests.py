"""What the permission matrix and the hostile query walk share: the world, built once per test
module with a signed-in session per role, the Cases each URL pattern is requested with, and
the URL of a Case."""

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.test import Client, override_settings
from django.urls import reverse

from .permission_outcomes import Case, Pattern, or_not_allowed
from .permission_rules import RULES, placeholder_args, placeholder_data
from .permission_table import TABLE
from .permission_world import build_world


def cases_of(pattern: Pattern) -> list[Case]:
    entry = TABLE.get(pattern.key)
    if entry is not None:
        return entry if isinstance(entry, list) else [entry]
    rule = next((rule for rule in RULES if rule.matches(pattern)), None)
    if rule is None:
        return []
    return [
        Case(
            tuple(or_not_allowed(outcome) for outcome in rule.get),
            args=lambda w, p=pattern: placeholder_args(p, w),
            data=lambda w, p=pattern: placeholder_data(p),
            rule=rule.label,
        )
    ]


def case_url(pattern: Pattern, case: Case, world) -> str:
    if case.url:
        path = case.url(world)
    else:
        args = case.args(world) if case.args else {}
        path = reverse(pattern.name, kwargs=args)
    query = case.query(world) if callable(case.query) else case.query
    return f"{path}?{query}" if query else path


def sign_in(client, role: str, world) -> None:
    if role in world.sessions:
        client.cookies[settings.SESSION_COOKIE_NAME] = world.sessions[role]


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Built once for the module inside a transaction that is rolled back at its end; each
    test runs in a savepoint within it. PDFs are not rendered: the matrix is about access."""
    # InMemoryStorage (the test settings) gives documents a path that is not on disk, so
    # Wagtail is told to serve them by redirecting to their URL.
    serve_documents = override_settings(WAGTAILDOCS_SERVE_METHOD="redirect")
    with django_db_blocker.unblock(), pytest.MonkeyPatch.context() as patch, serve_documents:
        for module in ("cms.pdf", "cms.brochures"):  # brochures import `layout` by name
            patch.setattr(f"{module}.layout", _FakeDocument)
        with transaction.atomic():
            world = build_world()
            world.sessions = _signed_in_sessions(world)
            yield world
            transaction.set_rollback(True)
        cache.clear()
        ContentType.objects.clear_cache()


def _signed_in_sessions(world) -> dict[str, str]:
    """A session per role, made once: signing in for every request would double its cost."""
    keys = {}
    for role, user in world.users.items():
        if user is not None:
            signed_in = Client()
            signed_in.force_login(user)
            keys[role] = signed_in.cookies[settings.SESSION_COOKIE_NAME].value
    return keys


class _FakeDocument:
    pages = [None]

    def __init__(self, html, stylesheet):
        pass

    def write_pdf(self):
        return b"%PDF-1.7 permission matrix"
