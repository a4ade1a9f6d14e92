"""Which modules a permission reaches: every module for holders of its "all modules" form
(coordinators), the modules they facilitate for holders of its own form (facilitators)."""

from django.db.models import QuerySet

from .models import ModulePage


def modules_reached(user, *, every: str, own: str) -> QuerySet[ModulePage]:
    modules = ModulePage.objects.order_by("title")
    if user.has_perm(every):
        return modules
    if user.has_perm(own):
        return modules.filter(facilitators=user)
    return modules.none()
