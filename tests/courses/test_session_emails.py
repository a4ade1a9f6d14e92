"""E-mails about a place at a session (registered, moved up from the waiting list, the reminder
the day before), the session's calendar file and its WhatsApp link.

The rest read English (a profile that prefers it); the one test in Indonesian passes once the
catalogue has the strings."""

from datetime import timedelta
from urllib.parse import quote

import pytest
from django.core import mail
from django.utils import timezone
from django_tasks import default_task_backend

from cms.models import SentEmail
from cms.recovery import run_all
from courses.models import Registration, WorkshopSession
from courses.workshops import services as sessions
from courses.workshops.sharing import fold, session_ics
from courses.workshops.tasks import send_registered_email, send_reminder_email

from .. import ics
from ..factories import ProfileFactory, WorkshopSessionFactory

pytestmark = pytest.mark.django_db
TITLE = "Menyusun RAB, langkah demi langkah; untuk RW 05"


@pytest.fixture
def session():
    return WorkshopSessionFactory(
        title=TITLE,
        venue="Balai RW 05, Jl. Mawar No. 3",
        starts_at=timezone.now() + timedelta(days=3),
    )


@pytest.fixture
def english_resident(db):
    return ProfileFactory(full_name="Budi Santoso", preferred_language="en").user


def register(user, session, capture):
    with capture(execute=True):
        return sessions.register(user, session)


def html_of(message) -> str:
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    return html


def test_registering_sends_one_e_mail_with_the_session_and_its_calendar_file(
    english_resident, session, django_capture_on_commit_callbacks
):
    register(english_resident, session, django_capture_on_commit_callbacks)

    [message] = mail.outbox
    assert message.to == [english_resident.email]
    assert message.subject == f"[Akademi Warga] You are registered: {TITLE}"
    url = f"http://testserver/en/sessions/{session.pk}/"
    for text in (message.body, html_of(message)):
        assert "Hello Budi Santoso," in text
        assert "You have a seat at this workshop" in text
        assert url in text
        assert "Kelurahan Tanjung Barat" in text
        assert "http://testserver/en/accounts/profile/" in text  # where to say no more e-mails
    assert "&#x27;" not in message.body and "&amp;" not in message.body
    assert "<img" not in html_of(message) and "<script" not in html_of(message)
    [(filename, content, mimetype)] = message.attachments
    assert (filename, mimetype) == (f"lokakarya-{session.pk}.ics", "text/calendar")
    event = ics.event(content)
    assert ics.unescape(event["SUMMARY"]) == TITLE
    assert ics.unescape(event["LOCATION"]) == session.venue
    assert url in ics.unescape(event["DESCRIPTION"])
    assert ics.utc(event["DTSTART"]) == session.starts_at.replace(microsecond=0)
    assert ics.utc(event["DTEND"]) == session.ends_at.replace(microsecond=0)


def test_the_e_mail_is_in_indonesian_by_default(  # once the catalogue has its strings
    resident, session, django_capture_on_commit_callbacks
):
    register(resident, session, django_capture_on_commit_callbacks)

    [message] = mail.outbox
    assert message.subject == f"[Akademi Warga] Anda terdaftar: {TITLE}"
    for text in (message.body, html_of(message)):
        assert "Halo Sari Wulandari," in text
        assert f"http://testserver/sessions/{session.pk}/" in text
        assert "/en/" not in text


def test_a_place_on_the_waiting_list_sends_nothing_until_it_becomes_a_seat(
    english_resident, django_capture_on_commit_callbacks
):
    session = WorkshopSessionFactory(capacity=1)
    first = ProfileFactory(preferred_language="en").user
    register(first, session, django_capture_on_commit_callbacks)
    mail.outbox.clear()

    register(english_resident, session, django_capture_on_commit_callbacks)
    assert mail.outbox == []

    with django_capture_on_commit_callbacks(execute=True):
        sessions.cancel_registration(first, session)

    [message] = mail.outbox
    assert message.to == [english_resident.email]
    assert message.subject == f"[Akademi Warga] A seat is free for you: {session.title}"
    assert "you moved up from the waiting list" in message.body
    assert f"http://testserver/en/sessions/{session.pk}/" in html_of(message)
    assert ics.event(message.attachments[0][1])["UID"] == f"session-{session.pk}@testserver"


def test_no_e_mails_about_workshops_for_a_resident_who_said_no(
    session, django_capture_on_commit_callbacks
):
    user = ProfileFactory(workshop_emails=False).user
    register(user, session, django_capture_on_commit_callbacks)
    assert mail.outbox == []
    assert send_reminder_email.call(Registration.objects.get(user=user).pk) is False
    assert mail.outbox == []


def test_the_task_run_twice_sends_once(resident, session):
    registration = sessions.register(resident, session)  # its task waits for a commit
    assert send_registered_email.call(registration.pk) is True
    assert send_registered_email.call(registration.pk) is False
    assert len(mail.outbox) == 1
    assert SentEmail.objects.filter(recipient=resident).count() == 1


