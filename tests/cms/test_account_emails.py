"""Allauth's e-mails in the site's words and layout: links on the public address, the
kelurahan's name, HTML with a plain-text part, in the resident's language; and sending the
confirmation link again from the "check your e-mail" page."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from ..factories import ProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


def html_of(message) -> str:
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    return html


def sign_up(client, email: str, prefix: str = ""):
    password = "sawo-matang-77"
    data = {"email": email, "password1": password, "password2": password}
    return client.post(f"{prefix}/accounts/signup/", data)


def test_the_confirmation_e_mail_in_english(client, home_page, settings):
    settings.ALLOWED_HOSTS = ["*"]
    response = sign_up(client, "ani.en@example.test", "/en")
    assert response.status_code == 302

    [message] = mail.outbox
    assert message.subject == "[Akademi Warga] Confirm your e-mail address"
    link = re.search(r"http://testserver/en/accounts/confirm-email/[^/\s]+/", message.body)[0]
    for text in (message.body, html_of(message)):
        assert "Kelurahan Tanjung Barat" in text
        assert link in text
        assert "127.0.0.1" not in text and "example.com" not in text
    assert "Hello from" not in message.body
    assert client.get(link).status_code == 200


def test_the_confirmation_e_mail_in_indonesian(client, home_page):  # once the catalogue has it
    sign_up(client, "budi.surel@example.test")
    [message] = mail.outbox
    assert message.subject == "[Akademi Warga] Konfirmasi alamat e-mail Anda"
    assert "http://testserver/accounts/confirm-email/" in message.body
    assert "Kelurahan Tanjung Barat" in html_of(message)


def test_password_reset_in_the_profiles_language(client, home_page):
    user = ProfileFactory(preferred_language="en").user

    client.post("/accounts/password/reset/", {"email": user.email})

    [message] = mail.outbox
    assert message.subject == "[Akademi Warga] Make a new password"
    assert "http://testserver/accounts/password/reset/key/" in message.body
    assert "http://testserver/accounts/password/reset/key/" in html_of(message)


def test_the_check_your_e_mail_page_sends_the_link_again(client, home_page):
    user = UserFactory(verified=False, email="baru@example.test")
    EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)

    page = client.get("/en/accounts/confirm-email/").content.decode()
    assert 'action="/en/accounts/verification/resend/"' in page

    response = client.post("/en/accounts/verification/resend/", {"email": "Baru@example.test"})

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    [message] = mail.outbox
    assert message.to == [user.email]
    assert "http://testserver/en/accounts/confirm-email/" in message.body
    followed = client.get(response["Location"]).content.decode()
    assert "we sent the link again" in followed

    client.post("/en/accounts/verification/resend/", {"email": user.email})
    assert len(mail.outbox) == 1  # allauth's cooldown: the first link still works


def test_resending_tells_nothing_about_other_addresses(client, home_page, resident):
    for email in (resident.email, "nobody@example.test"):
        response = client.post("/en/accounts/verification/resend/", {"email": email}, follow=True)
        assert "we sent the link again" in response.content.decode()
    assert mail.outbox == []


def test_a_bad_address_is_explained(client, home_page):
    response = client.post("/en/accounts/verification/resend/", {"email": "not an address"})
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "Write your e-mail address" in page
    assert mail.outbox == []
