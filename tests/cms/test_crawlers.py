import pytest
from django.contrib.staticfiles import finders
from PIL import Image

from ..factories import GuideIndexPageFactory, GuidePageFactory

pytestmark = pytest.mark.django_db


def test_robots_txt_keeps_crawlers_out_of_private_pages_in_every_language(client, settings):
    settings.PUBLIC_BASE_URL = "https://warga.example.id"

    response = client.get("/robots.txt")
    lines = response.content.decode().splitlines()

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "User-agent: *" in lines
    for private in ("/admin/", "/accounts/", "/en/accounts/", "/learning/", "/en/learning/"):
        assert f"Disallow: {private}" in lines
    assert "Disallow: /sertifikat/" in lines
    assert "Allow: /sertifikat/verifikasi/" in lines
    assert "Disallow: /" not in lines  # the public site stays open
    assert "Sitemap: https://warga.example.id/sitemap.xml" in lines


def test_favicon_ico_leads_to_an_icon_that_exists(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 302
    assert response["Location"] == "/static/img/favicon.ico"
    with Image.open(finders.find("img/favicon.ico")) as icon:
        assert icon.format == "ICO"
        assert {(16, 16), (32, 32), (48, 48)} <= icon.info["sizes"]


def test_sitemap_lists_public_pages_in_both_languages_on_the_public_address(
    client, settings, english_home, standard_page, make_module
):
    settings.PUBLIC_BASE_URL = "https://warga.example.id"
    guides = GuideIndexPageFactory(parent=standard_page.get_parent())
    GuidePageFactory(parent=guides, slug="ktp")
    GuidePageFactory(parent=guides, slug="draf", live=False)
    make_module(lessons=2, quiz=False, slug="anggaran")

    response = client.get("/sitemap.xml")
    content = response.content.decode()

    assert response.status_code == 200
    for path in ("/", "/en/", "/tentang/", "/hak-dan-kewajiban/ktp/", "/modul/anggaran/"):
        assert f"<loc>https://warga.example.id{path}</loc>" in content
    assert "/modul/anggaran/pelajaran-1/" in content  # open to everyone
    assert "/modul/anggaran/pelajaran-2/" not in content  # asks a visitor to sign up
    assert "/hak-dan-kewajiban/draf/" not in content
    assert "testserver" not in content and "localhost" not in content