def test_registering_again_after_cancelling_confirms_again(
    resident, session, django_capture_on_commit_callbacks
):
    register(resident, session, django_capture_on_commit_callbacks)
    sessions.cancel_registration(resident, session)
    register(resident, session, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2


def test_a_registration_cancelled_before_its_e_mail_went_gets_none(resident, session):
    registration = sessions.register(resident, session)
    sessions.cancel_registration(resident, session)
    assert send_registered_email.call(registration.pk) is False
    assert mail.outbox == []


# The reminder


def starting_in(hours: float) -> WorkshopSession:
    return WorkshopSessionFactory(starts_at=timezone.now() + timedelta(hours=hours))


def test_the_reminder_goes_the_day_before_once(english_resident):
    registration = sessions.register(english_resident, starting_in(20))

    assert send_reminder_email.call(registration.pk) is True
    assert send_reminder_email.call(registration.pk) is False

    [message] = mail.outbox
    assert message.subject.startswith("[Akademi Warga] Tomorrow: ")
    assert "your workshop is tomorrow" in message.body
    assert ics.event(message.attachments[0][1])


def test_no_reminder_for_a_cancelled_registration_or_session(resident):
    cancelled = sessions.register(resident, starting_in(20))
    sessions.cancel_registration(resident, cancelled.session)
    other = ProfileFactory().user
    registration = sessions.register(other, starting_in(20))
    WorkshopSession.objects.filter(pk=registration.session_id).update(
        status=WorkshopSession.Status.CANCELLED
    )

    assert send_reminder_email.call(cancelled.pk) is False
    assert send_reminder_email.call(registration.pk) is False
    assert run_all(older_than_seconds=60)  # recovery's sweep finds nothing due either
    assert mail.outbox == []


def test_the_reminder_is_queued_for_the_day_before(
    resident, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    default_task_backend.clear()
    session = starting_in(72)

    register(resident, session, django_capture_on_commit_callbacks)

    queued = {
        result.task.name: result.task
        for result in default_task_backend.results
        if result.task.module_path.startswith("courses.")
    }
    assert queued.keys() == {"send_registered_email", "send_reminder_email"}
    assert queued["send_reminder_email"].run_after == session.starts_at - timedelta(days=1)


def test_a_session_moved_later_is_reminded_at_its_new_time(resident, settings):
    registration = sessions.register(resident, starting_in(20))
    WorkshopSession.objects.filter(pk=registration.session_id).update(
        starts_at=timezone.now() + timedelta(days=5), ends_at=timezone.now() + timedelta(days=6)
    )
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    default_task_backend.clear()

    assert send_reminder_email.call(registration.pk) is False

    assert mail.outbox == []
    [result] = [r for r in default_task_backend.results if r.task.name == "send_reminder_email"]
    assert result.task.run_after > timezone.now() + timedelta(days=3)


def test_recovery_sends_the_reminders_a_stopped_worker_missed(resident):
    sessions.register(resident, starting_in(20))
    sessions.register(ProfileFactory().user, starting_in(50))  # not due yet

    summaries = [outcome.summary for outcome in run_all(older_than_seconds=60)]

    assert "sent 1 session reminders" in summaries
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [resident.email]
    run_all(older_than_seconds=60)
    assert len(mail.outbox) == 1


# The calendar file and the WhatsApp link


def test_a_visitor_downloads_the_sessions_calendar_file(client, session):
    response = client.get(f"/sessions/{session.pk}/calendar.ics")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="lokakarya-{session.pk}.ics"'
    event = ics.event(response.content.decode())
    assert event["UID"] == f"session-{session.pk}@testserver"
    assert ics.utc(event["DTSTART"]) == session.starts_at.replace(microsecond=0)
    assert f"http://testserver/sessions/{session.pk}/" in ics.unescape(event["DESCRIPTION"])


def test_no_calendar_file_for_a_cancelled_or_unknown_session(client, session):
    session.status = WorkshopSession.Status.CANCELLED
    session.save()
    assert client.get(f"/sessions/{session.pk}/calendar.ics").status_code == 404
    assert client.get(f"/sessions/{session.pk + 1000}/calendar.ics").status_code == 404
    assert client.post(f"/sessions/{session.pk}/calendar.ics").status_code == 405


def test_the_sessions_page_offers_the_calendar_file_and_whatsapp(client, session):
    page = client.get(f"/sessions/{session.pk}/").content.decode()

    assert f'href="/sessions/{session.pk}/calendar.ics"' in page
    url = f"http://testserver/sessions/{session.pk}/"
    assert "https://wa.me/?text=" + quote(TITLE, safe="") in page
    assert quote(url, safe="") in page


def test_calendar_text_is_escaped_and_folded_at_75_octets():
    session = WorkshopSessionFactory(
        title="Pelatihan: " + "anggaran, desa; warga\\ " * 6 + "— ringkasan",
        venue="Balai RW 05\nlantai 2",
    )

    text = session_ics(session)

    event = ics.event(text)  # checks every line's length and CRLF
    assert ics.unescape(event["SUMMARY"]) == session.title
    assert "\\;" in event["SUMMARY"] and "\\," in event["SUMMARY"]
    assert event["LOCATION"] == "Balai RW 05\\nlantai 2"
    assert any(line.startswith(" ") for line in text.split("\r\n"))


def test_folding_never_splits_a_character():
    line = "SUMMARY:" + "é" * 100
    folded = fold(line)
    for part in folded.split("\r\n"):
        assert len(part.encode()) <= 75
        part.encode().decode()  # whole characters on each line
    assert folded.replace("\r\n ", "") == line
