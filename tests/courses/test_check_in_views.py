"""Residents check themselves in by scanning the QR code on the facilitator's screen."""

import time
from datetime import timedelta
from unittest import mock
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import timezone

from courses.models import Attendance, Enrolment, WorkshopSession
from courses.workshops import services as sessions
from courses.workshops.services import CHECK_IN_TOKEN_MINUTES, check_in_token

from ..factories import WorkshopSessionFactory
from ..helpers import lessons_of

pytestmark = pytest.mark.django_db


def url(session, token=None, prefix="/en"):
    return f"{prefix}/sessions/{session.pk}/check-in/{token or check_in_token(session)}/"


def test_anonymous_visitors_sign_in_first_and_come_back(client):
    session = WorkshopSessionFactory()
    target = url(session, prefix="")
    response = client.get(target)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert parse_qs(urlsplit(response["Location"]).query)["next"] == [target]
    assert client.post(target).status_code == 302
    assert not Attendance.objects.exists()


def test_get_asks_for_confirmation_and_post_checks_in(client, resident):
    session = WorkshopSessionFactory(title="Budget workshop", in_progress=True)
    target = url(session)
    client.force_login(resident)
    content = client.get(target).content.decode()
    assert "Budget workshop" in content and "I am here" in content
    assert not Attendance.objects.exists()

    response = client.post(target)
    content = response.content.decode()
    assert response.status_code == 200
    assert "You are checked in. Welcome!" in content
    assert f"/en/learning/feedback/session/{session.pk}/" in content
    attendance = Attendance.objects.get(session=session, user=resident)
    assert attendance.method == Attendance.Method.SELF


def test_checking_in_twice_keeps_the_first_time(client, resident):
    session = WorkshopSessionFactory(in_progress=True)
    client.force_login(resident)
    client.post(url(session))
    first = Attendance.objects.get(user=resident)
    content = client.post(url(session)).content.decode()
    at = timezone.localtime(first.checked_in_at).strftime("%H:%M")
    assert f"You were already checked in at {at}." in content
    assert Attendance.objects.count() == 1


def test_an_expired_code_asks_to_scan_the_current_one(client, resident):
    session = WorkshopSessionFactory()
    earlier = time.time() - (CHECK_IN_TOKEN_MINUTES + 1) * 60
    with mock.patch("django.core.signing.time.time", return_value=earlier):
        old_token = check_in_token(session)
    client.force_login(resident)
    for method in (client.get, client.post):
        response = method(url(session, old_token))
        assert response.status_code == 400
        assert "scan the code that is on the facilitator" in response.content.decode()
    assert not Attendance.objects.exists()


@pytest.mark.parametrize("kind", ["other_session", "garbage", "tampered"])
def test_codes_that_are_not_for_this_session_are_refused(client, resident, kind):
    session = WorkshopSessionFactory()
    token = {
        "other_session": check_in_token(WorkshopSessionFactory()),
        "garbage": "abc",
        "tampered": check_in_token(session)[:-2] + "xx",
    }[kind]
    client.force_login(resident)
    response = client.post(url(session, token))
    assert response.status_code == 400
    assert "This check-in code does not work any more" in response.content.decode()
    assert not Attendance.objects.exists()


def test_a_cancelled_session_says_so(client, resident):
    session = WorkshopSessionFactory(status=WorkshopSession.Status.CANCELLED)
    client.force_login(resident)
    response = client.post(url(session))
    assert response.status_code == 400
    assert "This session was cancelled, so nobody can check in." in response.content.decode()
    assert not Attendance.objects.exists()


def test_unknown_session_and_other_methods(client, resident):
    session = WorkshopSessionFactory()
    client.force_login(resident)
    assert (
        client.get(f"/en/sessions/999999/check-in/{check_in_token(session)}/").status_code == 404
    )
    assert client.put(url(session)).status_code == 405


def test_checking_in_completes_a_blended_module(client, make_module, resident):
    module = make_module(lessons=1, quiz=False, requires_attendance=True, title="Blended")
    client.force_login(resident)
    client.post(f"/lessons/{lessons_of(module)[0].pk}/complete/")
    assert Enrolment.objects.get(user=resident).completed_at is None
    session = WorkshopSessionFactory(module=module, in_progress=True)
    content = client.post(url(session)).content.decode()
    assert "Your attendance counts towards completing the module “Blended”." in content
    assert Enrolment.objects.get(user=resident).completed_at is not None


def test_the_session_page_shows_that_i_checked_in(client, resident):
    session = WorkshopSessionFactory(in_progress=True)
    sessions.check_in(session, resident, method=Attendance.Method.SELF)
    client.force_login(resident)
    content = client.get(f"/en/sessions/{session.pk}/").content.decode()
    assert "You checked in at" in content
    assert f"/en/learning/feedback/session/{session.pk}/" in content


@pytest.mark.parametrize(
    ("starts_in", "title", "shown"),
    [
        # The page names when checking in opens (half an hour before) or closed (the end).
        (timedelta(days=7), "Checking in is not open yet", -timedelta(minutes=30)),
        (-timedelta(hours=3), "Checking in has closed", timedelta(hours=2)),
    ],
    ids=["a week early", "after the end"],
)
def test_outside_the_session_the_page_says_when_checking_in_is_open(
    client, resident, starts_in, title, shown
):
    session = WorkshopSessionFactory(starts_at=timezone.now() + starts_in)
    moment = timezone.localtime(session.starts_at + shown).strftime("%H:%M")
    client.force_login(resident)
    for method in (client.get, client.post):
        response = method(url(session))
        content = response.content.decode()
        assert response.status_code == 400
        assert title in content and moment in content
        assert "I am here" not in content
    assert not Attendance.objects.exists()
    session.refresh_from_db()
    assert session.status == WorkshopSession.Status.SCHEDULED
