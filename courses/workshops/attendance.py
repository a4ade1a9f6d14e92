"""A session's attendance as the facilitator's sheet shows it: each registration with its
check-in, and everyone who came without one."""

from dataclasses import dataclass

from .attendance_forms import sheet_registrations
from .models import Attendance, Registration, WorkshopSession


def certificate_of(attendance: Attendance):
    return getattr(attendance, "certificate", None)


@dataclass(frozen=True)
class Sheet:
    rows: list[tuple[Registration, Attendance | None]]
    others: list[Attendance]
    registered: int
    checked_in: int
    certificates: int


def sheet_of(session: WorkshopSession) -> Sheet:
    """Registrations with their check-in, and everyone who came without a registration."""
    registrations = list(sheet_registrations(session))
    attendances = list(session.attendances.select_related("user__profile", "certificate"))
    by_user = {attendance.user_id: attendance for attendance in attendances if attendance.user_id}
    listed = {registration.user_id for registration in registrations}
    return Sheet(
        rows=[(item, by_user.get(item.user_id)) for item in registrations],
        others=[attendance for attendance in attendances if attendance.user_id not in listed],
        registered=sum(item.status == Registration.Status.REGISTERED for item in registrations),
        checked_in=len(attendances),
        certificates=sum(certificate_of(attendance) is not None for attendance in attendances),
    )
