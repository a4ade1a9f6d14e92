"""The permission matrix: every URL the project defines, requested as each of six roles
(anonymous, resident, other resident, facilitator, coordinator, official), gets the outcome the
permission table declares for it.

The URL patterns are read from the URLconf (includes, i18n patterns, Wagtail's admin with the
URLs our wagtail_hooks register, allauth, Wagtail's page serving, documents). Each is matched
by its URL name, or by its route when it has none, to an entry of TABLE
(tests/permission_table.py for the site and accounts, tests/permission_table_admin.py for the
admin), or else to the first grouped rule of RULES (tests/permission_rules.py) for Wagtail's own
admin. A pattern that matches nothing fails test_every_url_has_an_entry, which names it; an
entry for a URL that does not exist fails test_every_entry_names_a_url.

Each URL is requested with GET, which may never write to the database (session and similar
bookkeeping aside): another site can make a browser send a GET, so every change is a POST with
a CSRF token. An outcome marked read_only (every refusal: a redirect to sign in, Wagtail's
"permission denied", 403, 404, and a page that hides someone else's object) is checked for POST
too, and may not write either. A view that changes state declares `post=`: the outcome of a
POST per role.

To add a URL, add an entry to the table of its part of the site:

    "myapp:thing": Case(
        row(LOGIN, OK, NOT_FOUND, NOT_FOUND, OK, NOT_FOUND),  # GET, per role in the order above
        args=lambda w: {"pk": w.thing.pk},  # the URL's keyword arguments, from the world
        post=row(LOGIN, REDIRECT, NOT_FOUND, NOT_FOUND, REDIRECT, NOT_FOUND),  # if it writes
        data=lambda w: {"field": "value"},  # what the POST sends
    ),

Use a list of Cases, each with a `label`, to request a URL with several objects (the
resident's and someone else's). Build objects in tests/permission_world.py: the resident owns
the learner objects there and the other resident must never reach them. Outcomes (OK, LOGIN,
ADMIN_LOGIN, ADMIN_DENIED, NOT_FOUND, shows(marker), hides(marker), writes_nothing(outcome)…)
and rows (row, everyone, admin) are in tests/permission_outcomes.py. A family of URLs of a
third-party app can instead get a Rule in tests/permission_rules.py, requested with the
PLACEHOLDERS there."""

from dataclasses import dataclass

import pytest
from django.core.cache import cache
from django.db import connection

from . import permission_requests
from .permission_outcomes import Case, Outcome, Pattern, or_not_allowed, url_patterns
from .permission_requests import case_url, cases_of, sign_in
from .permission_table import TABLE
from .permission_world import ROLES

# Rows a request that changes nothing may write: the session, the admin preferences Wagtail
# creates the first time someone opens the admin, resized copies of an image it shows, the note
# of who has an edit form open (Wagtail warns others who open it too) and the editor's comment
# notification setting, which Wagtail creates with the edit form.
BOOKKEEPING_TABLES = (
    "django_session",
    "wagtailusers_userprofile",
    "wagtailimages_rendition",
    "wagtailadmin_editingsession",
    "wagtailcore_pagesubscription",
)

world = permission_requests.world


@dataclass(frozen=True)
class Check:
    pattern: Pattern
    case: Case
    role: str
    method: str

    @property
    def expected(self) -> Outcome:
        index = ROLES.index(self.role)
        if self.method == "get":
            return self.case.get[index]
        if self.case.post:
            return self.case.post[index]
        return or_not_allowed(self.case.get[index])

    def __str__(self):
        label = f"[{self.case.label}]" if self.case.label else ""
        return f"{self.pattern.key}{label}-{self.role}"


PATTERNS = url_patterns()


def _checks(method: str) -> list[Check]:
    checks = []
    for pattern in PATTERNS:
        for case in cases_of(pattern):
            for index, role in enumerate(ROLES):
                posts = case.post is not None or case.get[index].read_only
                if method == "get" or posts:
                    checks.append(Check(pattern, case, role, method))
    return checks


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()  # rate limits and Wagtail's cached site roots stay per test


def test_every_url_has_an_entry():
    missing = [f"{p.key}  ({p.route})" for p in PATTERNS if not cases_of(p)]
    assert not missing, "URLs without an entry in the permission table:\n" + "\n".join(missing)


def test_every_entry_names_a_url():
    keys = {pattern.key for pattern in PATTERNS}
    assert not set(TABLE) - keys, f"Entries for URLs that do not exist: {set(TABLE) - keys}"


def _changes_rows(sql: str, cursor) -> bool:
    """An INSERT (SQLite counts the rows of INSERT … RETURNING only once they are read), or an
    UPDATE or DELETE that touched a row, outside the bookkeeping tables."""
    if any(table in sql for table in BOOKKEEPING_TABLES):
        return False
    statement = sql.lstrip()[:6].upper()
    return statement == "INSERT" or (statement in {"UPDATE", "DELETE"} and cursor.rowcount != 0)


def _request(client, check: Check, world):
    sign_in(client, check.role, world)
    url = case_url(check.pattern, check.case, world)
    writes: list[str] = []

    def record(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if _changes_rows(sql, context["cursor"]):
            writes.append(sql)
        return result

    client.raise_request_exception = False
    with connection.execute_wrapper(record):
        if check.method == "post":
            response = client.post(url, check.case.data(world))
        else:
            response = client.get(url)
    return url, response, writes


def _run(check: Check, client, world):
    url, response, writes = _request(client, check, world)
    expected = check.expected
    where = f"{check.method.upper()} {url} as {check.role}"
    got = f"{response.status_code} {response.get('Location', '')}".strip()
    if getattr(response, "exc_info", None):
        got += f" ({response.exc_info[1]!r})"
    why = f" (rule: {check.case.rule})" if check.case.rule else ""
    as_expected = expected.test(response, world)
    assert as_expected, f"{where}: expected {expected.label}, got {got}{why}"
    if expected.read_only or check.method == "get":
        assert not writes, f"{where} may only read, but wrote to the database: {writes}"


@pytest.mark.django_db
@pytest.mark.parametrize("check", _checks("get"), ids=str)
def test_get(check, client, world):
    _run(check, client, world)


@pytest.mark.django_db
@pytest.mark.parametrize("check", _checks("post"), ids=str)
def test_post(check, client, world):
    _run(check, client, world)
