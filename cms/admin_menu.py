from wagtail.admin.menu import MenuItem

from . import roles


class CoordinatorMenuItem(MenuItem):
    """An admin menu item only coordinators (and superusers) see."""

    def is_shown(self, request):
        return roles.has_role(request.user, roles.COORDINATOR)
