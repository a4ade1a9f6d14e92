"""Site search: pages grouped by kind, with suggestions when nothing is found. Read-only; the view
only parses the query and renders. Apps register the page types they want shown as a group of
their own, and links to suggest when nothing is found, in their AppConfig.ready(); cms registers
its guides."""

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from .models import GuidePage
from .search_language import in_language

MAX_QUERY_LENGTH = 200
MAX_RESULTS = 50
QUERY_SYNTAX = str.maketrans({"\x00": " ", '"': " "})
WORD = re.compile(r"[^\W_]{3,}")


@dataclass(frozen=True)
class Hit:
    page: Page
    snippet: str


@dataclass
class SearchOutcome:
    query: str
    groups: list[tuple[str, list[Hit]]] = field(default_factory=list)
    did_you_mean: str = ""
    #: (heading, [(link text, url)]) from the registered suggestion sources
    suggestions: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)
    guides: list[Page] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(hits) for _label, hits in self.groups)


#: Page type → the heading its results are listed under, in the order registered.
_groups: dict[type[Page], str] = {}
#: Headings and the functions giving their links for a locale, shown when nothing is found.
_suggestions: list[tuple[str, Callable[[Locale], list[tuple[str, str]]]]] = []


def register_group(model: type[Page], heading: str) -> None:
    _groups[model] = heading


def register_suggestions(heading: str, links: Callable[[Locale], list[tuple[str, str]]]) -> None:
    _suggestions.append((heading, links))


def clean_query(raw: str) -> str:
    """One line of at most MAX_QUERY_LENGTH characters, without NUL (PostgreSQL refuses it)
    or double quotes (SQLite's full-text search reads them as syntax and fails)."""
    return " ".join(raw.translate(QUERY_SYNTAX).split())[:MAX_QUERY_LENGTH]


def search_site(query: str, locale: Locale) -> SearchOutcome:
    outcome = SearchOutcome(query=query)
    if not query:
        return outcome
    pages = Page.objects.live().public().filter(locale=locale).specific()
    with in_language(locale.language_code):
        hits = list(pages.search(query, operator="or")[:MAX_RESULTS])
    buckets: dict[type, list[Hit]] = {}
    for page in hits:
        buckets.setdefault(type(page), []).append(Hit(page, _snippet(page)))
    outcome.groups = [
        (label, buckets[model]) for model, label in _groups.items() if model in buckets
    ]
    others = [hit for model, found in buckets.items() if model not in _groups for hit in found]
    if others:
        outcome.groups.append((_("Other pages"), others))
    if not outcome.groups:
        _add_suggestions(outcome, locale)
    return outcome


def _snippet(page: Page) -> str:
    text = (
        page.search_description
        or getattr(page, "summary", "")
        or getattr(page, "introduction", "")
    )
    return Truncator(str(text)).words(30)


def _add_suggestions(outcome: SearchOutcome, locale: Locale) -> None:
    titles = (
        Page.objects.live()
        .public()
        .filter(locale=locale, depth__gt=2)
        .values_list("title", flat=True)
    )
    vocabulary = {word.lower() for title in titles for word in WORD.findall(title)}
    corrected = []
    for word in outcome.query.split():
        close = difflib.get_close_matches(word.lower(), vocabulary, n=1, cutoff=0.75)
        corrected.append(close[0] if close and word.lower() not in vocabulary else word)
    suggestion = " ".join(corrected)
    if suggestion.lower() != outcome.query.lower():
        outcome.did_you_mean = suggestion
    outcome.suggestions = [
        (heading, found) for heading, links in _suggestions if (found := links(locale))
    ]
    outcome.guides = list(
        GuidePage.objects.live().public().filter(locale=locale).order_by("-first_published_at")[:5]
    )
