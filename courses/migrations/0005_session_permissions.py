"""Facilitators and coordinators run workshop sessions; only coordinators delete them."""

from django.db import migrations

GRANTS = {
    "facilitator": ("add_workshopsession", "change_workshopsession", "view_workshopsession"),
    "coordinator": (
        "add_workshopsession",
        "change_workshopsession",
        "view_workshopsession",
        "delete_workshopsession",
    ),
}


def grant_session_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="courses", model="workshopsession"
    )
    for group_name, codenames in GRANTS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for codename in codenames:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=codename,
                defaults={"name": codename.replace("_", " ")},
            )
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0004_sessions_attendance_feedback"),
        ("cms", "0003_roles_and_review_workflow"),
    ]

    operations = [migrations.RunPython(grant_session_permissions, migrations.RunPython.noop)]
