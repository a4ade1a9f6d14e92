"""A resident adds someone else's address to their account and never confirms it (it is not
theirs): the address must still be its owner's to sign up with, and nothing sent to it may sign
anyone into the squatter's account."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from cms.models import User

from ..factories import DEFAULT_PASSWORD, UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_rate_limits")]

OWNER = "pemilik@example.test"


@pytest.fixture
def squatter(client, home_page):
    """Signed in, with OWNER added to their account through the e-mail page, unconfirmed."""
    user = UserFactory(email="penyerobot@example.test")
    client.force_login(user)
    response = client.post("/accounts/email/", {"action_add": "", "email": OWNER})
    assert response.status_code == 302
    assert EmailAddress.objects.get(email=OWNER, user=user).verified is False
    client.logout()
    mail.outbox.clear()
    return user


def _sign_up(client, email=OWNER):
    return client.post(
        "/accounts/signup/",
        {"email": email, "password1": "sawo-matang-77", "password2": "sawo-matang-77"},
    )


def _link(message, pattern: str) -> str:
    return re.search(rf"({pattern}[^\s]+)", message.body)[1].removeprefix("http://testserver")


def test_the_owner_signs_up_and_confirms_in_spite_of_the_squatter(client, squatter):
    response = _sign_up(client)

    assert response.status_code == 302
    owner = User.objects.get(email=OWNER)
    assert [message.to for message in mail.outbox] == [[OWNER]]
    assert "/accounts/confirm-email/" in mail.outbox[0].body
    confirm = _link(mail.outbox[0], "http://testserver/accounts/confirm-email/")
    assert client.post(confirm).status_code == 302
    assert EmailAddress.objects.get(email=OWNER, verified=True).user == owner


def test_the_owners_sign_up_releases_the_squatters_claim(client, squatter):
    _sign_up(client)

    assert list(
        EmailAddress.objects.filter(email=OWNER).values_list("user__email", "verified")
    ) == [(OWNER, False)]


def test_confirming_the_address_releases_a_claim_made_after_sign_up(client, home_page):
    _sign_up(client)
    confirm = _link(mail.outbox[0], "http://testserver/accounts/confirm-email/")
    squatter = UserFactory()
    client.force_login(squatter)
    client.post("/accounts/email/", {"action_add": "", "email": OWNER})
    assert EmailAddress.objects.filter(email=OWNER, user=squatter).exists()
    client.logout()

    assert client.post(confirm).status_code == 302

    assert list(
        EmailAddress.objects.filter(email=OWNER).values_list("user__email", "verified")
    ) == [(OWNER, True)]


def test_a_password_reset_never_mails_a_link_to_the_squatters_account(client, squatter):
    client.post("/accounts/password/reset/", {"email": OWNER})

    assert [message.to for message in mail.outbox] == [[OWNER]]
    assert "/accounts/password/reset/key/" not in mail.outbox[0].body
    assert "/accounts/signup/" in mail.outbox[0].body


def test_after_the_owner_signs_up_a_reset_mails_the_owners_link_only(client, squatter):
    _sign_up(client)
    owner = User.objects.get(email=OWNER)
    mail.outbox.clear()

    client.post("/accounts/password/reset/", {"email": OWNER})
    assert len(mail.outbox) == 1
    response = client.get(_link(mail.outbox[0], "http://testserver/accounts/password/reset/key/"))
    response = client.post(
        response["Location"], {"password1": "kelapa-muda-88", "password2": "kelapa-muda-88"}
    )

    owner.refresh_from_db()
    squatter.refresh_from_db()
    assert owner.check_password("kelapa-muda-88")
    assert squatter.check_password(DEFAULT_PASSWORD)


def test_the_squatter_cannot_sign_in_with_the_address(client, squatter):
    response = client.post("/accounts/login/", {"login": OWNER, "password": DEFAULT_PASSWORD})

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert mail.outbox == []  # no link to confirm the address for the squatter's account


def test_a_sign_in_code_is_never_mailed_for_the_squatters_account(client, squatter):
    client.post("/accounts/login/code/", {"email": OWNER})

    assert [message.to for message in mail.outbox] == [[OWNER]]
    assert not re.search(r"\b[A-Z0-9]{4}-[A-Z0-9]{4}\b", mail.outbox[0].body)
    assert "/accounts/signup/" in mail.outbox[0].body


def test_a_confirmed_second_address_still_signs_its_account_in(client, home_page, resident):
    EmailAddress.objects.create(user=resident, email="kedua@example.test", verified=True)

    response = client.post(
        "/accounts/login/", {"login": "kedua@example.test", "password": DEFAULT_PASSWORD}
    )

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(resident.pk)
