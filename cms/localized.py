"""Pages in the reader's language. Content is written in the site's first language
(LANGUAGE_CODE) and translated page by page: a reader of another language sees each page's
live translation where there is one, and the page itself where there is not, marked as
written in another language (templates/includes/language_note.html)."""

from django.conf import settings
from wagtail.models import Locale, Page


def source_page(page: Page) -> Page:
    """The page's version in the site's first language, or the page itself."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return page
    source = page.get_translations().filter(locale__language_code=settings.LANGUAGE_CODE).first()
    return source.specific if source else page


def in_locale(pages: list[Page], locale: Locale, queryset=None) -> list[Page]:
    """Each page replaced by its live, public translation into `locale` where there is one.
    One query, however many pages; `queryset` (of the pages' model) may select related rows."""
    wanted = [page.translation_key for page in pages if page.locale_id != locale.pk]
    if not wanted:
        return list(pages)
    if queryset is None:
        queryset = Page.objects.specific()
    translations = queryset.live().public().filter(locale=locale, translation_key__in=wanted)
    by_key = {page.translation_key: page for page in translations}
    return [by_key.get(page.translation_key, page) for page in pages]


def children_in_locale(index: Page, queryset) -> list[Page]:
    """The live, public children of `index`'s source (from `queryset`) in `index`'s language
    (see in_locale), then those written only in that language."""
    pages = queryset.live().public()
    source = source_page(index)
    listed = list(pages.child_of(source))
    if source.pk == index.pk:
        return listed
    localized = in_locale(listed, index.locale, queryset)
    keys = {page.translation_key for page in listed}
    return localized + [page for page in pages.child_of(index) if page.translation_key not in keys]
