"""E-mails to residents about their workshops and certificates, sent by the apps above cms
through `send_once`. Account e-mails (confirming an address, a new password) are allauth's, with
templates of our own in the same layout (templates/account/email/, cms/adapters.py).

Every e-mail is rendered in the resident's language, as plain text and as simple HTML in one
shared layout (templates/emails/layout.html: no remote images, styles inline), with its links on
the site's public address. Each is sent once: a row in SentEmail, written in the same
transaction as the sending, makes a task run again (recover_interrupted_work) send nothing."""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .models import Profile, SentEmail, User
from .pdf import public_url
from .services import get_profile, kelurahan_settings


@dataclass(frozen=True)
class Attachment:
    filename: str
    #: Or a function returning it, called in the recipient's language.
    content: str | bytes | Callable[[], str | bytes]
    mimetype: str


@dataclass(frozen=True)
class Email:
    """What to send: `template` names templates/emails/<template>_subject.txt, .txt and .html.
    A function in `context` is called by the template, in the recipient's language."""

    kind: str
    key: str
    template: str
    context: dict = field(default_factory=dict)
    attachments: tuple[Attachment, ...] = ()


def send_once(user: User, email: Email) -> bool:
    """Send `email` to the user unless it was sent to them before (same kind and key) or
    they chose no e-mails about workshops and certificates. True when it was sent now."""
    profile = get_profile(user)
    if not user.is_active or not user.email or not profile.workshop_emails:
        return False
    with transaction.atomic():
        _row, created = SentEmail.objects.get_or_create(
            kind=email.kind, key=email.key, recipient=user
        )
        if created:
            # Sent inside the transaction: if sending fails, the row goes too and a retry sends.
            render(email, user.email, profile).send()
    return created


def render(email: Email, recipient: str, profile: Profile) -> EmailMultiAlternatives:
    with translation.override(profile.preferred_language):
        context = {**layout_context(), "profile": profile, **email.context}
        subject = render_to_string(f"emails/{email.template}_subject.txt", context)
        message = EmailMultiAlternatives(
            subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(subject.split()),
            body=render_to_string(f"emails/{email.template}.txt", context).strip() + "\n",
            to=[recipient],
        )
        message.attach_alternative(
            render_to_string(f"emails/{email.template}.html", context), "text/html"
        )
        for attachment in email.attachments:
            content = attachment.content
            message.attach(
                attachment.filename,
                content() if callable(content) else content,
                attachment.mimetype,
            )
    return message


def layout_context() -> dict:
    """What the shared layout shows: who sends it, where the site is, where to say no more
    e-mails. Called in the recipient's language (the profile's address depends on it)."""
    return {
        "kelurahan": kelurahan_settings(),
        "site_url": public_url("/"),
        "profile_url": public_url(reverse("profile")),
    }
