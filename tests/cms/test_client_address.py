"""Rate limits count per client. Behind the proxy in front of the site every request comes from
the proxy's address, so the client is the address the proxy forwards for; without a proxy the
X-Forwarded-For header is the client's own claim and is ignored."""

import importlib
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from certificates import codes
from cms import ratelimit

pytestmark = pytest.mark.django_db


def request_from(proxy_chain: str):
    return RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=proxy_chain)


def test_without_a_proxy_the_header_is_ignored(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    assert ratelimit.client_address(request_from("203.0.113.9")) == "127.0.0.1"


def test_behind_one_proxy_the_client_is_the_address_it_forwards_for(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    assert ratelimit.client_address(request_from("10.9.9.9, 203.0.113.9")) == "203.0.113.9"


def test_two_residents_behind_the_proxy_have_their_own_limits(
    client, home_page, settings, monkeypatch
):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    cache.clear()
    monkeypatch.setattr(ratelimit, "time", SimpleNamespace(time=lambda: 1_800_000_000.0))
    for _ in range(31):
        last = client.get(
            f"/sertifikat/verifikasi/{codes.new_code()}/", HTTP_X_FORWARDED_FOR="203.0.113.9"
        )
    assert last.status_code == 429
    other = client.get(
        f"/sertifikat/verifikasi/{codes.new_code()}/", HTTP_X_FORWARDED_FOR="198.51.100.7"
    )
    assert other.status_code == 404


def production_settings(monkeypatch, **env):
    monkeypatch.setenv("SECRET_KEY", "x" * 50)
    monkeypatch.setenv("ALLOWED_HOSTS", "warga.example")
    monkeypatch.setenv("SITE_URL", "https://warga.example")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return importlib.reload(importlib.import_module("config.settings.production"))


def test_production_trusts_one_proxy_only_behind_the_tls_proxy(monkeypatch):
    monkeypatch.delenv("TRUSTED_PROXY_COUNT", raising=False)
    monkeypatch.delenv("BEHIND_TLS_PROXY", raising=False)
    assert production_settings(monkeypatch).ALLAUTH_TRUSTED_PROXY_COUNT == 1
    direct = production_settings(monkeypatch, BEHIND_TLS_PROXY="false")
    assert direct.ALLAUTH_TRUSTED_PROXY_COUNT == 0
    two = production_settings(monkeypatch, TRUSTED_PROXY_COUNT="2")
    assert two.ALLAUTH_TRUSTED_PROXY_COUNT == 2
