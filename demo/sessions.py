"""Demo workshop sessions: one already held (the demo resident and three walk-ins came) and
two coming up, so the session pages, the attendance sheet and the report have something to show."""

from datetime import datetime, time, timedelta

from django.utils import timezone

from courses.models import Attendance, ModulePage, WorkshopSession
from courses.workshops import services as sessions

WALK_INS = [("Bu Sumarni", 5, ""), ("Pak Darto Wibowo", 3, "0812 7788 1200"), ("Rahmat", 5, "")]


def _at(days_from_today: int, hour: int) -> datetime:
    day = timezone.localdate() + timedelta(days=days_from_today)
    return timezone.make_aware(datetime.combine(day, time(hour)))


def ensure_sessions(facilitator, resident) -> None:
    if WorkshopSession.objects.exists():
        return
    modules = {
        module.slug: module
        for module in ModulePage.objects.live().filter(locale__language_code="id")
    }
    held = _session(
        "Lokakarya Membaca Anggaran Kelurahan",
        modules.get("pengelolaan-anggaran"),
        _at(-21, 9),
        "Aula Kantor Kelurahan Tanjung Barat",
        30,
        facilitator,
    )
    held.status = WorkshopSession.Status.HELD
    held.save(update_fields=["status"])
    sessions.check_in(held, resident, method=Attendance.Method.FACILITATOR, by=facilitator)
    for name, rw, phone in WALK_INS:
        sessions.record_walk_in(
            held,
            name=name,
            rw=rw,
            phone=phone,
            method=Attendance.Method.FACILITATOR,
            by=facilitator,
        )
    _session(
        "Praktik Menyusun Usulan Kegiatan RW",
        modules.get("advokasi-kebijakan"),
        _at(7, 9),
        "Balai Warga RW 05",
        25,
        facilitator,
    )
    _session(
        "Klinik Manajemen Proyek Kampung",
        modules.get("manajemen-proyek"),
        _at(14, 13),
        "Aula Kantor Kelurahan Tanjung Barat",
        20,
        facilitator,
    )


def _session(title, module, starts_at, venue, capacity, facilitator) -> WorkshopSession:
    session = WorkshopSession.objects.create(
        title=title,
        module=module,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=3),
        venue=venue,
        capacity=capacity,
    )
    session.facilitators.add(facilitator)
    return session
