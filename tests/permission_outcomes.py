"""The vocabulary of the permission table: what a response may be (an Outcome), one expected
Outcome per role (a row), the table's entries (Case) and grouped rules (Rule), and the URL
patterns the project defines, read from its URLconf."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import resolve_url
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.urls.exceptions import Resolver404

from .permission_world import ROLES, World


@dataclass(frozen=True)
class Outcome:
    """`read_only`: the role may at most read this URL (a refusal, or a page that hides
    someone else's object): a POST is checked too, and neither may write to the database."""

    label: str
    test: Callable[[HttpResponse, World], bool]
    read_only: bool = False

    def __repr__(self):
        return self.label


def _redirects_to(url_name: str) -> Callable[[HttpResponse, World], bool]:
    def test(response, world):
        if response.status_code != 302:
            return False
        try:
            return resolve(response.url.split("?")[0]).view_name == url_name
        except Resolver404:
            return False

    return test


def redirect_to(url_name: str, read_only: bool = False) -> Outcome:
    return Outcome(f"redirect to {url_name}", _redirects_to(url_name), read_only)


def status(code: int, read_only: bool = False) -> Outcome:
    return Outcome(str(code), lambda response, world: response.status_code == code, read_only)


def _text(response) -> str:
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def shows(marker: Callable[[World], str]) -> Outcome:
    """A 200 page with the marker in it: the role sees their own object."""
    return Outcome(
        "200 showing it",
        lambda response, world: response.status_code == 200 and marker(world) in _text(response),
    )


def hides(marker: Callable[[World], str]) -> Outcome:
    """A 200 page without the marker: someone else's object is not shown."""
    return Outcome(
        "200 without it",
        lambda response, world: (
            response.status_code == 200 and marker(world) not in _text(response)
        ),
        read_only=True,
    )


def _admin_login(response, world) -> bool:
    """Wagtail's sign-in page, or the one WAGTAILADMIN_LOGIN_URL names instead (Wagtail's own
    then only passes the visitor on to it)."""
    configured = resolve_url(getattr(settings, "WAGTAILADMIN_LOGIN_URL", "wagtailadmin_login"))
    names = {resolve(path).view_name for path in (configured, reverse("wagtailadmin_login"))}
    return any(_redirects_to(name)(response, world) for name in names)


OK = status(200)
NOT_FOUND = status(404, read_only=True)
BAD_REQUEST = status(400, read_only=True)
NOT_ALLOWED = status(405)
REDIRECT = Outcome("a redirect", lambda response, world: response.status_code in {301, 302})
LOGIN = redirect_to("account_login", read_only=True)
SIGNUP = redirect_to("account_signup", read_only=True)
HOME = redirect_to("wagtail_serve")
ADMIN_LOGIN = Outcome("redirect to the admin sign-in", _admin_login, read_only=True)
STAFF_ONLY = status(403, read_only=True)  # "the admin is for staff", to signed-in residents
ADMIN_DENIED = Outcome(
    "Wagtail's permission denied (redirect to the dashboard)",
    _redirects_to("wagtailadmin_home"),
    read_only=True,
)
NO_ACCESS = Outcome(
    "no access (denied, 403 or 404)",
    lambda response, world: (
        response.status_code in {403, 404} or ADMIN_DENIED.test(response, world)
    ),
    read_only=True,
)
REACHABLE = Outcome("any answer but a server error", lambda r, w: r.status_code < 500)
READ_ONLY = Outcome(
    "any answer but a server error, writing nothing", REACHABLE.test, read_only=True
)
SERVER_ERROR = status(500)


def writes_nothing(outcome: Outcome) -> Outcome:
    """The outcome, from a request that must not change the database."""
    return Outcome(f"{outcome.label}, writing nothing", outcome.test, read_only=True)


def or_not_allowed(outcome: Outcome) -> Outcome:
    """The outcome, or 405 from a view that does not take this method at all."""
    return Outcome(
        f"{outcome.label} (or 405)",
        lambda response, world: response.status_code == 405 or outcome.test(response, world),
        outcome.read_only,
    )


Row = tuple[Outcome, Outcome, Outcome, Outcome, Outcome, Outcome]


def row(anonymous, resident, other_resident, facilitator, coordinator, official) -> Row:
    return (anonymous, resident, other_resident, facilitator, coordinator, official)


def everyone(outcome: Outcome) -> Row:
    return (outcome,) * len(ROLES)


def admin(facilitator: Outcome, coordinator: Outcome, official: Outcome) -> Row:
    """An admin URL: visitors are sent to sign in, residents told that it is for staff."""
    return row(ADMIN_LOGIN, STAFF_ONLY, STAFF_ONLY, facilitator, coordinator, official)


@dataclass(frozen=True)
class Case:
    """One request to a URL: its expected outcome per role for GET, and for POST when the view
    changes state (`post`; left out, the roles refused on GET are refused on POST too)."""

    get: Row
    args: Callable[[World], dict] | None = None
    url: Callable[[World], str] | None = None
    query: Callable[[World], str] | str = ""
    post: Row | None = None
    data: Callable[[World], dict] = field(default=lambda world: {})
    label: str = ""  # tells several Cases of one URL apart in the test names
    rule: str = ""  # the grouped rule the Case comes from, for failure messages


@dataclass(frozen=True)
class Rule:
    """Expectations for a group of URLs (Wagtail's and allauth's own), each requested with
    placeholder arguments (see PLACEHOLDERS)."""

    label: str
    matches: Callable[["Pattern"], bool]
    get: Row


@dataclass(frozen=True)
class Pattern:
    name: str | None
    route: str
    kwargs: tuple[str, ...]

    @property
    def key(self) -> str:
        return self.name or self.route

    @property
    def namespace(self) -> str:
        return self.name.rpartition(":")[0] if self.name else ""


def url_patterns() -> list[Pattern]:
    """Every URL pattern of the project's URLconf, includes and i18n patterns walked."""
    found: list[Pattern] = []

    def walk(resolver, prefix: str, namespaces: tuple, kwargs: tuple):
        for item in resolver.url_patterns:
            names = kwargs + _kwargs(item.pattern)
            route = prefix + str(item.pattern)
            if isinstance(item, URLResolver):
                inner = namespaces + ((item.namespace,) if item.namespace else ())
                walk(item, route, inner, names)
            elif isinstance(item, URLPattern):
                name = ":".join(namespaces + (item.name,)) if item.name else None
                found.append(Pattern(name, route, names))

    walk(get_resolver(), "", (), ())
    return found


def _kwargs(pattern) -> tuple[str, ...]:
    if hasattr(pattern, "converters") and pattern.converters:
        return tuple(pattern.converters)
    regex = getattr(pattern, "regex", None)
    return tuple(regex.groupindex) if isinstance(regex, re.Pattern) else ()
