from django.utils.functional import cached_property

from .text import one_line

SEARCH_MAX_LENGTH = 100


class BoundedSearchMixin:
    """For a Wagtail IndexView: its search on one line and at most SEARCH_MAX_LENGTH characters.
    SQLite refuses a LIKE pattern of tens of thousands of bytes ("pattern too complex"), and
    nobody searches with one."""

    @cached_property
    def search_query(self):
        return one_line(super().search_query)[:SEARCH_MAX_LENGTH]
