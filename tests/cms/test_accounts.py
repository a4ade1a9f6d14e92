import re

import pytest
from django.core import mail

from cms.models import User

from ..factories import DEFAULT_PASSWORD, ProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


def _confirmation_link(message) -> str:
    return re.search(r"(/accounts/confirm-email/[^/\s]+/)", message.body)[1]


def test_sign_up_verify_log_in_and_complete_profile(client, home_page):
    response = client.post(
        "/accounts/signup/",
        {
            "email": "ani@example.test",
            "password1": "sawo-matang-77",
            "password2": "sawo-matang-77",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ani@example.test"]

    link = _confirmation_link(mail.outbox[0])
    assert client.get(link).status_code == 200
    assert client.post(link).status_code == 302
    assert User.objects.get(email="ani@example.test").emailaddress_set.get().verified

    client.post("/accounts/logout/")
    response = client.post(
        "/accounts/login/", {"login": "ani@example.test", "password": "sawo-matang-77"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/accounts/profile/?next=%2Flearning%2F"

    response = client.post(
        response["Location"],
        {"full_name": "  Ani   Suryani ", "rw": "5", "rt": "12", "preferred_language": "id"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/learning/"
    profile = User.objects.get(email="ani@example.test").profile
    assert (profile.full_name, profile.rw, profile.rt) == ("Ani Suryani", 5, 12)


def test_unverified_resident_cannot_log_in_and_gets_a_new_link(client, home_page):
    UserFactory(email="budi@example.test", verified=False)
    response = client.post(
        "/accounts/login/", {"login": "budi@example.test", "password": DEFAULT_PASSWORD}
    )
    assert response["Location"] == "/accounts/confirm-email/"
    assert len(mail.outbox) == 1


def test_sign_up_never_asks_for_a_username(client, home_page):
    content = client.get("/accounts/signup/").content.decode()
    assert 'name="email"' in content
    assert 'name="username"' not in content


def test_wrong_password_shows_a_clear_error_in_indonesian(client, home_page, resident):
    response = client.post("/accounts/login/", {"login": resident.email, "password": "salah"})
    assert response.status_code == 200
    assert (
        "Alamat e-mail dan/atau kata sandi yang anda masukkan tidak benar."
        in response.content.decode()
    )
    assert "_auth_user_id" not in client.session


def test_repeated_failed_logins_are_rate_limited(client, home_page, resident):
    for _attempt in range(5):
        client.post("/en/accounts/login/", {"login": resident.email, "password": "wrong"})
    response = client.post(
        "/en/accounts/login/", {"login": resident.email, "password": DEFAULT_PASSWORD}
    )
    assert "Too many failed login attempts. Try again later." in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_login_by_code_is_offered_and_sends_a_code(client, home_page, resident):
    assert "/accounts/login/code/" in client.get("/accounts/login/").content.decode()
    response = client.post("/accounts/login/code/", {"email": resident.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1


def test_password_reset_sends_an_email(client, home_page, resident):
    response = client.post("/accounts/password/reset/", {"email": resident.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert "/accounts/password/reset/key/" in mail.outbox[0].body


def test_links_in_e_mails_go_to_the_public_address_whatever_the_host(
    client, home_page, resident, settings
):
    settings.PUBLIC_BASE_URL = "https://warga.example.id"
    UserFactory(email="wulan@example.test", verified=False)
    for path, data in [
        ("/accounts/login/", {"login": "wulan@example.test", "password": DEFAULT_PASSWORD}),
        ("/accounts/password/reset/", {"email": resident.email}),
        ("/accounts/password/reset/", {"email": "nobody@example.test"}),
    ]:
        client.post(path, data, HTTP_HOST="localhost")
    links = [re.findall(r"https?://[^\s]+", message.body) for message in mail.outbox]
    assert len(links) == 3 and all(links)
    for found in links:
        assert all(link.startswith("https://warga.example.id/") for link in found)
        assert any(link.startswith("https://warga.example.id/accounts/") for link in found)


def test_login_sends_an_english_speaker_to_english_pages(client, home_page):
    user = ProfileFactory(preferred_language="en").user
    response = client.post("/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD})
    assert response["Location"] == "/en/learning/"


def test_after_confirming_a_new_resident_completes_the_profile_then_returns(client, standard_page):
    client.post(
        "/accounts/signup/?next=/tentang/",
        {
            "email": "citra@example.test",
            "password1": "sawo-matang-77",
            "password2": "sawo-matang-77",
        },
    )
    response = client.post(_confirmation_link(mail.outbox[0]))
    assert response["Location"] == "/accounts/profile/?next=%2Ftentang%2F"
    response = client.post(
        response["Location"],
        {"full_name": "Citra", "rw": "2", "rt": "4", "preferred_language": "id"},
    )
    assert response["Location"] == "/tentang/"


@pytest.mark.parametrize(("prefix", "language"), [("", "id"), ("/en", "en")])
def test_a_new_account_keeps_the_language_it_was_made_in(client, home_page, prefix, language):
    response = client.post(
        f"{prefix}/accounts/signup/",
        {
            "email": f"rina.{language}@example.test",
            "password1": "sawo-77-matang",
            "password2": "sawo-77-matang",
        },
    )
    assert response.status_code == 302
    profile = User.objects.get(email=f"rina.{language}@example.test").profile
    assert profile.preferred_language == language
    # The confirmation e-mail is in that language too.
    assert mail.outbox[0].subject.endswith(
        {"id": "Konfirmasi alamat e-mail Anda", "en": "Confirm your e-mail address"}[language]
    )
