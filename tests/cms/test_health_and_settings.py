import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from cms.models import User

from ..workers import database_url

pytestmark = pytest.mark.django_db
PROJECT = Path(__file__).resolve().parents[2]


def _check_production(*command: str, **env) -> subprocess.CompletedProcess:
    base = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "SITE_URL"}
    }
    return subprocess.run(  # noqa: S603
        [sys.executable, *(command or ("manage.py", "check"))],
        cwd=PROJECT,
        env={**base, "DJANGO_SETTINGS_MODULE": "config.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_production_settings_refuse_to_start_without_secret_key():
    result = _check_production(ALLOWED_HOSTS="warga.example", SITE_URL="https://warga.example")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


@pytest.mark.slow
def test_production_settings_refuse_to_start_without_allowed_hosts():
    result = _check_production(SECRET_KEY="x" * 50, SITE_URL="https://warga.example")
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


@pytest.mark.slow
def test_production_settings_start_with_all_three():
    result = _check_production(
        SECRET_KEY="x" * 50, ALLOWED_HOSTS="warga.example", SITE_URL="https://warga.example"
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_production_serves_through_wsgi_and_asgi_without_the_demo():
    script = (
        "import config.wsgi, config.asgi; from django.conf import settings; "
        "from django.core.management import get_commands; "
        "print('demo' in settings.INSTALLED_APPS, 'load_demo' in get_commands())"
    )
    result = _check_production(
        "-c",
        script,
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="warga.example",
        SITE_URL="https://warga.example",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]


@pytest.mark.slow
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_demo_cannot_be_loaded_with_the_production_settings():
    result = _check_production(
        "manage.py",
        "load_demo",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="warga.example",
        SITE_URL="https://warga.example",
        DATABASE_URL=database_url(),
    )
    assert result.returncode != 0
    assert "Unknown command: 'load_demo'" in result.stderr
    assert not User.objects.exists()


@pytest.mark.slow
def test_production_settings_refuse_an_unknown_task_backend():
    result = _check_production(
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="warga.example",
        SITE_URL="https://warga.example",
        TASKS_BACKEND="celery",
    )
    assert result.returncode != 0
    assert "TASKS_BACKEND must be one of: database, immediate" in result.stderr


def test_certificate_files_are_stored_outside_the_public_media_folder():
    from config.settings import base

    location = base.STORAGES["certificates"]["OPTIONS"]["location"]
    assert not str(location).startswith(str(base.MEDIA_ROOT))
    assert base.STORAGES["certificates"]["OPTIONS"]["base_url"] is None


def production_with(monkeypatch, **env):
    monkeypatch.setenv("SECRET_KEY", "x" * 50)
    monkeypatch.setenv("ALLOWED_HOSTS", "warga.example.id")
    for name in ("SITE_URL", "SECURE_SSL_REDIRECT", "SECURE_COOKIES"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return importlib.reload(importlib.import_module("config.settings.production"))


def test_production_settings_refuse_to_start_without_the_public_address(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="SITE_URL must be set"):
        production_with(monkeypatch)


@pytest.mark.parametrize(
    ("site_url", "message"),
    [
        ("http://warga.example.id", "must start with https://"),
        ("warga.example.id", "the site's address alone"),
        ("https://warga.example.id/akademi/", "the site's address alone"),
        ("https://localhost:8000", "not in ALLOWED_HOSTS"),
    ],
)
def test_production_settings_refuse_a_public_address_that_would_print_wrong(
    monkeypatch, site_url, message
):
    with pytest.raises(ImproperlyConfigured, match=message):
        production_with(monkeypatch, SITE_URL=site_url)


def test_every_absolute_address_comes_from_the_public_address(monkeypatch):
    production = production_with(monkeypatch, SITE_URL="https://warga.example.id/")
    assert production.PUBLIC_BASE_URL == "https://warga.example.id"
    assert production.WAGTAILADMIN_BASE_URL == "https://warga.example.id"


def test_plain_http_is_allowed_only_with_both_https_switches_off(monkeypatch):
    env = {"SITE_URL": "http://warga.example.id:8001", "SECURE_SSL_REDIRECT": "false"}
    with pytest.raises(ImproperlyConfigured):
        production_with(monkeypatch, **env)
    production = production_with(monkeypatch, **env, SECURE_COOKIES="false")
    assert production.PUBLIC_BASE_URL == "http://warga.example.id:8001"
