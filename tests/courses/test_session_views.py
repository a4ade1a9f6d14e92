"""Residents and in-person sessions: the list, one session, registering, the waiting list and
cancelling. English pages (/en/) so that the assertions read as the source strings."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from courses.models import Registration, WorkshopSession
from courses.workshops import services as sessions

from ..factories import UserFactory, WorkshopSessionFactory
from ..helpers import assert_same_queries, query_count

pytestmark = pytest.mark.django_db


def text(response) -> str:
    """What the page says, without tags and with single spaces."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", response.content.decode()))


def detail(session):
    return f"/en/sessions/{session.pk}/"


def post(client, session, action, **data):
    return client.post(f"/en/sessions/{session.pk}/{action}/", data, follow=True)


def test_list_shows_upcoming_sessions_soonest_first_with_seats(client, module):
    now = timezone.now()
    WorkshopSessionFactory(title="Later", starts_at=now + timedelta(days=9), module=module)
    WorkshopSessionFactory(title="Sooner", starts_at=now + timedelta(days=2), capacity=5)
    full = WorkshopSessionFactory(title="Crowded", capacity=1)
    sessions.register(UserFactory(), full)
    sessions.register(UserFactory(), full)
    WorkshopSessionFactory(title="Over", starts_at=now - timedelta(days=2))
    WorkshopSessionFactory(title="Called off", status=WorkshopSession.Status.CANCELLED)

    response = client.get("/en/sessions/")
    content = text(response)
    assert response.status_code == 200
    assert content.index("Sooner") < content.index("Crowded") < content.index("Later")
    assert "Over" not in content and "Called off" not in content
    assert "5 seats left" in content
    assert "Full: you can join the waiting list (1 person waiting)" in content
    assert f'href="{module.url}"' in response.content.decode()
    assert "Venue: Aula Kantor Kelurahan" in content
    assert "Sign in to register" in content


def test_list_shows_dates_in_jakarta_time_for_the_language(client):
    starts = timezone.make_aware(timezone.datetime(2099, 8, 17, 9, 0))  # Asia/Jakarta
    WorkshopSessionFactory(starts_at=starts, ends_at=starts + timedelta(hours=2))
    assert "Monday, 17 August 2099, 9 a.m.–11 a.m. WIB" in text(client.get("/en/sessions/"))
    assert "Senin, 17 Agustus 2099, 9.00–11.00 WIB" in text(client.get("/sessions/"))


def test_list_is_paginated_by_twenty(client):
    WorkshopSessionFactory.create_batch(21)
    assert client.get("/en/sessions/").content.decode().count("session-card") == 20
    second = client.get("/en/sessions/", {"page": 2}).content.decode()
    assert second.count("session-card") == 1 and "Page 2 of 2" in second
    assert client.get("/en/sessions/", {"page": "abc"}).status_code == 200


def test_detail_shows_only_my_own_state(client, resident):
    session = WorkshopSessionFactory(capacity=1)
    assert "Sign in to register" in client.get(detail(session)).content.decode()

    other = Client()
    other.force_login(UserFactory())
    post(other, session, "register")
    client.force_login(resident)
    content = client.get(detail(session)).content.decode()
    assert "You are not registered for this session." in content
    assert "You are registered" not in content
    assert "Join the waiting list" in content


def test_unknown_session_is_404(client, resident):
    client.force_login(resident)
    assert client.get("/en/sessions/999999/").status_code == 404
    assert client.post("/en/sessions/999999/register/").status_code == 404
    assert client.post("/en/sessions/999999/cancel/").status_code == 404


def test_register_and_cancel_need_post_and_a_signed_in_resident(client, resident):
    session = WorkshopSessionFactory()
    for action in ["register", "cancel"]:
        response = client.post(f"/sessions/{session.pk}/{action}/")
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
    client.force_login(resident)
    assert client.get(f"/sessions/{session.pk}/register/").status_code == 405
    assert client.get(f"/sessions/{session.pk}/cancel/").status_code == 405
    assert not Registration.objects.exists()


def test_register_then_full_sessions_put_people_on_the_waiting_list(client, resident):
    session = WorkshopSessionFactory(capacity=1)
    client.force_login(resident)
    content = post(client, session, "register").content.decode()
    assert "You are registered. See you there!" in content
    assert "Cancel my registration" in content

    waiting = []
    for number in (1, 2):
        other = Client()
        other.force_login(UserFactory())
        response = post(other, session, "register")
        assert response.redirect_chain[-1][0] == detail(session)
        assert (
            f"The session is full: you are on the waiting list (number {number})."
            in response.content.decode()
        )
        waiting.append(other)
    assert (
        "You are on the waiting list (number 2)"
        in waiting[1].get(detail(session)).content.decode()
    )
    assert "Leave the waiting list" in waiting[1].get(detail(session)).content.decode()

    again = post(client, session, "register").content.decode()
    assert "You are registered" in again
    assert Registration.objects.filter(session=session).count() == 3


