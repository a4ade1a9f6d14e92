"""Query strings that no page of the site accepts get a 400 page before any view reads them.

- A control character (NUL and the like; tab and line breaks aside) anywhere in a name or a
  value: no field takes one, and PostgreSQL refuses a NUL in a query with a server error.
- In the admin, whose views are mostly Wagtail's: a value of more digits than a database id
  has (SQLite raises OverflowError beyond 64 bits), and an id parameter that is not a plain
  id (Wagtail's views turn `?id=²` or `?offset=…` straight into a query or an int()).

An admin search is cut to SEARCH_MAX_LENGTH characters, as our own listings cut theirs: on
PostgreSQL, Wagtail's search of a hundred-odd words exceeds Python's recursion limit."""

import re

from django.http import QueryDict
from django.shortcuts import render

from .admin_access import is_admin_url
from .admin_listing import SEARCH_MAX_LENGTH
from .ids import IdConverter

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
ID = re.compile(IdConverter.regex)
TOO_MANY_DIGITS = re.compile(r"-?[0-9]{19,}")
#: Query parameters Wagtail's admin reads as ids or counts without checking them.
ADMIN_ID_PARAMETERS = frozenset({"id", "offset", "limit", "parent_page_id", "target_pages[]"})
#: The search box of Wagtail's listings and choosers (q) and of its admin API (search).
ADMIN_SEARCH_PARAMETERS = ("q", "search")


def is_acceptable(path: str, query) -> bool:
    admin = is_admin_url(path)
    return not any(
        CONTROL_CHARACTERS.search(name)
        or any(not _is_acceptable_value(name, value, admin) for value in values)
        for name, values in query.lists()
    )


def _is_acceptable_value(name: str, value: str, admin: bool) -> bool:
    if CONTROL_CHARACTERS.search(value):
        return False
    if not admin:
        return True
    if name in ADMIN_ID_PARAMETERS:
        return value == "" or ID.fullmatch(value) is not None
    return TOO_MANY_DIGITS.fullmatch(value) is None


def with_bounded_searches(query: QueryDict) -> QueryDict:
    names = [name for name in ADMIN_SEARCH_PARAMETERS if name in query]
    if all(len(value) <= SEARCH_MAX_LENGTH for name in names for value in query.getlist(name)):
        return query
    bounded = query.copy()
    for name in names:
        bounded.setlist(name, [value[:SEARCH_MAX_LENGTH] for value in query.getlist(name)])
    return QueryDict(bounded.urlencode())


class RequestChecksMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_acceptable(request.path_info, request.GET):
            return render(request, "400.html", status=400)
        if is_admin_url(request.path_info):
            request.GET = with_bounded_searches(request.GET)
        return self.get_response(request)
