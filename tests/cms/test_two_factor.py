"""Two-factor sign-in for staff: an authenticator app (TOTP) with recovery codes, required before
any admin page when STAFF_MFA_REQUIRED is on. Codes are computed from the real secret."""

import importlib

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.core.cache import cache

from ..factories import DEFAULT_PASSWORD
from ..helpers import sign_in, totp_code

pytestmark = pytest.mark.django_db

ACTIVATE = "/accounts/2fa/totp/activate/"
AUTHENTICATE = "/accounts/2fa/authenticate/"


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate limits and used codes live in the cache."""
    cache.clear()


@pytest.fixture
def required(settings):
    settings.STAFF_MFA_REQUIRED = True


def activate_totp(client) -> str:
    """Set up the authenticator app as a person does, just after signing in: read the secret,
    type its code."""
    secret = open_activation_page(client).context["form"].secret
    response = client.post(ACTIVATE, {"code": totp_code(secret)})
    assert response["Location"] == "/accounts/2fa/recovery-codes/"
    return secret


def open_activation_page(client):
    response = client.get(ACTIVATE)
    assert response.status_code == 200
    return response


def recovery_codes(user) -> list[str]:
    authenticator = Authenticator.objects.get(user=user, type=Authenticator.Type.RECOVERY_CODES)
    return RecoveryCodes(authenticator).get_unused_codes()


def test_staff_without_an_authenticator_are_sent_to_set_one_up(
    client, home_page, official, required
):
    sign_in(client, official)
    response = client.get("/admin/pages/")
    assert response["Location"] == ACTIVATE
    content = open_activation_page(client).content.decode()
    assert "Akun staf wajib masuk dengan dua langkah" in content
    assert "Aktifkan Aplikasi Autentikator" in content


def test_staff_set_up_the_app_in_one_flow_and_go_on_where_they_were_going(
    client, home_page, coordinator, required
):
    response = sign_in(client, coordinator, "/admin/pages/")
    response = client.get(response["Location"])
    assert response["Location"] == ACTIVATE
    page = client.get(ACTIVATE)
    assert page.status_code == 200
    content = page.content.decode()
    for app in ["Google Authenticator", "Microsoft Authenticator", "Aegis", "FreeOTP"]:
        assert app in content
    secret = page.context["form"].secret
    response = client.post(ACTIVATE, {"code": totp_code(secret)})
    codes = client.get(response["Location"]).content.decode()
    assert 'href="/admin/pages/"' in codes
    assert client.get("/admin/pages/").status_code == 200


def test_a_change_to_two_factor_long_after_signing_in_asks_for_the_password(
    client, home_page, official, settings
):
    sign_in(client, official)
    settings.ACCOUNT_REAUTHENTICATION_TIMEOUT = 0
    response = client.get(ACTIVATE)
    assert response["Location"].startswith("/accounts/reauthenticate/")
    client.post(response["Location"], {"password": DEFAULT_PASSWORD})
    settings.ACCOUNT_REAUTHENTICATION_TIMEOUT = 300
    assert client.get(ACTIVATE).status_code == 200


def test_residents_are_never_asked(client, home_page, resident, required):
    sign_in(client, resident)
    assert client.get("/accounts/profile/").status_code == 200
    assert client.get("/learning/").status_code == 200


def test_without_the_setting_staff_go_straight_in(client, home_page, official):
    sign_in(client, official)
    assert client.get("/admin/").status_code == 200


def test_after_setting_up_the_app_the_admin_opens(client, home_page, coordinator, required):
    sign_in(client, coordinator)
    activate_totp(client)
    codes = recovery_codes(coordinator)
    assert len(codes) == 10
    page = client.get("/accounts/2fa/recovery-codes/").content.decode()
    assert all(code in page for code in codes)
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_does_not_set_up_the_app(client, home_page, official):
    sign_in(client, official)
    secret = open_activation_page(client).context["form"].secret
    wrong = f"{(int(totp_code(secret)) + 1) % 1_000_000:06d}"
    response = client.post(ACTIVATE, {"code": wrong})
    assert response.status_code == 200
    assert "Kode salah." in response.content.decode()
    assert not Authenticator.objects.filter(user=official).exists()


def test_signing_in_asks_for_the_apps_code(client, home_page, official, required):
    sign_in(client, official)
    secret = activate_totp(client)
    client.post("/accounts/logout/")

    response = sign_in(client, official)
    assert response["Location"] == AUTHENTICATE
    assert "_auth_user_id" not in client.session
    page = client.get(AUTHENTICATE).content.decode()
    assert "kode pemulihan" in page
    response = client.post(AUTHENTICATE, {"code": totp_code(secret)})
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_at_sign_in_keeps_them_out(client, home_page, official):
    sign_in(client, official)
    secret = activate_totp(client)
    client.post("/accounts/logout/")
    sign_in(client, official)
    wrong = f"{(int(totp_code(secret)) + 5) % 1_000_000:06d}"
    response = client.post(AUTHENTICATE, {"code": wrong})
    assert "Kode salah." in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_recovery_code_signs_in_once(client, home_page, facilitator, required):
    sign_in(client, facilitator)
    activate_totp(client)
    code = recovery_codes(facilitator)[0]
    client.post("/accounts/logout/")

    sign_in(client, facilitator, "/admin/pages/")
    assert client.post(AUTHENTICATE, {"code": code})["Location"] == "/admin/pages/"
    client.post("/accounts/logout/")

    sign_in(client, facilitator)
    response = client.post(AUTHENTICATE, {"code": code})
    assert "Kode salah." in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_two_factor_pages_use_the_site_layout_and_language(client, home_page, official):
    sign_in(client, official)
    indonesian = client.get("/accounts/2fa/").content.decode()
    assert 'class="site-header"' in indonesian
    assert "Autentikasi Dua Faktor" in indonesian and "Two-Factor" not in indonesian
    english = client.get("/en/accounts/2fa/").content.decode()
    assert "Two-Factor Authentication" in english


def test_staff_find_two_factor_in_the_admin_menu_and_on_their_profile(
    client, home_page, official, resident
):
    client.force_login(official)
    assert "/accounts/2fa/" in client.get("/admin/").content.decode()
    assert "/accounts/2fa/" in client.get("/accounts/profile/").content.decode()
    client.force_login(resident)
    assert "/accounts/2fa/" not in client.get("/accounts/profile/").content.decode()


def test_production_requires_two_factor_for_staff_unless_turned_off(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "x" * 50)
    monkeypatch.setenv("ALLOWED_HOSTS", "warga.example")
    monkeypatch.setenv("SITE_URL", "https://warga.example")
    monkeypatch.delenv("STAFF_MFA_REQUIRED", raising=False)
    production = importlib.import_module("config.settings.production")
    assert importlib.reload(production).STAFF_MFA_REQUIRED is True
    monkeypatch.setenv("STAFF_MFA_REQUIRED", "0")
    assert importlib.reload(production).STAFF_MFA_REQUIRED is False
