"""In-person sessions as residents see them listed: upcoming ones with their seat counts, and
each with the viewer's own registration or place on the waiting list."""

from dataclasses import dataclass

from django.db.models import Count, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from .models import Registration, WorkshopSession


@dataclass(frozen=True)
class SessionListing:
    """A session (annotated by `upcoming_sessions`) with the viewer's own registration."""

    session: WorkshopSession
    registration: Registration | None = None

    @property
    def seats_left(self) -> int:
        return max(self.session.capacity - self.session.registered_count, 0)


def upcoming_sessions() -> QuerySet[WorkshopSession]:
    """Scheduled sessions that have not ended, soonest first, with their seat counts."""
    return with_seat_counts(
        WorkshopSession.objects.filter(
            status=WorkshopSession.Status.SCHEDULED, ends_at__gt=timezone.now()
        )
    ).order_by("starts_at", "pk")


def with_seat_counts(sessions: QuerySet[WorkshopSession]) -> QuerySet[WorkshopSession]:
    return sessions.select_related("module").annotate(
        registered_count=Count(
            "registrations", filter=Q(registrations__status=Registration.Status.REGISTERED)
        ),
        waitlisted_count=Count(
            "registrations", filter=Q(registrations__status=Registration.Status.WAITLISTED)
        ),
    )


def session_listings(sessions, user) -> list[SessionListing]:
    """The sessions with the user's active registration for each, in one more query."""
    sessions = list(sessions)
    mine = {}
    if user.is_authenticated and sessions:
        mine = {
            registration.session_id: registration
            for registration in active_registrations(user).filter(session__in=sessions)
        }
    return [SessionListing(session, mine.get(session.pk)) for session in sessions]


def active_registrations(user) -> QuerySet[Registration]:
    """The user's seats and waiting-list places, each with `position` on the waiting list."""
    ahead = Registration.objects.filter(
        session=OuterRef("session"), status=Registration.Status.WAITLISTED
    ).filter(
        Q(created_at__lt=OuterRef("created_at"))
        | Q(created_at=OuterRef("created_at"), pk__lt=OuterRef("pk"))
    )
    count_ahead = ahead.order_by().values("session").annotate(count=Count("pk")).values("count")
    return Registration.objects.filter(
        user=user,
        status__in=[Registration.Status.REGISTERED, Registration.Status.WAITLISTED],
    ).annotate(position=Coalesce(Subquery(count_ahead), Value(0)) + 1)


def upcoming_registrations(user) -> list[Registration]:
    return list(
        active_registrations(user)
        .filter(
            session__status=WorkshopSession.Status.SCHEDULED,
            session__ends_at__gt=timezone.now(),
        )
        .select_related("session")
        .order_by("session__starts_at", "session_id")
    )
