import pytest
from wagtail.models import Site

from cms.models import KelurahanSettings

from ..factories import GuideIndexPageFactory, GuidePageFactory

pytestmark = pytest.mark.django_db


def description(client, url: str) -> str:
    content = client.get(url).content.decode()
    assert content.count('<meta name="description"') == 1
    return content.split('<meta name="description" content="', 1)[1].split('"', 1)[0]


def test_a_page_search_description_comes_first(client, standard_page):
    standard_page.search_description = "Siapa kami dan apa yang kami kerjakan."
    standard_page.save_revision().publish()

    assert description(client, "/tentang/") == "Siapa kami dan apa yang kami kerjakan."


def test_without_one_a_page_is_described_by_its_introduction(client, standard_page):
    assert description(client, "/tentang/") == "Pengantar halaman."


def test_a_guide_is_described_by_its_summary(client, home_page):
    guides = GuideIndexPageFactory(parent=home_page)
    GuidePageFactory(parent=guides, slug="ktp", summary="Cara membuat KTP-el & syaratnya.")

    assert description(client, "/hak-dan-kewajiban/ktp/") == "Cara membuat KTP-el &amp; syaratnya."


def test_a_rich_text_introduction_is_plain_and_short(client, home_page):
    home_page.introduction = "<p>Belajar <b>gratis</b> &amp; " + "mudah " * 60 + "</p>"
    home_page.save_revision().publish()

    text = description(client, "/")

    assert text.startswith("Belajar gratis &amp; mudah")
    assert "<" not in text and "&lt;" not in text
    assert len(text) <= 170 and text.endswith("…")


def test_views_that_are_not_pages_describe_the_site_with_the_kelurahan_name(client, home_page):
    settings = KelurahanSettings.for_site(Site.objects.get(is_default_site=True))
    settings.kelurahan_name = "Kelurahan Contoh Jaya"
    settings.save()

    text = description(client, "/en/accounts/login/")

    assert text.startswith("Akademi Warga: free lessons, workshops")
    assert "Kelurahan Contoh Jaya" in text
