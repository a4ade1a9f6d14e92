import os

import pytest
from hypothesis import settings
from wagtail.models import Locale

from cms import roles
from cms.settings import base as base_settings

from .factories import (
    ModuleIndexPageFactory,
    ProfileFactory,
    StandardPageFactory,
    UserFactory,
    module_with_lessons,
    site_home_page,
)

# The property tests' examples (tests/hostile.py): HYPOTHESIS_PROFILE=thorough runs ten times as many.
settings.register_profile("thorough", max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture
def home_page(db):
    return site_home_page()


@pytest.fixture
def english_home(home_page):
    return home_page.get_translation(Locale.objects.get(language_code="en"))


@pytest.fixture
def standard_page(home_page):
    return StandardPageFactory(
        parent=home_page, title="Tentang kami", slug="tentang", show_in_menus=True
    )


@pytest.fixture
def resident(db):
    return ProfileFactory(full_name="Sari Wulandari").user


@pytest.fixture
def facilitator(db):
    return ProfileFactory(user=UserFactory(role=roles.FACILITATOR)).user


@pytest.fixture
def coordinator(db):
    return ProfileFactory(user=UserFactory(role=roles.COORDINATOR)).user


@pytest.fixture
def official(db):
    return ProfileFactory(user=UserFactory(role=roles.OFFICIAL)).user


@pytest.fixture
def catalogue(home_page):
    return ModuleIndexPageFactory(parent=home_page)


@pytest.fixture
def make_module(catalogue):
    """A module with `lessons` lessons; the last one has a two-question quiz when `quiz`."""

    def make(lessons=3, quiz=True, **fields):
        return module_with_lessons(catalogue, lessons=lessons, quiz=quiz, **fields)

    return make


@pytest.fixture
def module(make_module):
    return make_module()


@pytest.fixture
def private_media(settings, tmp_path, monkeypatch):
    """Certificates and exports stored as in production: files in a folder of their own."""
    from django.core.files.storage import storages

    from certificates.models import Certificate
    from courses.models import ReportExport

    folder = tmp_path / "private-media"
    settings.PRIVATE_MEDIA_ROOT = folder
    settings.STORAGES = {
        **settings.STORAGES,
        **{
            alias: {**options, "OPTIONS": {**options["OPTIONS"], "location": folder}}
            for alias, options in base_settings.STORAGES.items()
            if alias in ("certificates", "reports")
        },
    }
    # A FileField calls its storage function once, when the model is defined.
    monkeypatch.setattr(Certificate._meta.get_field("pdf"), "storage", storages["certificates"])
    monkeypatch.setattr(ReportExport._meta.get_field("file"), "storage", storages["reports"])
    return folder
