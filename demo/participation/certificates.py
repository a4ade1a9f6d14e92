"""Certificates issued through `certificates.services`, written many at once and without PDFs
(rendered on the first download, as for any certificate whose rendering was postponed)."""

from datetime import timedelta

from django.utils import timezone

from certificates.models import Certificate
from certificates.services import default_template, prepare_certificate
from cms.services import kelurahan_settings

from .base import Writer


class CertificateWriter:
    def __init__(self):
        self.template = default_template()
        self.issuer = kelurahan_settings().kelurahan_name
        self.writer = Writer(Certificate)

    def for_module(self, plan, people) -> None:
        module = plan.module.page
        self._add(
            recipient_id=people.ids[plan.resident],
            module=module,
            name=people.names[plan.resident],
            achievement=module.title,
            at=plan.completed_at,
            body=self.template.body,
        )

    def for_attendance(self, attendance, name: str) -> None:
        session = attendance.session
        self._add(
            recipient_id=attendance.user_id,
            session=session,
            attendance=attendance,
            name=name,
            achievement=session.title,
            at=min(session.ends_at + timedelta(minutes=10), timezone.now()),
            body=self.template.attendance_body,
        )

    def _add(self, *, name: str, achievement: str, at, body: str, **fields) -> None:
        certificate = prepare_certificate(
            self.template,
            name=name,
            achievement=achievement,
            completed_on=timezone.localtime(at).date(),
            body=body,
            issuer=self.issuer,
            **fields,
        )
        certificate.issued_at = at
        self.writer.add(certificate)

    def flush(self) -> int:
        self.writer.flush()
        return self.writer.count
