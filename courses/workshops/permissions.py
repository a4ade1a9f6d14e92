"""Who may run a workshop session: whoever holds courses.run_all_sessions (coordinators), and
holders of courses.run_session (facilitators) for the sessions they are assigned to."""

from django.db.models import QuerySet

from .models import WorkshopSession


def may_run(user, session: WorkshopSession) -> bool:
    if user.has_perm("courses.run_all_sessions"):
        return True
    return (
        user.has_perm("courses.run_session") and session.facilitators.filter(pk=user.pk).exists()
    )


def sessions_run_by(user, sessions: QuerySet[WorkshopSession]) -> QuerySet[WorkshopSession]:
    if user.has_perm("courses.run_all_sessions"):
        return sessions
    if user.has_perm("courses.run_session"):
        return sessions.filter(facilitators=user)
    return sessions.none()
