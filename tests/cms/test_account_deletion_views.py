"""Deleting one's own account from the site: confirmed with the password (or, without one, by
typing the confirmation word), refused for staff, bad input explained."""

from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.test import Client

from cms import ratelimit
from cms.models import User

from ..factories import DEFAULT_PASSWORD, ProfileFactory
from ..helpers import sign_in

pytestmark = pytest.mark.django_db

PAGE, CONFIRM = "/accounts/delete/", "/accounts/delete/confirm/"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


def still_active(user) -> bool:
    return User.objects.get(pk=user.pk).is_active


def test_anonymous_visitors_are_asked_to_sign_in(client, home_page):
    assert client.get(PAGE)["Location"].startswith("/accounts/login/?next=")
    assert client.post(CONFIRM)["Location"].startswith("/accounts/login/?next=")


def test_the_page_explains_and_asks_for_the_password(client, home_page, resident):
    client.force_login(resident)
    content = client.get(PAGE).content.decode()
    assert "Ini tidak bisa dibatalkan." in content
    assert 'name="password"' in content and f'action="{CONFIRM}"' in content


def test_deleting_needs_a_post(client, home_page, resident):
    client.force_login(resident)
    assert client.get(CONFIRM).status_code == 405
    assert still_active(resident)


def test_deleting_needs_the_csrf_token(home_page, resident):
    client = Client(enforce_csrf_checks=True)
    client.force_login(resident)
    assert client.post(CONFIRM, {"password": DEFAULT_PASSWORD}).status_code == 403
    assert still_active(resident)


@pytest.mark.parametrize(
    ("password", "message"),
    [("salah", "Itu bukan kata sandi Anda."), ("", "Tulis kata sandi Anda untuk mengonfirmasi.")],
)
def test_a_wrong_or_missing_password_deletes_nothing(
    client, home_page, resident, password, message
):
    client.force_login(resident)
    response = client.post(CONFIRM, {"password": password})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert still_active(resident)


def test_the_right_password_deletes_and_signs_out_everywhere(client, home_page, resident):
    phone = Client()
    sign_in(phone, resident)
    sign_in(client, resident)
    response = client.post(CONFIRM, {"password": DEFAULT_PASSWORD}, follow=True)
    assert response.redirect_chain[0] == ("/", 302)
    assert "Akun dan data pribadi Anda sudah dihapus." in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert phone.get("/accounts/data/")["Location"].startswith("/accounts/login/")
    assert not still_active(resident)
    response = sign_in(Client(), resident)
    assert "tidak benar" in response.content.decode()


def test_staff_cannot_delete_their_account_here(client, home_page, coordinator):
    client.force_login(coordinator)
    page = client.get(PAGE)
    assert page.status_code == 200
    assert "Mintalah administrator" in page.content.decode()
    assert 'name="password"' not in page.content.decode()
    assert client.post(CONFIRM, {"password": DEFAULT_PASSWORD}).status_code == 403
    assert still_active(coordinator)


def test_an_account_without_a_password_types_the_confirmation_word(client, home_page):
    user = ProfileFactory().user
    user.set_unusable_password()
    user.save()
    client.force_login(user)
    assert "ketik kata HAPUS" in client.get(PAGE).content.decode()
    refused = client.post(CONFIRM, {"confirmation": "ya"})
    assert refused.status_code == 400
    assert "Ketik kata HAPUS untuk mengonfirmasi." in refused.content.decode()
    assert still_active(user)
    assert client.post(CONFIRM, {"confirmation": " hapus "}).status_code == 302
    assert not still_active(user)


def test_guessing_the_password_is_rate_limited(client, home_page, resident, monkeypatch):
    monkeypatch.setattr(ratelimit, "time", SimpleNamespace(time=lambda: 1_800_000_000.0))
    client.force_login(resident)
    for _attempt in range(10):
        client.post(CONFIRM, {"password": "salah"})
    response = client.post(CONFIRM, {"password": DEFAULT_PASSWORD})
    assert response.status_code == 429
    assert "Terlalu banyak percobaan." in response.content.decode()
    assert still_active(resident)