def test_cancelling_gives_the_seat_to_the_first_on_the_waiting_list(client, resident):
    session = WorkshopSessionFactory(capacity=1)
    client.force_login(resident)
    post(client, session, "register")
    first, second = Client(), Client()
    first.force_login(UserFactory())
    second.force_login(UserFactory())
    post(first, session, "register")
    post(second, session, "register")

    content = post(client, session, "cancel").content.decode()
    assert "Your registration is cancelled." in content
    assert "You are not registered for this session." in content
    assert "You are registered" in first.get(detail(session)).content.decode()
    assert "waiting list (number 1)" in second.get(detail(session)).content.decode()


@pytest.mark.parametrize("status", ["cancelled", "over"])
def test_closed_sessions_refuse_registration_and_offer_no_button(client, resident, status):
    session = WorkshopSessionFactory()
    post(Client(), session, "register")
    if status == "cancelled":
        WorkshopSession.objects.filter(pk=session.pk).update(status=status)
    else:
        session.starts_at -= timedelta(days=10)
        session.ends_at -= timedelta(days=10)
        session.save()
    client.force_login(resident)
    content = client.get(detail(session)).content.decode()
    expected = "This session was cancelled." if status == "cancelled" else "Registration is closed"
    assert expected in content
    assert "register/" not in content and "cancel/" not in content
    response = post(client, session, "register")
    assert (
        "Registration is closed: this session has ended or was cancelled."
        in response.content.decode()
    )
    assert not Registration.objects.filter(user=resident).exists()


def test_cancelling_after_the_session_is_over_changes_nothing(client, resident):
    session = WorkshopSessionFactory()
    sessions.register(resident, session)
    WorkshopSession.objects.filter(pk=session.pk).update(status=WorkshopSession.Status.HELD)
    client.force_login(resident)
    assert "nothing to change" in post(client, session, "cancel").content.decode()
    assert Registration.objects.get(user=resident).status == Registration.Status.REGISTERED


def test_buttons_return_to_the_page_they_were_on_but_never_off_site(client, module, resident):
    session = WorkshopSessionFactory(module=module)
    client.force_login(resident)
    response = client.post(f"/sessions/{session.pk}/register/", {"next": module.url})
    assert response["Location"] == module.url
    response = client.post(f"/sessions/{session.pk}/cancel/", {"next": "https://evil.example/"})
    assert response["Location"] == f"/sessions/{session.pk}/"


def test_module_page_lists_its_upcoming_sessions_with_my_state(client, make_module, resident):
    blended = make_module(requires_attendance=True)
    mine = WorkshopSessionFactory(module=blended, title="Sesi Balai RW 05", venue="Balai RW 05")
    WorkshopSessionFactory(title="Sesi modul lain")
    sessions.register(resident, mine)
    client.force_login(resident)
    content = client.get(blended.url).content.decode()
    assert 'id="sessions"' in content
    assert "Sesi Balai RW 05" in content and "Balai RW 05" in content
    assert "Sesi modul lain" not in content
    assert f'action="/sessions/{mine.pk}/cancel/"' in content

    plain = make_module()
    assert 'id="sessions"' not in client.get(plain.url).content.decode()


def test_dashboard_lists_my_upcoming_sessions_with_a_cancel_button(client, resident):
    session = WorkshopSessionFactory(title="Musrenbang practice", capacity=1)
    sessions.register(UserFactory(), session)
    sessions.register(resident, session)
    WorkshopSessionFactory(title="Not mine")
    client.force_login(resident)
    content = client.get("/en/learning/").content.decode()
    assert "Musrenbang practice" in content and "Not mine" not in content
    assert "You are on the waiting list (number 1)" in content
    response = client.post(f"/en/sessions/{session.pk}/cancel/", {"next": "/en/learning/"})
    assert response["Location"] == "/en/learning/"
    assert "Musrenbang practice" not in client.get("/en/learning/").content.decode()


def busy_sessions(module, resident, count: int):
    """`count` sessions of `module`, each full with 2 people; the resident waits in each."""
    for session in WorkshopSessionFactory.create_batch(count, module=module, capacity=2):
        for user in UserFactory.create_batch(2):
            sessions.register(user, session)
        sessions.register(resident, session)


def costs_the_same(client, module, resident, url, most):
    """The page costs as many queries with 12 sessions as with 2."""
    busy_sessions(module, resident, 2)
    client.force_login(resident)
    small = query_count(client, url)
    busy_sessions(module, resident, 10)
    assert_same_queries(small, query_count(client, url), most, url)


def test_the_list_costs_the_same_queries_with_12_sessions_as_with_2(client, module, resident):
    costs_the_same(client, module, resident, "/en/sessions/", most=18)


def test_the_module_page_costs_the_same_queries_with_12_sessions_as_with_2(
    client, module, resident
):
    costs_the_same(client, module, resident, module.url, most=36)


def test_the_dashboard_costs_the_same_queries_with_12_sessions_as_with_2(client, module, resident):
    costs_the_same(client, module, resident, "/en/learning/", most=19)
