from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from certificates import codes, services
from cms import ratelimit

from ..factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


def test_a_stranger_verifies_a_certificate_by_its_code(client, certificate):
    response = client.get(f"/sertifikat/verifikasi/{certificate.code}/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Sertifikat ini asli dan berlaku." in content
    assert "Sari Wulandari" in content and "Pengelolaan Anggaran" in content
    assert certificate.recipient.email not in content


def test_the_code_wraps_only_between_its_groups(client, certificate):
    content = client.get(f"/sertifikat/verifikasi/{certificate.code}/").content.decode()
    prefix, *groups = certificate.code.split("-")
    spans = "-<wbr>".join(f"<span>{group}</span>" for group in [prefix, *groups])
    assert f'<code class="certificate-code">{spans}</code>' in content
    assert len(groups) == 4 and all(len(group) == 4 for group in groups)


def test_typing_the_code_sloppily_still_finds_it(client, certificate):
    typed = certificate.code.lower().replace("-", " ")
    response = client.get("/sertifikat/verifikasi/", {"code": typed})
    assert response["Location"] == f"/sertifikat/verifikasi/{certificate.code}/"


def test_a_typo_is_caught_before_any_lookup(client, certificate):
    wrong = certificate.code[:-1] + ("0" if certificate.code[-1] != "0" else "1")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/sertifikat/verifikasi/", {"code": wrong})
    assert "salah ketik" in response.content.decode()
    assert not any("certificates_certificate" in query["sql"] for query in queries)


def test_an_unknown_code_gets_a_clear_not_found(client, home_page):
    response = client.get(f"/sertifikat/verifikasi/{codes.new_code()}/")
    assert response.status_code == 404
    assert "Sertifikat tidak ditemukan" in response.content.decode()
    garbage = client.get("/sertifikat/verifikasi/<script>alert(1)<%2Fscript>/")
    assert garbage.status_code == 404
    assert "<script>alert(1)" not in garbage.content.decode()


def test_verification_is_rate_limited(client, home_page, monkeypatch):
    # One fixed window for the whole loop: a real minute boundary mid-loop would reset it.
    monkeypatch.setattr(ratelimit, "time", SimpleNamespace(time=lambda: 1_800_000_000.0))
    for _ in range(30):
        client.get(f"/sertifikat/verifikasi/{codes.new_code()}/")
    assert client.get(f"/sertifikat/verifikasi/{codes.new_code()}/").status_code == 429


def test_revocation_shows_at_once(client, certificate, coordinator):
    services.revoke(certificate, reason="Nama peserta salah", by=coordinator)
    content = client.get(f"/sertifikat/verifikasi/{certificate.code}/").content.decode()
    assert "Sertifikat ini sudah dicabut." in content
    assert "Nama peserta salah" in content


def test_the_owner_lists_and_downloads_their_certificate(client, certificate, resident):
    client.force_login(resident)
    listing = client.get("/sertifikat/").content.decode()
    assert certificate.code in listing
    assert f"/sertifikat/verifikasi/{certificate.code}/" in listing
    response = client.get(f"/sertifikat/{certificate.code}/unduh/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_another_resident_gets_404_for_the_file(certificate):
    other = Client()
    other.force_login(UserFactory())
    assert other.get(f"/sertifikat/{certificate.code}/unduh/").status_code == 404
    assert certificate.code not in other.get("/sertifikat/").content.decode()


def test_anonymous_visitors_are_sent_to_log_in_for_the_file(client, certificate):
    response = client.get(f"/sertifikat/{certificate.code}/unduh/")
    assert response.status_code == 302


def test_coordinators_may_download_any_certificate(client, certificate, coordinator, facilitator):
    client.force_login(coordinator)
    assert client.get(f"/sertifikat/{certificate.code}/unduh/").status_code == 200
    client.force_login(facilitator)
    assert client.get(f"/sertifikat/{certificate.code}/unduh/").status_code == 404


def test_a_revoked_certificate_is_no_longer_downloadable_by_its_owner(
    client, certificate, resident, coordinator
):
    services.revoke(certificate, reason="Salah", by=coordinator)
    client.force_login(resident)
    assert client.get(f"/sertifikat/{certificate.code}/unduh/").status_code == 404
    assert "Dicabut" in client.get("/sertifikat/").content.decode()
