"""The attendance pages follow the session's time: they show when residents can check in with
the QR code, record nothing before the start, and let the facilitator mark a session held and
issue certificates only once it has started."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.users.models import UserProfile

from certificates.models import Certificate
from courses.models import Attendance, WorkshopSession
from courses.workshops import services as sessions

from ..factories import WorkshopSessionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def admin_in_english(facilitator):
    """Assert on the English source strings; the admin otherwise speaks Indonesian."""
    UserProfile.objects.update_or_create(user=facilitator, defaults={"preferred_language": "en"})


def url(session, suffix=""):
    return f"/admin/sessions/{session.pk}/attendance/{suffix}"


def hhmm(moment) -> str:
    return timezone.localtime(moment).strftime("%H:%M")


@pytest.fixture
def session_tomorrow(facilitator):
    session = WorkshopSessionFactory(starts_at=timezone.now() + timedelta(days=1))
    session.facilitators.add(facilitator)
    return session


@pytest.fixture
def session_on(facilitator):
    session = WorkshopSessionFactory(in_progress=True)
    session.facilitators.add(facilitator)
    return session


def test_the_qr_code_and_the_sheet_show_when_residents_can_check_in(
    client, facilitator, session_on
):
    window = sessions.check_in_window(session_on)
    client.force_login(facilitator)
    for suffix in ("", "qr/"):
        page = client.get(url(session_on, suffix)).content.decode()
        assert "Check-in with the QR code is open from" in page
        assert hhmm(window.opens_at) in page and hhmm(window.closes_at) in page


def test_before_checking_in_opens_the_qr_page_shows_no_code_and_waits_for_it(
    client, facilitator, session_tomorrow
):
    client.force_login(facilitator)
    page = client.get(url(session_tomorrow, "qr/")).content.decode()
    assert 'class="segno"' not in page
    assert "/check-in/" not in page
    assert "Residents cannot check in with the QR code now." in page
    assert '<meta http-equiv="refresh" content="600">' in page


def test_after_the_end_the_qr_page_shows_no_code(client, facilitator):
    over = WorkshopSessionFactory(starts_at=timezone.now() - timedelta(hours=3))
    over.facilitators.add(facilitator)
    client.force_login(facilitator)
    page = client.get(url(over, "qr/")).content.decode()
    assert 'class="segno"' not in page
    assert "http-equiv" not in page


def test_before_the_start_the_sheet_records_nothing_and_says_why(
    client, facilitator, resident, session_tomorrow
):
    registration = sessions.register(resident, session_tomorrow)
    client.force_login(facilitator)
    page = client.get(url(session_tomorrow)).content.decode()
    assert "The session has not started yet: attendance can be recorded from" in page
    assert url(session_tomorrow, "check-in/") not in page
    assert url(session_tomorrow, "walk-in/") not in page
    assert "Certificates can be issued once the session has started" in page

    posts = {
        "check-in/": {"registration": registration.pk},
        "walk-in/": {"name": "Bu Ani", "rw": "3"},
        "paper/": {"walk_ins": "Bu Ani, 3"},
        "held/": {},
    }
    for suffix, data in posts.items():
        response = client.post(url(session_tomorrow, suffix), data, follow=True)
        assert "The session has not started yet" in response.content.decode(), suffix
    assert client.get(url(session_tomorrow, "paper/")).status_code == 302
    assert not Attendance.objects.exists()
    session_tomorrow.refresh_from_db()
    assert session_tomorrow.status == WorkshopSession.Status.SCHEDULED


def test_after_qr_check_ins_the_facilitator_marks_the_session_held_then_issues(
    client, facilitator, resident, session_on
):
    sessions.check_in(session_on, resident, method=Attendance.Method.SELF)
    client.force_login(facilitator)
    page = client.get(url(session_on)).content.decode()
    assert "Certificates are issued once the session has been marked as held." in page
    assert url(session_on, "held/") in page
    assert url(session_on, "certificates/") not in page
    assert client.get(url(session_on, "held/")).status_code == 405

    response = client.post(url(session_on, "held/"), follow=True)
    page = response.content.decode()
    assert "The session is marked as held." in page
    session_on.refresh_from_db()
    assert session_on.status == WorkshopSession.Status.HELD
    assert url(session_on, "certificates/") in page

    issued = client.post(url(session_on, "certificates/"), follow=True)
    assert "1 certificate issued." in issued.content.decode()


def test_a_session_held_before_its_start_gets_no_certificates(
    client, facilitator, resident, session_tomorrow
):
    """As the first check-in used to make it, a week early."""
    WorkshopSession.objects.filter(pk=session_tomorrow.pk).update(
        status=WorkshopSession.Status.HELD
    )
    Attendance.objects.create(session=session_tomorrow, user=resident, method="self")
    client.force_login(facilitator)
    page = client.get(url(session_tomorrow)).content.decode()
    assert url(session_tomorrow, "certificates/") not in page
    assert "Certificates can be issued once the session has started" in page

    response = client.post(url(session_tomorrow, "certificates/"), follow=True)
    assert "Certificates are issued once the session has been held." in response.content.decode()
    assert not Certificate.objects.exists()
