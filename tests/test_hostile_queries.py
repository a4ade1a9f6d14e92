"""Hostile query strings on every page of the site and the admin, as each role that reaches
the page: never a server error.

Each page is first requested as the permission table requests it (tests/permission_table.py),
recording which query parameters it reads. Then every one of them at once is sent each hostile
value: a NUL, a number too large for the database, superscript digits (which str.isdigit()
takes for digits but int() refuses) and a very long string. A view may refuse a whole request
at its first bad parameter, so one role (the one that may do most) also gets each parameter on
its own; the NUL is refused before any view sees it, so once is enough."""

from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from django.http import QueryDict
from django.utils.datastructures import MultiValueDict

from . import permission_requests
from .permission_outcomes import SERVER_ERROR, Case, Pattern, url_patterns
from .permission_requests import case_url, cases_of, sign_in
from .permission_world import ROLES

HOSTILE_VALUES = {
    "NUL": "1\x00",
    "huge": "9" * 30,
    "superscript": "²³",
    "long": "Kelurahan é " * 100,
}

world = permission_requests.world


@dataclass(frozen=True)
class Visit:
    pattern: Pattern
    case: Case
    role: str
    thorough: bool

    def __str__(self):
        label = f"[{self.case.label}]" if self.case.label else ""
        return f"{self.pattern.key}{label}-{self.role}"


def _visits() -> list[Visit]:
    """Every URL, as each role that gets further than a refusal (the view itself runs)."""
    visits = []
    for pattern in url_patterns():
        for case in cases_of(pattern):
            roles = [
                role
                for role, expected in zip(ROLES, case.get, strict=True)
                if not expected.read_only and expected is not SERVER_ERROR
            ]
            most = ["coordinator"] if "coordinator" in roles else roles[-1:]
            visits += [Visit(pattern, case, role, role in most) for role in roles]
    return visits


@contextmanager
def _parameters_read():
    """The names of the query (and form) parameters the view asks for."""
    names: set[str] = set()

    def recording(method):
        def read(self, key, *args, **kwargs):
            if isinstance(self, QueryDict):
                names.add(key)
            return method(self, key, *args, **kwargs)

        return read

    with pytest.MonkeyPatch.context() as patch:
        for method in ("__getitem__", "get", "getlist", "__contains__"):
            patch.setattr(MultiValueDict, method, recording(getattr(MultiValueDict, method)))
        yield names


def _with(url: str, names, value: str) -> str:
    path, _, query = url.partition("?")
    parameters = QueryDict(query, mutable=True)
    for name in names:
        parameters[name] = value
    return f"{path}?{parameters.urlencode()}"


def _hostile_queries(names: set[str], thorough: bool):
    for label, value in HOSTILE_VALUES.items():
        yield f"all={label}", names, value
        if thorough and label != "NUL":
            yield from ((f"{name}={label}", [name], value) for name in sorted(names))


@pytest.mark.django_db
@pytest.mark.parametrize("visit", _visits(), ids=str)
def test_hostile_query_strings_never_give_a_server_error(visit, client, world):
    sign_in(client, visit.role, world)
    client.raise_request_exception = False
    url = case_url(visit.pattern, visit.case, world)
    with _parameters_read() as names:
        client.get(url)
    failures = []
    for label, names_sent, value in _hostile_queries(names, visit.thorough):
        response = client.get(_with(url, names_sent, value))
        if response.status_code >= 500:
            failures.append(f"{label}: {response.status_code}")
    assert not failures, f"GET {url} as {visit.role}: " + ", ".join(failures)
