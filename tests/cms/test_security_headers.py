"""Security headers on the public site and in the admin, under the production settings too."""

import importlib
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db

PROJECT = Path(__file__).resolve().parents[2]
HOST = "warga.example"


def policy(response) -> dict[str, list[str]]:
    directives = (part.split() for part in response["Content-Security-Policy"].split(";"))
    return {name: values for name, *values in directives}


def test_the_public_site_allows_no_inline_script_or_style(client, standard_page):
    csp = policy(client.get("/tentang/"))
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["default-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    assert "https://www.youtube-nocookie.com" in csp["frame-src"]


def test_the_admin_has_its_own_policy(client, facilitator):
    client.force_login(facilitator)
    csp = policy(client.get("/admin/"))
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]


def test_browser_features_the_site_never_uses_are_off(client, home_page):
    response = client.get("/")
    features = dict(item.split("=") for item in response["Permissions-Policy"].split(", "))
    assert features["camera"] == features["geolocation"] == features["microphone"] == "()"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


@pytest.fixture
def production(settings, monkeypatch):
    """The HTTPS settings exactly as config.settings.production computes them."""
    monkeypatch.setenv("SECRET_KEY", secrets.token_urlsafe(50))
    monkeypatch.setenv("ALLOWED_HOSTS", HOST)
    monkeypatch.setenv("SITE_URL", f"https://{HOST}")
    module = importlib.reload(importlib.import_module("config.settings.production"))
    for name in dir(module):
        if name.startswith(("SECURE_", "SESSION_COOKIE_", "CSRF_COOKIE_")):
            setattr(settings, name, getattr(module, name))
    settings.ALLOWED_HOSTS = [HOST]
    return module


def test_production_redirects_to_https_and_sends_hsts(client, home_page, production):
    plain = client.get("/", HTTP_HOST=HOST)
    assert plain.status_code == 301 and plain["Location"] == f"https://{HOST}/"
    secure = client.get("/", HTTP_HOST=HOST, secure=True)
    assert secure["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert policy(secure)["script-src"] == ["'self'"]


def test_production_cookies_are_secure_and_hidden_from_scripts(
    client, home_page, resident, production
):
    client.post(
        "/accounts/login/",
        {"login": resident.email, "password": "correct horse battery staple"},
        HTTP_HOST=HOST,
        secure=True,
    )
    session, csrf = client.cookies["sessionid"], client.cookies["csrftoken"]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"
    assert csrf["secure"]


@pytest.mark.slow
def test_check_deploy_prints_no_warning_under_production_settings():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        "SITE_URL": f"https://{HOST}",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


#: Rendered to PDF by WeasyPrint, never served as a page.
PDF_TEMPLATES = {"certificates/certificate.html"}
#: E-mails: mail programs drop stylesheets, so their markup carries its styles inline.
EMAIL_TEMPLATES = ("emails/", "account/email/")
INLINE = re.compile(r"<style|\sstyle=|<script(?![^>]*\ssrc=)(?![^>]*application/json)|\son[a-z]+=")


def test_no_page_template_has_inline_script_style_or_handler():
    templates = PROJECT / "templates"
    offenders = [
        str(path.relative_to(templates))
        for path in templates.rglob("*.html")
        if str(path.relative_to(templates)) not in PDF_TEMPLATES
        and not str(path.relative_to(templates)).startswith(EMAIL_TEMPLATES)
        and INLINE.search(path.read_text())
    ]
    assert offenders == []


def test_admin_pages_load_the_projects_admin_stylesheet(client, coordinator):
    client.force_login(coordinator)
    assert 'href="/static/css/admin.css"' in client.get("/admin/").content.decode()
