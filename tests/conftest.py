import pytest
from wagtail.models import Locale

from cms import roles

from .factories import (
    ModuleIndexPageFactory,
    ProfileFactory,
    StandardPageFactory,
    UserFactory,
    module_with_lessons,
    site_home_page,
)


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
