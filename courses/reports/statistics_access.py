"""Who sees a module's learning statistics: holders of courses.view_all_learning_statistics
(coordinators) every module's, holders of courses.view_learning_statistics (facilitators) those
of the modules they facilitate."""

from django.db.models import QuerySet

from courses.learning.facilitation import modules_reached
from courses.learning.models import ModulePage


def statistics_modules(user) -> QuerySet[ModulePage]:
    return modules_reached(
        user,
        every="courses.view_all_learning_statistics",
        own="courses.view_learning_statistics",
    )


def may_see_statistics(user, module: ModulePage) -> bool:
    return statistics_modules(user).filter(pk=module.pk).exists()
