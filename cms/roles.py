"""The staff roles of DESIGN.md, as Django group names. Residents are every other signed-in
person and need no group."""

FACILITATOR = "facilitator"
COORDINATOR = "coordinator"
OFFICIAL = "official"
STAFF_ROLES = (FACILITATOR, COORDINATOR, OFFICIAL)


def require_role(request, role: str) -> None:
    """For admin views: PermissionDenied unless the user holds the role."""
    from django.core.exceptions import PermissionDenied

    if not has_role(request.user, role):
        raise PermissionDenied


def is_staff_member(user) -> bool:
    """Anyone who may open the Wagtail admin: the staff roles and administrators."""
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def has_role(user, role: str) -> bool:
    """Superusers hold every role."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=role).exists()
