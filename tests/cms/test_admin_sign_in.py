"""Every way into the admin goes through allauth's pages, with their rate limits."""

import pytest
from django.core import mail
from django.core.cache import cache

from ..factories import DEFAULT_PASSWORD, UserFactory
from ..helpers import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


def test_wagtails_login_page_hands_over_to_allauth_keeping_next(client, home_page):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=%2Fadmin%2Fpages%2F"


def test_a_next_address_on_another_site_is_dropped(client, home_page):
    response = client.get("/admin/login/?next=https://evil.example/")
    assert response["Location"] == "/accounts/login/"


def test_an_admin_page_sends_a_visitor_to_allauths_sign_in(client, home_page):
    response = client.get("/admin/pages/")
    assert response["Location"] == "/accounts/login/?next=/admin/pages/"


@pytest.mark.parametrize("path", ["/admin/login/", "/_util/login/", "/en/_util/login/"])
def test_posting_a_password_to_wagtails_login_signs_nobody_in(client, home_page, official, path):
    response = client.post(path, {"username": official.email, "password": DEFAULT_PASSWORD})
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


def test_staff_land_in_the_admin(client, home_page, facilitator):
    response = sign_in(client, facilitator)
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_staff_land_where_they_asked_to_go(client, home_page, coordinator):
    assert sign_in(client, coordinator, "/admin/pages/")["Location"] == "/admin/pages/"
    client.post("/accounts/logout/")
    assert sign_in(client, coordinator, "/sessions/")["Location"] == "/sessions/"


def test_staff_are_not_stopped_by_the_residents_profile_form(client, home_page):
    official = UserFactory(role="official")
    assert sign_in(client, official, "/admin/reports/")["Location"] == "/admin/reports/"


def test_residents_land_on_my_learning_unless_they_asked_for_a_page(client, home_page, resident):
    assert sign_in(client, resident)["Location"] == "/learning/"
    client.post("/accounts/logout/")
    assert sign_in(client, resident, "/sessions/")["Location"] == "/sessions/"


def test_failed_admin_sign_ins_are_rate_limited(client, home_page, official):
    for _attempt in range(5):
        sign_in(client, official, "/admin/", password="salah")
    response = sign_in(client, official, "/admin/")
    assert response.status_code == 200
    assert "Terlalu banyak percobaan masuk" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_signing_out_of_the_admin_goes_through_allauth(client, home_page, official):
    sign_in(client, official)
    confirm = client.get("/admin/logout/")
    assert confirm.status_code == 200
    assert "_auth_user_id" in client.session
    response = client.post("/admin/logout/")
    assert response["Location"] == "/"
    assert "_auth_user_id" not in client.session


def test_signing_out_needs_the_csrf_token(home_page, official):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(official)
    assert client.post("/admin/logout/").status_code == 403
    assert "_auth_user_id" in client.session


def test_wagtails_password_reset_hands_over_to_allauth(client, home_page, official):
    response = client.post("/admin/password_reset/", {"email": official.email})
    assert response["Location"] == "/accounts/password/reset/"
    assert mail.outbox == []
    assert client.get("/admin/password_reset/confirm/x/y/")["Location"] == (
        "/accounts/password/reset/"
    )


def test_the_admin_account_page_links_to_allauth_for_password_and_email(
    client, home_page, official
):
    client.force_login(official)
    content = client.get("/admin/account/").content.decode()
    assert "old_password" not in content
    assert "/accounts/password/change/" in content
    assert "/accounts/email/" in content


def test_a_page_for_signed_in_people_sends_visitors_to_allauths_sign_in(client, standard_page):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=standard_page, restriction_type="login")
    response = client.get("/tentang/")
    assert response["Location"] == "/accounts/login/?next=/tentang/"
