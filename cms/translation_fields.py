"""How wagtail-localize treats a page's fields when it is translated. Text (titles, summaries,
stream fields) is translated segment by segment; images, dates, numbers, choices and links to
pages are synchronised from the source (wagtail-localize's defaults). The slug is synchronised
too, so a translation keeps its source's address under /en/ unless the translator changes it."""

from wagtail_localize.fields import SynchronizedField

PAGE_FIELDS = [SynchronizedField("slug", overridable=True)]
