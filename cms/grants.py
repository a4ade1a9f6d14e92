"""Permissions granted to the role groups, for the data migrations that grant them: the role
groups (facilitator, coordinator, official) are created by cms migration 0003 and only bundle
permissions. Migrations import this module, so what it offers must keep working for them."""

from django.db import migrations

#: {group name: [(app label, model, permission codename, permission name), ...]}, the name as
#: Django gives it (Meta.permissions, or "Can view <verbose name>" for its own).
Grants = dict[str, list[tuple[str, str, str, str]]]


def grant_operation(grants: Grants) -> migrations.RunPython:
    """A migration operation that grants the permissions, and takes them back when reversed."""

    def forwards(apps, schema_editor):
        for group, permissions in _resolve(apps, grants):
            group.permissions.add(*permissions)

    def backwards(apps, schema_editor):
        for group, permissions in _resolve(apps, grants):
            group.permissions.remove(*permissions)

    return migrations.RunPython(forwards, backwards)


def _resolve(apps, grants: Grants):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for group_name, wanted in grants.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:  # an administrator removed the role
            continue
        permissions = []
        for app_label, model, codename, name in wanted:
            content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
            # Django creates permissions only after all migrations ran: until then, here.
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=codename,
                defaults={"name": name},
            )
            permissions.append(permission)
        yield group, permissions
