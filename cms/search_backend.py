"""Wagtail's PostgreSQL search, stemming each page in its own language and each query in the
reader's: "registering" finds "register" on English pages as "pembuatan" finds "membuat" on
Indonesian ones. WAGTAILSEARCH_BACKENDS names PostgreSQL's text search configuration per
language (LANGUAGE_CONFIGS); a language without one (Sundanese, Javanese) uses SEARCH_CONFIG,
and so does everything that is not a page (images, documents)."""

from itertools import groupby

from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend
from wagtail.models import Locale

from .search_language import active_language, in_language


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        language = lambda obj: codes.get(getattr(obj, "locale_id", None), "")  # noqa: E731
        for code, group in groupby(sorted(objs, key=language), key=language):
            with in_language(code):
                super().add_items(model, list(group))


class LanguageSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex

    def __init__(self, params):
        self.language_configs = params.get("LANGUAGE_CONFIGS", {})
        super().__init__(params)

    @property
    def config(self):
        return self.language_configs.get(active_language.get(), self.default_config)

    @config.setter
    def config(self, value):
        self.default_config = value


SearchBackend = LanguageSearchBackend
