"""Who sees a module's learning statistics: holders of courses.view_all_learning_statistics
(coordinators) every module's, holders of courses.view_learning_statistics (facilitators) those
of the modules they facilitate."""

from django.db.models import QuerySet

from courses.learning.models import ModulePage


def statistics_modules(user) -> QuerySet[ModulePage]:
    modules = ModulePage.objects.order_by("title")
    if user.has_perm("courses.view_all_learning_statistics"):
        return modules
    if user.has_perm("courses.view_learning_statistics"):
        return modules.filter(facilitators=user)
    return modules.none()


def may_see_statistics(user, module: ModulePage) -> bool:
    return statistics_modules(user).filter(pk=module.pk).exists()
