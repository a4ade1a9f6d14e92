"""Site search: modules, lessons and guides, grouped by kind, with suggestions when nothing is
found. Read-only; the view only parses the query and renders."""

import difflib
import re
from dataclasses import dataclass, field

from django.apps import apps
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

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
    topics: list[tuple[str, str]] = field(default_factory=list)
    guides: list[Page] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(hits) for _label, hits in self.groups)


def _groups():
    return [
        (apps.get_model("cms", "GuidePage"), _("Guides: rights and obligations")),
        (apps.get_model("courses", "ModulePage"), _("Training modules")),
        (apps.get_model("courses", "LessonPage"), _("Lessons")),
    ]


def clean_query(raw: str) -> str:
    """One line of at most MAX_QUERY_LENGTH characters, without NUL (PostgreSQL refuses it)
    or double quotes (SQLite's full-text search reads them as syntax and fails)."""
    return " ".join(raw.translate(QUERY_SYNTAX).split())[:MAX_QUERY_LENGTH]


def search_site(query: str, locale: Locale) -> SearchOutcome:
    outcome = SearchOutcome(query=query)
    if not query:
        return outcome
    pages = Page.objects.live().public().filter(locale=locale).specific()
    hits = list(pages.search(query, operator="or")[:MAX_RESULTS])
    buckets: dict[type, list[Hit]] = {}
    for page in hits:
        buckets.setdefault(type(page), []).append(Hit(page, _snippet(page)))
    known = [model for model, _label in _groups()]
    outcome.groups = [(label, buckets[model]) for model, label in _groups() if model in buckets]
    others = [hit for model, found in buckets.items() if model not in known for hit in found]
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
    outcome.topics = _topic_links(locale)
    guide_model = apps.get_model("cms", "GuidePage")
    outcome.guides = list(
        guide_model.objects.live()
        .public()
        .filter(locale=locale)
        .order_by("-first_published_at")[:5]
    )


def _topic_links(locale: Locale) -> list[tuple[str, str]]:
    catalogue = (
        apps.get_model("courses", "ModuleIndexPage").objects.live().filter(locale=locale).first()
    )
    if catalogue is None:
        return []
    modules = apps.get_model("courses", "ModulePage").objects.live().public().child_of(catalogue)
    topics = {module.topic for module in modules.select_related("topic") if module.topic}
    return sorted((topic.name, f"{catalogue.url}?topik={topic.slug}") for topic in topics)
