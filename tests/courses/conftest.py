import pytest
from django.urls import clear_url_caches
from django.utils import translation

from .test_reports import build_march


@pytest.fixture
def english(settings):
    """The report's tests read the English source strings. Django caches reversed URLs per
    language with the prefix they had then, so the cache is emptied on both sides."""
    settings.LANGUAGE_CODE = "en"
    clear_url_caches()
    with translation.override("en"):
        yield
    clear_url_caches()


@pytest.fixture
def march(make_module, official):
    return build_march(make_module, official)
