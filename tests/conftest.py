import os

import pytest
from hypothesis import settings
from wagtail.models import Locale, Page, Site

from cms import roles
from cms.settings import base as base_settings

from .factories import (
    HomePageFactory,
    LessonPageFactory,
    ModuleIndexPageFactory,
    ModulePageFactory,
    ProfileFactory,
    StandardPageFactory,
    UserFactory,
    quiz_question,
)

# The property tests' examples (tests/hostile.py): HYPOTHESIS_PROFILE=thorough runs ten times as many.
settings.register_profile("thorough", max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture
def home_page(db):
    """The site's Indonesian home page, with an English translation, as the demo builds it."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="beranda", hero_title="Belajar bersama warga")
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    site.root_page = home
    site.save()
    welcome.delete()
    english = Locale.objects.get_or_create(language_code="en")[0]
    HomePageFactory(
        parent=root,
        slug="home",
        locale=english,
        translation_key=home.translation_key,
        title="Home",
        hero_title="Learning together",
    )
    return home


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
        module = ModulePageFactory(parent=catalogue, **fields)
        for number in range(1, lessons + 1):
            extra = {}
            if quiz and number == lessons:
                extra["quiz"] = [
                    quiz_question(),
                    quiz_question(
                        "Mana yang termasuk dokumen anggaran?",
                        kind="multiple",
                        answers=[("APBD", True), ("RKPD", True), ("KTP", False)],
                        explanation="KTP adalah kartu identitas, bukan dokumen anggaran.",
                    ),
                ]
            LessonPageFactory(
                parent=module, title=f"Pelajaran {number}", slug=f"pelajaran-{number}", **extra
            )
        return module

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
