"""E-mails about a resident's place at a session, sent by the worker (courses/workshops/emails.py
says when each is still true; each is sent once however often its task runs)."""

from django.utils import timezone
from django_tasks import task

from . import emails
from .models import Registration


@task()
def send_registered_email(registration_id: int) -> bool:
    registration = Registration.objects.filter(pk=registration_id).first()
    return bool(registration) and emails.send_registered(registration)


@task()
def send_moved_up_email(registration_id: int) -> bool:
    registration = Registration.objects.filter(pk=registration_id).first()
    return bool(registration) and emails.send_moved_up(registration)


@task()
def send_reminder_email(registration_id: int) -> bool:
    """Queued for the day before the session. A session moved later is reminded at its new
    time; one moved earlier is reminded by `send_due_reminders`."""
    registration = (
        Registration.objects.select_related("session").filter(pk=registration_id).first()
    )
    if registration is None:
        return False
    if registration.session.starts_at - emails.REMIND_BEFORE > timezone.now():
        schedule_reminder(registration)
        return False
    return emails.send_reminder(registration)


def schedule_reminder(registration: Registration) -> None:
    """Queue the reminder for a day before the session. Backends that cannot wait (development,
    tests) leave it to `send_due_reminders`, as a worker that was down too long does."""
    remind_at = registration.session.starts_at - emails.REMIND_BEFORE
    if (
        send_reminder_email.get_backend().supports_defer
        and registration.status == Registration.Status.REGISTERED
        and remind_at > timezone.now()
    ):
        send_reminder_email.using(run_after=remind_at).enqueue(registration.pk)


def send_due_reminders() -> int:
    """Every reminder due now and not sent yet (run by recover_interrupted_work). Returns how
    many were sent."""
    return sum(emails.send_reminder(registration) for registration in emails.due_reminders())
