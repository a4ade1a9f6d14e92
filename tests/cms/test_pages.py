import pytest

from ..factories import GuideIndexPageFactory, GuidePageFactory

pytestmark = pytest.mark.django_db


def test_home_page_is_in_indonesian_by_default(client, home_page):
    response = client.get("/")
    content = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="id">' in content
    assert "Belajar bersama warga" in content
    assert "Langsung ke isi utama" in content  # the skip link, translated


def test_home_page_is_in_english_under_en(client, english_home):
    response = client.get("/en/")
    content = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in content
    assert "Learning together" in content
    assert "Skip to main content" in content


def test_language_switcher_links_to_the_translated_home_page(client, english_home):
    content = client.get("/").content.decode()
    assert 'href="/en/" hreflang="en"' in content


def test_language_switcher_keeps_the_view_for_non_page_urls(client, home_page):
    content = client.get("/accounts/login/").content.decode()
    assert 'href="/en/accounts/login/" hreflang="en"' in content


def test_standard_page_renders_body_blocks_and_appears_in_menu(client, standard_page):
    standard_page.body = [
        ("heading", {"text": "Hak warga", "size": "h2"}),
        ("callout", {"kind": "warning", "title": "", "text": "<p>Jangan bayar pungli.</p>"}),
        ("steps", {"title": "Langkah", "steps": [{"title": "Datang ke kantor", "text": ""}]}),
    ]
    standard_page.save_revision().publish()

    content = client.get("/tentang/").content.decode()

    assert "<h2>Hak warga</h2>" in content
    assert "callout--warning" in content
    assert "Datang ke kantor" in content
    assert 'href="/tentang/" aria-current="page">Tentang kami</a>' in content


def test_home_page_shows_only_live_featured_guides(client, home_page):
    guides = GuideIndexPageFactory(parent=home_page)
    live = GuidePageFactory(parent=guides, title="Membuat KTP")
    draft = GuidePageFactory(parent=guides, title="Halaman draf", live=False)
    home_page.featured_guides_heading = "Panduan pilihan"
    home_page.featured_guides = [("page", live), ("page", draft)]
    home_page.save_revision().publish()

    content = client.get("/").content.decode()

    assert "Panduan pilihan" in content
    assert "Membuat KTP" in content
    assert "Halaman draf" not in content


def test_unknown_url_shows_the_site_404_page(client, home_page):
    response = client.get("/tidak-ada/")
    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in response.content.decode()


def test_server_error_page_renders_without_request_context():
    from django.test import RequestFactory

    from cms.views import server_error

    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "Terjadi kesalahan" in response.content.decode()
