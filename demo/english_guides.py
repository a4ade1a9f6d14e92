"""Loads the English demo guides (demo/guide_content_en.py) as wagtail-localize translations of
the Indonesian ones, the way a translator's work is stored: each text of the Indonesian guide
gets its English string, and the translation is published. So the English guides stay linked
to their sources: a change to an Indonesian guide shows its translation as out of date, and
the translation editor shows what changed."""

from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

from cms.models import GuidePage

from .guide_content import GUIDES
from .guide_content_en import GUIDES_EN


def ensure_english_guides() -> int:
    """Translate every Indonesian demo guide that has no English translation yet; returns how
    many were translated."""
    english = Locale.objects.get(language_code="en")
    sources = {content["slug"]: content for content in GUIDES}
    translated = 0
    guides = GuidePage.objects.filter(locale__language_code="id", slug__in=GUIDES_EN)
    for guide in guides:
        if guide.get_translation_or_none(
            english
        ) is None and guide.get_parent().specific.get_translation_or_none(english):
            _translate(guide, english, _pairs(sources[guide.slug], GUIDES_EN[guide.slug]))
            translated += 1
    return translated


def _translate(guide: GuidePage, english: Locale, pairs: dict[str, str]) -> None:
    source, _created = TranslationSource.get_or_create_from_instance(guide)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=english)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        text = pairs.get(segment.string.data)
        if text is not None:
            StringTranslation.objects.update_or_create(
                translation_of_id=segment.string_id,
                locale=english,
                context_id=segment.context_id,
                defaults={"data": text},
            )
    # A draft, published here rather than by wagtail-localize after the demo's transaction.
    translation.save_target(publish=False)
    translation.get_target_instance().get_latest_revision().publish()


def _pairs(indonesian, english) -> dict[str, str]:
    """Each Indonesian text and its English, found at the same place of the two contents, as
    wagtail-localize stores strings (plain text escaped as HTML)."""
    if isinstance(indonesian, str) and isinstance(english, str):
        if not indonesian:
            return {}
        return {
            StringValue.from_plaintext(indonesian).data: StringValue.from_plaintext(english).data
        }
    if isinstance(indonesian, dict) and isinstance(english, dict):
        found = {}
        for key in indonesian.keys() & english.keys():
            found.update(_pairs(indonesian[key], english[key]))
        return found
    if isinstance(indonesian, list | tuple) and isinstance(english, list | tuple):
        found = {}
        for one, other in zip(indonesian, english, strict=False):
            found.update(_pairs(one, other))
        return found
    return {}
