"""Signing up with a registered address must cost what signing up with a new one costs, so that
the time of the answer does not tell whether an address has an account. Wall-clock times are
too noisy to assert here: the tests check the work that sets them (bench/signup_timing.py
measures the times with the production password hasher)."""

from unittest import mock

import pytest
from django.contrib.auth.hashers import MD5PasswordHasher
from django.core import mail

from ..factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_rate_limits")]

PASSWORD = "sawo-matang-77"


def _sign_up(client, email):
    return client.post(
        "/accounts/signup/", {"email": email, "password1": PASSWORD, "password2": PASSWORD}
    )


@pytest.mark.parametrize("registered", [False, True], ids=["new address", "registered address"])
def test_sign_up_hashes_the_password_once_and_sends_one_mail(client, home_page, registered):
    email = "ani@example.test"
    if registered:
        UserFactory(email=email)

    with mock.patch.object(
        MD5PasswordHasher, "encode", autospec=True, side_effect=MD5PasswordHasher.encode
    ) as encode:
        response = _sign_up(client, email)

    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert [call.args[1] for call in encode.call_args_list] == [PASSWORD]
    assert [message.to for message in mail.outbox] == [[email]]
