"""The only parts of the report with names: who took part in a module, who came to a session,
and (without names) what residents wrote in their feedback."""

from dataclasses import replace

from django.db.models import (
    BooleanField,
    DateTimeField,
    Exists,
    F,
    IntegerField,
    Min,
    OuterRef,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, Lower, NullIf

from courses.learning.models import Enrolment
from courses.workshops.models import Attendance, Feedback, WorkshopSession

from .scope import Scope

#: The columns of a participant row, in order.
COLUMNS = ("module_title", "person_id", "person", "person_rw", "enrolled", "completed", "attended")


def participants(scope: Scope, module_id: int | None = None) -> QuerySet:
    """One row per person and module (`COLUMNS`): residents who enrolled in the period, and
    everyone who came to one of the module's sessions in the period (walk-ins once per name and
    RW). Ordered by module and name; values, not models, so exports can stream it."""
    if module_id is not None:
        scope = Scope(replace(scope.filters, module_id=module_id))
    came = scope.attendances().filter(session__module__isnull=False)
    return (
        _enrolled(scope)
        .values(*COLUMNS)
        .union(_residents_who_came(scope, came).values(*COLUMNS), _walk_ins(came).values(*COLUMNS))
        .order_by("module_title", "person", "person_id")
    )


def _enrolled(scope: Scope) -> QuerySet[Enrolment]:
    attended = Attendance.objects.filter(
        user=OuterRef("user_id"),
        session__module=OuterRef("module_id"),
        session__status=WorkshopSession.Status.HELD,
    )
    return scope.enrolled().annotate(
        module_title=F("module__title"),
        person_id=F("user_id"),
        person=Coalesce(F("user__profile__full_name"), Value("")),
        person_rw=F("user__profile__rw"),
        enrolled=F("enrolled_at"),
        completed=F("completed_at"),
        attended=Exists(attended),
    )


def _residents_who_came(scope: Scope, came: QuerySet[Attendance]) -> QuerySet[Attendance]:
    """Residents at the module's sessions who are not already listed as enrolled."""
    residents = came.filter(user__isnull=False)
    if scope.filters.online:
        listed = scope.enrolled().filter(
            user=OuterRef("user_id"), module=OuterRef("session__module_id")
        )
        residents = residents.exclude(Exists(listed))
    enrolment = Enrolment.objects.filter(
        user=OuterRef("user_id"), module=OuterRef("session__module_id")
    )
    return residents.annotate(
        module_title=F("session__module__title"),
        person_id=F("user_id"),
        person=Coalesce(F("user__profile__full_name"), Value("")),
        person_rw=F("user__profile__rw"),
        enrolled=Subquery(enrolment.values("enrolled_at")[:1]),
        completed=Subquery(enrolment.values("completed_at")[:1]),
        attended=Value(True),
    )


def _walk_ins(came: QuerySet[Attendance]) -> QuerySet[Attendance]:
    """Walk-ins, once per module, name (in any case) and RW."""
    return (
        came.filter(user__isnull=True)
        .values("session__module_id", "walk_in_rw", same_name=Lower("walk_in_name"))
        .annotate(
            module_title=Min("session__module__title"),
            person_id=Value(None, output_field=IntegerField()),
            person=Min("walk_in_name"),
            person_rw=F("walk_in_rw"),
            enrolled=Value(None, output_field=DateTimeField()),
            completed=Value(None, output_field=DateTimeField()),
            attended=Value(True, output_field=BooleanField()),
        )
    )


def session_attendance(session: WorkshopSession) -> QuerySet[Attendance]:
    """Who came, in order of arrival: name, RW, and whether they had registered."""
    return (
        Attendance.objects.filter(session=session)
        .annotate(
            person=Coalesce(NullIf(F("user__profile__full_name"), Value("")), F("walk_in_name")),
            person_rw=Coalesce(F("user__profile__rw"), F("walk_in_rw")),
            registered=Scope.had_registered(),
        )
        .order_by("checked_in_at", "pk")
    )


def comments(scope: Scope, user) -> QuerySet[Feedback]:
    """Written comments, newest first, without names. Holders of courses.view_unshared_comments
    (coordinators) read them all; officials only those the resident agreed to share. The RW filter is not applied, so a comment cannot
    be traced back to a small neighbourhood."""
    if scope.filters.rw:
        scope = Scope(replace(scope.filters, rw=None))
    feedback = scope.feedback().exclude(comment="")
    if not user.has_perm("courses.view_unshared_comments"):
        feedback = feedback.filter(share_comment=True)
    return feedback.select_related("module", "session").order_by("-submitted_at", "-pk")
