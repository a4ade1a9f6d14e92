"""The privacy notice: plain Indonesian (and English), the kelurahan's contact, linked from the
footer, the sign-up page and the profile."""

import pytest
from wagtail.models import Site

from cms.models import KelurahanSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def contact(home_page):
    settings = KelurahanSettings.for_site(Site.objects.get(is_default_site=True))
    settings.email = "privasi@tanjungbarat.example"
    settings.phone = "021 7890 1234"
    settings.address = "Jl. Raya Tanjung Barat No. 1"
    settings.save()
    return settings


def test_the_privacy_page_explains_in_indonesian_with_the_kelurahans_contact(client, contact):
    content = client.get("/privasi/").content.decode()
    for expected in (
        "Privasi: data Anda di Akademi Warga",
        "Kelurahan Tanjung Barat mengelola Akademi Warga",
        "Data yang kami simpan dan untuk apa",
        "Siapa yang melihatnya",
        "Berapa lama kami menyimpannya",
        "UU Nomor 27 Tahun 2022",
        "privasi@tanjungbarat.example",
        "021 7890 1234",
        "Jl. Raya Tanjung Barat No. 1",
    ):
        assert expected in content, expected


def test_signed_in_residents_get_links_to_use_their_rights(client, home_page, resident):
    client.force_login(resident)
    content = client.get("/privasi/").content.decode()
    for link in ("/accounts/data/", "/accounts/profile/", "/accounts/delete/"):
        assert f'href="{link}"' in content


def test_the_privacy_page_is_in_english_under_en(client, home_page):
    content = client.get("/en/privasi/").content.decode()
    assert "Privacy: your data on Akademi Warga" in content
    assert "Law No. 27 of 2022" in content


def test_the_privacy_page_only_reads(client, home_page):
    assert client.post("/privasi/").status_code == 405


def test_the_footer_and_the_sign_up_form_link_to_it(client, home_page):
    assert 'href="/privasi/">Privasi: data Anda</a>' in client.get("/").content.decode()
    sign_up = client.get("/accounts/signup/").content.decode()
    assert 'dan hak Anda: <a href="/privasi/">Privasi</a>' in sign_up
