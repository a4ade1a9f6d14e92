"""Redis down (a real closed port, not a mock): every page works without the cache, a failure
is logged once, the rate limits that guard accounts refuse what they cannot count and the
certificate check lets it through."""

import logging

import pytest
from django.core.cache import cache

from certificates.models import Certificate
from cms import cache as site_cache
from courses.learning import services

from ..factories import DEFAULT_PASSWORD
from ..helpers import lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def completed(make_module, resident) -> Certificate:
    module = make_module(lessons=1, quiz=False)
    services.complete_lesson(resident, module, lessons_of(module)[0])
    return Certificate.objects.get(recipient=resident)


def test_pages_work_without_the_cache(client, redis_down, completed, resident):
    pages = ["/", "/modul/", completed.module.url, "/accounts/login/", "/sertifikat/verifikasi/"]
    assert [client.get(page).status_code for page in pages] == [200] * len(pages)
    verified = client.get(f"/sertifikat/verifikasi/{completed.code}/")
    assert "Sertifikat ini asli dan berlaku." in verified.content.decode()
    client.force_login(resident)
    assert client.get("/learning/").status_code == 200


def test_a_dead_redis_is_asked_once_and_logged_once(redis_down, monkeypatch, caplog):
    connects = []
    real_connect = site_cache.RedisCache.get

    def counting_get(self, *args, **kwargs):
        connects.append(1)
        return real_connect(self, *args, **kwargs)

    monkeypatch.setattr(site_cache.RedisCache, "get", counting_get)
    with caplog.at_level(logging.WARNING, logger="cms.cache"):
        values = [cache.get(f"key-{number}", "missing") for number in range(50)]
    assert values == ["missing"] * 50
    assert len(connects) == 1  # then left alone for RETRY_AFTER_SECONDS
    assert len(caplog.records) == 1
    assert "ConnectionError" in caplog.text and "pages go on without it" in caplog.text


def test_every_operation_of_a_dead_cache_is_a_miss(redis_down, monkeypatch):
    monkeypatch.setattr(site_cache, "RETRY_AFTER_SECONDS", 0)  # ask Redis every time
    cache.set("a", 1)
    cache.set_many({"a": 1, "b": 2})
    assert cache.get("a") is None and cache.get_many(["a", "b"]) == {}
    assert cache.get_or_set("a", 3) == 3
    assert not cache.add("a", 1) and not cache.has_key("a") and not cache.touch("a")
    assert not cache.delete("a")
    cache.delete_many(["a", "b"])
    with pytest.raises(site_cache.CacheUnavailable):
        cache.incr("a")
    with pytest.raises(ValueError):  # what code written for any cache expects of a missing key
        cache.decr("a")


def test_a_sign_in_that_cannot_be_counted_is_refused(client, redis_down, resident):
    response = client.post(
        "/accounts/login/",
        {"login": resident.email, "password": DEFAULT_PASSWORD},
    )
    assert response.status_code == 429
    assert "situs sedang tidak dapat memeriksanya" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_account_deletion_that_cannot_be_counted_is_refused(client, redis_down, resident):
    client.force_login(resident)
    response = client.post("/accounts/delete/confirm/", {"password": DEFAULT_PASSWORD})
    assert response.status_code == 429
    resident.refresh_from_db()
    assert resident.is_active


def test_with_redis_up_the_cache_works(redis_at):
    redis_at("redis://127.0.0.1:6379/9")
    cache.set("healthy", "yes", timeout=5)
    assert cache.get("healthy") == "yes"
    assert cache.add("counter", 0, timeout=5) and cache.incr("counter") == 1
    cache.delete_many(["healthy", "counter"])
