"""Cards, links and the language switcher stay in the reader's language: a translated page
where there is one, else the source page marked as written in another language."""

import pytest
from wagtail.models import Locale

from ..factories import GuideIndexPageFactory, GuidePageFactory, ModuleIndexPageFactory
from ..helpers import lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


@pytest.fixture
def english_catalogue(catalogue, english_home, english):
    return ModuleIndexPageFactory(
        parent=english_home,
        title="Training modules",
        slug="modules",
        locale=english,
        translation_key=catalogue.translation_key,
    )


@pytest.fixture
def guide_indexes(home_page, english_home, english):
    index = GuideIndexPageFactory(parent=home_page)
    english_index = GuideIndexPageFactory(
        parent=english_home,
        slug="rights-and-obligations",
        title="Rights and obligations",
        locale=english,
        translation_key=index.translation_key,
    )
    return index, english_index


def _translate_guide(guide, english_index, english, title):
    return GuidePageFactory(
        parent=english_index,
        title=title,
        slug=guide.slug,
        locale=english,
        translation_key=guide.translation_key,
        service_area=guide.service_area,
    )


def test_the_english_guide_index_lists_every_guide_translated_or_not(
    client, guide_indexes, english
):
    index, english_index = guide_indexes
    ktp = GuidePageFactory(parent=index, slug="ktp")
    GuidePageFactory(parent=index, slug="kk")
    _translate_guide(ktp, english_index, english, "Getting an ID card")

    html = client.get("/en/rights-and-obligations/").content.decode()
    assert 'href="/en/rights-and-obligations/ktp/"' in html
    assert 'href="/hak-dan-kewajiban/kk/" lang="id"' in html
    assert html.count('class="language-note"') == 1
    assert html.count('class="card"') == 2


def test_the_guide_index_reads_constant_queries(
    client, guide_indexes, english, django_assert_max_num_queries
):
    index, english_index = guide_indexes
    for number in range(2):
        _translate_guide(GuidePageFactory(parent=index), english_index, english, f"Guide {number}")
    client.get("/en/rights-and-obligations/")  # the site and locales, cached afterwards
    with django_assert_max_num_queries(30) as few:
        client.get("/en/rights-and-obligations/")
    for number in range(6):
        guide = GuidePageFactory(parent=index)
        if number % 2:
            _translate_guide(guide, english_index, english, f"More {number}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/en/rights-and-obligations/")


def test_the_english_catalogue_shows_the_modules_and_says_they_are_indonesian(
    client, english_catalogue, make_module
):
    make_module(title="Pengelolaan Anggaran")
    make_module(title="Advokasi")
    html = client.get("/en/modules/").content.decode()
    assert html.count("module-card") >= 2
    assert html.count('class="language-note"') == 2
    assert "In Indonesian" in html  # an English page: the catalogues leave English as it is


def test_the_switcher_on_an_untranslated_page_goes_to_its_nearest_translated_ancestor(
    client, english_catalogue, module
):
    html = client.get(module.url).content.decode()
    assert 'href="/en/modules/" hreflang="en"' in html
    lesson = lessons_of(module)[0]
    assert 'href="/en/modules/" hreflang="en"' in client.get(lesson.url).content.decode()
