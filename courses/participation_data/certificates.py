"""Certificate rows as `certificates.services` would issue them, without PDFs (rendered on the
first download, as for any certificate whose rendering was postponed)."""

from datetime import timedelta

from django.utils import timezone

from certificates import codes
from certificates.models import Certificate
from certificates.services import default_template, fill_placeholders
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
        completed_on = timezone.localtime(at).date()
        template = self.template
        self.writer.add(
            Certificate(
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
                issuer=self.issuer,
                issued_at=at,
            )
        )

    def flush(self) -> int:
        self.writer.flush()
        return self.writer.count
