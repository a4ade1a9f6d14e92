"""Who may do what, asked of Django's permissions. The role groups (facilitator, coordinator,
official) only bundle permissions, granted to them by migrations; code never asks for a group."""

from django.contrib.auth.backends import ModelBackend

#: The session key that says whether the site's pages show Wagtail's user bar (cms/signals.py).
SHOWS_USERBAR = "shows_userbar"


def is_staff_member(user) -> bool:
    """Anyone who may open the Wagtail admin: the staff roles and administrators."""
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def holders_of(permission: str):
    """Active accounts holding `permission` ("app_label.codename") through one of their groups or
    on their own; superusers only when one of those gives it to them too."""
    return ModelBackend().with_perm(permission, include_superusers=False)
