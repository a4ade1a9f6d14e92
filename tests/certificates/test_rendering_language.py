"""A certificate prints its labels in the recipient's preferred language."""

import pytest

from certificates import rendering
from cms.models import Profile

from .test_rendering import pdf_pages

pytestmark = pytest.mark.django_db


def _text(certificate) -> str:
    """The page's letters, lower case and without spaces: labels are printed in capitals,
    letter-spaced."""
    text = pdf_pages(rendering.render_pdf(rendering.content_for(certificate)))[0][1]
    return "".join(text.split()).lower()


def test_a_resident_who_reads_english_gets_english_labels(certificate, resident):
    Profile.objects.filter(user=resident).update(preferred_language="en")
    text = _text(certificate)
    assert "certificatecode" in text and "module" in text
    assert "kodesertifikat" not in text


def test_a_resident_who_reads_indonesian_gets_indonesian_labels(certificate, resident):
    Profile.objects.filter(user=resident).update(preferred_language="id")
    text = _text(certificate)
    assert "kodesertifikat" in text
    assert "certificatecode" not in text
