"""The certificates app's public API: issue, revoke and reinstate certificates, and make sure
each has its PDF. `courses` calls issue_for_completion when a module is completed and
issue_for_attendance when a facilitator issues attendance certificates; the personal-data
registry (apps.py) calls records_of and forget_recipient for a resident's data rights."""

import logging
from datetime import date, datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Exists, QuerySet
from django.dispatch import Signal
from django.utils import formats, timezone, translation
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from cms.services import get_profile, kelurahan_settings
from cms.text import multi_line

from . import codes, rendering
from .models import ACCOUNT_DELETED, Certificate, CertificateTemplate
from .open_badges import status_list
from .open_badges.signing import ensure_credential  # noqa: F401 - part of this API, like ensure_pdf
from .pdf_files import ensure_pdf  # noqa: F401 - part of this API: courses prints walk-ins' PDFs
from .tasks import render_certificate

logger = logging.getLogger(__name__)


#: Sent (after the commit) whenever a template is saved as the default: certificates postponed
#: because there was none can be issued now.
default_template_saved = Signal()


class NoCertificateTemplate(Exception):
    """No default certificate template exists yet; a coordinator must create one."""


class ErasedCertificate(Exception):
    """The holder deleted their account: the certificate has no name any more and stays revoked."""


def default_template() -> CertificateTemplate:
    template = CertificateTemplate.objects.filter(is_default=True).first()
    if template is None:
        raise NoCertificateTemplate
    return template


def issue_for_completion(user, module, completed_at=None) -> Certificate | None:
    """Issue the certificate for a completed module: exactly one per (person, module), however
    many times or however concurrently this is called. The PDF is rendered in the background.
    It is dated the day of `completed_at` (the module's completion; now if not given), also
    when it is issued later.

    Without a default template nothing is issued (and the completion still stands): the
    certificate is issued once a coordinator saves a default template (default_template_saved),
    or by `manage.py recover_interrupted_work`."""
    return _issue(
        {"recipient": user, "module": module},
        name=_name_of(user),
        achievement=module.title,
        completed_on=timezone.localdate(completed_at),
        body_of=lambda template: template.body,
    )


def issue_for_attendance(attendance) -> Certificate | None:
    """Issue the attendance certificate for one person at one session, a walk-in without an
    account too (the facilitator prints it). One per attendance, however often called."""
    session = attendance.session
    return _issue(
        {"attendance": attendance},
        recipient=attendance.user,
        session=session,
        name=attendance.display_name,
        achievement=session.title,
        completed_on=timezone.localdate(session.starts_at),
        body_of=lambda template: template.attendance_body,
    )


def _name_of(user) -> str:
    return get_profile(user).full_name or user.get_full_name() or user.email


def _issue(
    lookup: dict, *, name: str, achievement: str, completed_on: date, body_of, **fields
) -> Certificate | None:
    existing = Certificate.objects.filter(**lookup).first()
    if existing:
        return existing
    try:
        template = default_template()
    except NoCertificateTemplate:
        logger.warning("No default certificate template: certificate for %s postponed", lookup)
        return None
    certificate = prepare_certificate(
        template,
        name=name,
        achievement=achievement,
        completed_on=completed_on,
        body=body_of(template),
        issuer=kelurahan_settings().kelurahan_name,
        **lookup,
        **fields,
    )
    try:
        with transaction.atomic():
            certificate.save()
    except IntegrityError:
        return Certificate.objects.get(**lookup)
    transaction.on_commit(lambda: _enqueue_render(certificate.pk))
    return certificate


def prepare_certificate(
    template: CertificateTemplate,
    *,
    name: str,
    achievement: str,
    completed_on: date,
    body: str,
    issuer: str,
    **fields,
) -> Certificate:
    """A new certificate, not saved yet, with a new code and what it says copied from
    `template` (`body` is its module or attendance text). Issuing saves one; the demo's data
    generator writes many at once."""
    return Certificate(
        **fields,
        code=codes.new_code(),
        template=template,
        recipient_name=name,
        achievement=achievement,
        completed_on=completed_on,
        heading=template.heading,
        body=fill_placeholders(body, name, achievement, completed_on),
        signatory_name=template.signatory_name,
        signatory_title=template.signatory_title,
        issuer=issuer,
    )


