"""In-person sessions: past ones held (or cancelled), future ones scheduled, with facilitators,
registrations (and no-shows, cancellations, waiting lists), attendance (residents and walk-ins)
and attendance certificates."""

import bisect
import itertools
import random
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings

from courses.models import Attendance, Registration, WorkshopSession

from . import content
from .base import DAY, Picker, Timeline, write_all
from .modules import Module
from .people import People, random_name

FUTURE_SHARE = 0.06
CANCELLED_SHARE = 0.05
MODULE_SHARE = 0.65  # sessions that belong to a module
WALK_IN_SHARE = 0.2  # of attendances: people without an account
REGISTERED_SHARE = 0.85  # of residents who came: they had registered
Status = WorkshopSession.Status


def plan_sessions(count, modules: list[Module], rw_count: int, timeline: Timeline, rng):
    """Sessions in memory: dates, venues, capacities, modules. Statuses come with attendance."""
    local = ZoneInfo(settings.TIME_ZONE)
    pick_module = Picker(modules, [m.weight * (3 if m.blended else 1) for m in modules], rng)
    general = _in_turn(content.GENERAL_SESSIONS, rng)  # so that every type of event is there
    sessions = []
    for _number in range(count):
        day = (
            timeline.now + rng.uniform(1, 60) * DAY
            if rng.random() < FUTURE_SHARE
            else timeline.moment()
        )
        hour, minute = rng.choice(content.SESSION_START_HOURS)
        starts_at = datetime.combine(day.astimezone(local).date(), time(hour, minute), local)
        venue, capacity, venue_rw = _venue(rw_count, rng)
        module = pick_module() if modules and rng.random() < MODULE_SHARE else None
        if module:
            title = f"{rng.choice(content.MODULE_SESSION_PREFIXES)}: {module.page.title}"
            event_type = WorkshopSession.EventType.TRAINING
        else:
            title, event_type = next(general)
        session = WorkshopSession(
            title=title,
            event_type=event_type,
            module=module.page if module else None,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=rng.choice((2, 2, 3))),
            venue=venue,
            capacity=capacity,
            status=Status.CANCELLED if rng.random() < CANCELLED_SHARE else Status.SCHEDULED,
            created_at=min(starts_at - rng.uniform(7, 30) * DAY, timeline.now),
        )
        session.venue_rw = venue_rw
        sessions.append(session)
    return sessions


def _in_turn(items: list, rng: random.Random):
    """The items in a random order, again and again."""
    items = list(items)
    rng.shuffle(items)
    return itertools.cycle(items)


def _venue(rw_count: int, rng: random.Random) -> tuple[str, int, int | None]:
    draw = rng.random()
    if draw < 0.55:
        rw = rng.randint(1, rw_count)
        return f"Balai RW {rw:02d}", rng.choice(content.CAPACITIES[:4]), rw
    if draw < 0.85:
        return content.VENUE_HALL, rng.choice((40, 50, 60)), None
    venue, capacity = rng.choice(content.OTHER_VENUES)
    return venue, capacity, None


