from html import unescape

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page, Site

register = template.Library()


def _home_page(request) -> Page | None:
    site = Site.find_for_request(request)
    return site.root_page.localized if site else None


@register.simple_tag(takes_context=True)
def home_url(context) -> str:
    home = _home_page(context["request"])
    return home.get_url(context["request"]) if home else "/"


@register.simple_tag(takes_context=True)
def main_menu(context):
    home = _home_page(context["request"])
    return home.get_children().live().in_menu() if home else Page.objects.none()


@register.filter
def is_within(page, section: Page) -> bool:
    """True when page is section itself or one of its descendants."""
    return isinstance(page, Page) and page.path.startswith(section.path)


# A page's own words for search results and link previews, best first.
DESCRIPTION_FIELDS = ("search_description", "summary", "introduction", "hero_text")


@register.filter
def page_description(page) -> str:
    """The page's description in plain text, or "" for what is not a page or has none."""
    if not isinstance(page, Page):
        return ""
    for field in DESCRIPTION_FIELDS:
        text = " ".join(unescape(strip_tags(str(getattr(page, field, "") or ""))).split())
        if text:
            return Truncator(text).chars(160)
    return ""


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Link to this page in every language: the translated page when there is one, else its
    nearest translated ancestor, and the same view under the other language prefix for
    non-page views."""
    request = context["request"]
    page = context.get("page")
    translations = {}
    if isinstance(page, Page) and page.pk:
        for translated in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translated.locale.language_code] = translated.get_url(request)
    links = []
    for code, name in settings.LANGUAGES:
        if isinstance(page, Page):
            url = translations.get(code) or _nearest_translated_url(request, page, code)
        else:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "current": code == get_language()})
    return {"languages": links}


def _nearest_translated_url(request, page: Page, code: str) -> str:
    """A page without a translation: its nearest ancestor that has one (the catalogue for a
    module not yet translated), else that language's home."""
    keys = [ancestor.translation_key for ancestor in page.get_ancestors()]
    nearest = (
        Page.objects.live()
        .filter(locale__language_code=code, translation_key__in=keys, depth__gt=1)
        .order_by("-depth")
        .first()
    )
    return nearest.get_url(request) if nearest else _locale_home_url(request, code)


def _locale_home_url(request, code: str) -> str:
    site = Site.find_for_request(request)
    locale = Locale.objects.filter(language_code=code).first()
    home = site.root_page.get_translation_or_none(locale) if site and locale else None
    return home.get_url(request) if home else translate_url("/", code)


def _locale_codes() -> dict[int, str]:
    return dict(Locale.objects.values_list("pk", "language_code"))


@register.simple_tag(takes_context=True)
def other_language(context, page) -> str:
    """The language code of `page` when it is not the reader's language (a page shown because
    it has no translation yet), else "". One query per request, however many pages."""
    request = context.get("request")
    codes = getattr(request, "_locale_codes", None)
    if codes is None:
        codes = _locale_codes()
        if request is not None:
            request._locale_codes = codes
    code = codes.get(getattr(page, "locale_id", None), "")
    return "" if not code or code == get_language() else code


@register.simple_tag
def language_name(code: str) -> str:
    """The language's name in the reader's language ("Indonesian", "Bahasa Inggris"), or as
    LANGUAGES names it for a language Django does not know (Sundanese)."""
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return dict(settings.LANGUAGES).get(code, code)