def holds_module_certificate(recipient, module) -> Exists:
    """For querysets of completions: whether `recipient` has been issued the certificate of
    `module` (each a value or an OuterRef)."""
    return Exists(Certificate.objects.filter(recipient=recipient, module=module))


def module_certificates(user) -> dict[int, Certificate]:
    """The person's valid module certificates by module id, in one query."""
    return {
        certificate.module_id: certificate
        for certificate in Certificate.objects.filter(
            recipient=user, module__isnull=False, revoked_at__isnull=True
        )
    }


def issued_between(start: datetime | None, end: datetime | None) -> QuerySet[Certificate]:
    """Earned certificates (see CertificateQuerySet.earned) issued from `start` up to (not
    including) `end`; None leaves that side open. Read-only, for the participation report."""
    issued = Certificate.objects.earned()
    if start:
        issued = issued.filter(issued_at__gte=start)
    if end:
        issued = issued.filter(issued_at__lt=end)
    return issued.order_by()


def fill_placeholders(text: str, name: str, achievement: str, on: date) -> str:
    """Replace {name}, {module} and {date}; nothing else in the text is interpreted."""
    with translation.override(settings.LANGUAGE_CODE):
        day = formats.date_format(on, "j F Y")
    return text.replace("{name}", name).replace("{module}", achievement).replace("{date}", day)


def _enqueue_render(certificate_id: int) -> None:
    render_certificate.enqueue(certificate_id)


@transaction.atomic
def revoke(certificate: Certificate, *, reason: str, by) -> Certificate:
    certificate.revoked_at = timezone.now()
    certificate.revoke_reason = multi_line(reason)
    certificate.save(update_fields=["revoked_at", "revoke_reason"])
    log(certificate, "certificates.revoke", user=by, data={"reason": certificate.revoke_reason})
    status_list.refresh_after_commit(certificate.pk)
    return certificate


@transaction.atomic
def reinstate(certificate: Certificate, *, by) -> Certificate:
    if certificate.is_erased:
        raise ErasedCertificate
    certificate.revoked_at = None
    certificate.revoke_reason = ""
    certificate.save(update_fields=["revoked_at", "revoke_reason"])
    log(certificate, "certificates.reinstate", user=by)
    status_list.refresh_after_commit(certificate.pk)
    return certificate


def records_of(user) -> list[dict]:
    """The person's certificates as they are stored, for their own data export."""
    return [
        {
            "code": certificate.code,
            "awarded_for": certificate.achievement,
            "completed_on": certificate.completed_on,
            "issued_at": certificate.issued_at,
            "name_on_certificate": certificate.recipient_name,
            "valid": certificate.is_valid,
            "revoked_at": certificate.revoked_at,
            "revoke_reason": certificate.revoke_reason_display,
            "verification_url": rendering.verification_url(certificate.code),
        }
        for certificate in Certificate.objects.filter(recipient=user).order_by("issued_at", "pk")
    ]


@transaction.atomic
def forget_recipient(user) -> None:
    """The person deleted their account: erase their name from every certificate (and from the
    certificates' admin history) and its signed credential, revoke the valid ones with the reason
    ACCOUNT_DELETED (their status list says so), and remove the stored PDFs once the deletion
    is committed."""
    certificates = list(Certificate.objects.select_for_update().filter(recipient=user))
    files = [certificate.pdf.name for certificate in certificates if certificate.pdf]
    for certificate in certificates:
        certificate.recipient_name = certificate.body = ""
        certificate.pdf = ""
        certificate.credential = None
        certificate.save(update_fields=["recipient_name", "body", "pdf", "credential"])
        ModelLogEntry.objects.for_instance(certificate).update(label=str(certificate))
        if certificate.is_valid:
            revoke(certificate, reason=ACCOUNT_DELETED, by=user)
    storage = Certificate._meta.get_field("pdf").storage  # where the files were stored
    transaction.on_commit(lambda: [storage.delete(name) for name in files])
