"""A guide's brochure prints its labels in the guide's language."""

import pytest
from wagtail.models import Locale

from cms.brochures import render_brochures

from ..factories import GuideIndexPageFactory, GuidePageFactory
from .test_guides import pdf_pages

pytestmark = pytest.mark.django_db


def _text(guide) -> str:
    """The brochure's letters, lower case and without spaces (some labels are capitals)."""
    pages = pdf_pages(render_brochures([guide]))
    return "".join("".join(text.split()) for _size, text in pages).lower()


def test_an_indonesian_guide_prints_indonesian_labels(home_page):
    guide = GuidePageFactory(parent=GuideIndexPageFactory(parent=home_page))
    text = _text(guide)
    assert "hakanda" in text and "langkah-langkah" in text
    assert "yourrights" not in text


def test_an_english_guide_prints_english_labels(home_page, english_home):
    english = Locale.objects.get(language_code="en")
    index = GuideIndexPageFactory(parent=english_home, slug="rights", locale=english)
    guide = GuidePageFactory(parent=index, locale=english, title="Getting an ID card")
    text = _text(guide)
    assert "yourrights" in text and "steps" in text and "scantoreadthefullversion" in text
    assert "hakanda" not in text
