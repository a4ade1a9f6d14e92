"""Query strings that no page of the site accepts get a 400 page before any view reads them.

- A control character (NUL and the like; tab and line breaks aside) anywhere in a name or a
  value: no field takes one, and PostgreSQL refuses a NUL in a query with a server error.
- In the admin, whose views are mostly Wagtail's: a value of more digits than a database id
  has (SQLite raises OverflowError beyond 64 bits), and an id parameter that is not a plain
  id (Wagtail's views turn `?id=²` or `?offset=…` straight into a query or an int())."""

import re

from django.shortcuts import render

from .admin_access import is_admin_url
from .ids import IdConverter

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
ID = re.compile(IdConverter.regex)
TOO_MANY_DIGITS = re.compile(r"-?[0-9]{19,}")
#: Query parameters Wagtail's admin reads as ids or counts without checking them.
ADMIN_ID_PARAMETERS = frozenset({"id", "offset", "limit", "parent_page_id", "target_pages[]"})


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


class RequestChecksMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_acceptable(request.path_info, request.GET):
            return render(request, "400.html", status=400)
        return self.get_response(request)
