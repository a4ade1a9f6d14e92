import pytest
from django.utils import translation

from .test_reports import build_march


@pytest.fixture
def english(settings):
    """The report's tests read the English source strings."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def march(make_module, official):
    return build_march(make_module, official)