def share_attendance(sessions, total: int, now: datetime, rng: random.Random) -> dict:
    """How many people came to each past session, `total` in all. A past session where nobody
    checked in stays scheduled, as in the app; the others are held. Capacities are raised
    where the numbers asked for do not fit."""
    past = [s for s in sessions if s.status != Status.CANCELLED and s.ends_at <= now]
    weights = [session.capacity * rng.uniform(0.5, 1.0) for session in past]
    counts = {}
    if past and total:
        scale = total / sum(weights)
        counts = {id(s): int(w * scale) for s, w in zip(past, weights, strict=True)}
        for session in rng.sample(past, total - sum(counts.values())):
            counts[id(session)] += 1
    for session in past:
        come = counts.get(id(session), 0)
        session.capacity = max(session.capacity, -(-come // 5) * 5)
        session.status = Status.HELD if come else Status.SCHEDULED
    return counts


def write_sessions(sessions, facilitator_ids: list[int], rng: random.Random) -> None:
    for session in sessions:
        session.facilitator_ids = rng.sample(
            facilitator_ids, min(len(facilitator_ids), rng.randint(1, 2))
        )
    write_all(WorkshopSession, sessions)
    through = WorkshopSession.facilitators.through
    write_all(
        through,
        [
            through(workshopsession_id=session.pk, user_id=user_id)
            for session in sessions
            for user_id in session.facilitator_ids
        ],
    )


class Pool:
    """Residents in the order they became candidates (joined, or enrolled in a module)."""

    def __init__(self, residents: list[int], times: list[datetime]):
        self.residents, self.times = residents, times

    def before(self, moment: datetime) -> int:
        return bisect.bisect_left(self.times, moment)


class Crowd:
    """Where the people in a room come from: everyone, the venue's RW, the module's learners."""

    def __init__(self, people: People, modules: list[Module], plans: dict, rw_count: int, now):
        self.people, self.plans, self.rw_count, self.now = people, plans, rw_count, now
        self.everyone = Pool(list(range(len(people.ids))), people.joined)
        self.by_rw = {
            rw: Pool(indexes, [people.joined[i] for i in indexes])
            for rw, indexes in people.by_rw.items()
        }
        self.by_module = {
            module.page.pk: Pool(
                [plan.resident for plan in module.enrollees],
                [plan.enrolled_at for plan in module.enrollees],
            )
            for module in modules
        }
        self.blended = {module.page.pk for module in modules if module.blended}


def fill_sessions(sessions, counts: dict, crowd: Crowd, rng: random.Random) -> list:
    """Registrations and attendance for every session; returns the rooms."""
    rooms = []
    for session in sessions:
        room = Room(session, crowd, rng)
        capacity = session.capacity
        if session.status == Status.CANCELLED:
            room.book(round(capacity * rng.uniform(0.3, 0.8)), Registration.Status.REGISTERED)
        elif session.starts_at > crowd.now:
            wanted = round(capacity * rng.uniform(0.2, 1.1))
            room.book(min(wanted, capacity), Registration.Status.REGISTERED)
            room.book(max(0, wanted - capacity), Registration.Status.WAITLISTED)
        elif counts.get(id(session)):
            room.fill(counts[id(session)])
        rooms.append(room)
    return rooms


class Room:
    """Who registered for and who came to one session."""

    def __init__(self, session: WorkshopSession, crowd: Crowd, rng: random.Random):
        self.session, self.crowd, self.rng = session, crowd, rng
        self.taken: set[int] = set()  # residents with a registration or an attendance
        self.walk_ins: set[str] = set()
        self.registrations: list[Registration] = []
        self.attendances: list[Attendance] = []
        self.facilitator = rng.choice(session.facilitator_ids) if session.facilitator_ids else None
        self.pools = [(1.0, crowd.everyone)]
        if session.venue_rw in crowd.by_rw:
            self.pools.insert(0, (0.6, crowd.by_rw[session.venue_rw]))
        if session.module_id in crowd.by_module:
            share = 0.9 if session.module_id in crowd.blended else 0.6
            self.pools.insert(0, (share, crowd.by_module[session.module_id]))

    def fill(self, come: int) -> None:
        """`come` people in the room, then no-shows, cancellations and a waiting list."""
        for _person in range(come):
            resident = self._newcomer() if self.rng.random() >= WALK_IN_SHARE else None
            if resident is None:
                self._walk_in()
            else:
                self._attend(resident)
        registered = len(self.registrations)
        free = self.session.capacity - registered
        no_shows = max(0, min(round(registered * self.rng.uniform(0.1, 0.3)), free))
        self.book(no_shows, Registration.Status.REGISTERED)
        self.book(round(come * 0.08), Registration.Status.CANCELLED)
        if no_shows == free:
            self.book(self.rng.randint(0, 5), Registration.Status.WAITLISTED)

    def book(self, count: int, status: str) -> None:
        for _person in range(count):
            resident = self._newcomer()
            if resident is not None:
                self._register(resident, status)

    def _newcomer(self) -> int | None:
        """A resident who had an account (or an enrolment) before the session, not yet here."""
        for _attempt in range(20):
            pool = next(pool for share, pool in self.pools if self.rng.random() < share)
            candidates = pool.before(self.session.starts_at)
            if candidates:
                resident = pool.residents[self.rng.randrange(candidates)]
                if resident not in self.taken:
                    self.taken.add(resident)
                    return resident
        return None

    def _register(self, resident: int, status: str) -> None:
        people = self.crowd.people
        earliest = self.session.starts_at - self.rng.uniform(0.05, 14) * DAY
        created_at = min(max(earliest, people.joined[resident]), self.crowd.now)
        self.registrations.append(
            Registration(
                session=self.session,
                user_id=people.ids[resident],
                status=status,
                created_at=created_at,
                updated_at=created_at,
            )
        )

    def _attend(self, resident: int) -> None:
        if self.rng.random() < REGISTERED_SHARE:
            self._register(resident, Registration.Status.REGISTERED)
        method = self.rng.choices(Attendance.Method.values, weights=(45, 40, 15))[0]
        attendance = Attendance(
            session=self.session,
            user_id=self.crowd.people.ids[resident],
            method=method,
            checked_in_at=self._arrival(),
            recorded_by_id=None if method == Attendance.Method.SELF else self.facilitator,
        )
        attendance.resident = resident
        self.attendances.append(attendance)
        plan = self.crowd.plans.get((resident, self.session.module_id))
        if plan is not None and plan.module.blended:
            ends_at = self.session.ends_at
            plan.attended_until = min(plan.attended_until or ends_at, ends_at)

    def _walk_in(self) -> None:
        rw = self.session.venue_rw
        if rw is None or self.rng.random() < 0.3:
            rw = self.rng.randint(1, self.crowd.rw_count)
        name = random_name(self.rng)
        while name.lower() in self.walk_ins:
            name = f"{name} {self.rng.choice(content.FAMILY_NAMES)}"
        self.walk_ins.add(name.lower())
        phone = f"08{self.rng.randint(10**9, 10**10 - 1)}" if self.rng.random() < 0.4 else ""
        attendance = Attendance(
            session=self.session,
            walk_in_name=name,
            walk_in_rw=rw,
            walk_in_phone=phone,
            method=self.rng.choice((Attendance.Method.FACILITATOR, Attendance.Method.PAPER)),
            checked_in_at=self._arrival(),
            recorded_by_id=self.facilitator,
        )
        attendance.resident = None
        self.attendances.append(attendance)

    def _arrival(self) -> datetime:
        return self.session.starts_at + timedelta(minutes=self.rng.randint(-20, 40))
