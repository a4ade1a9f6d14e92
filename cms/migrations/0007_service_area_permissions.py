"""Facilitators and coordinators may add and edit service areas, as they do topics."""

from django.db import migrations


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="cms", model="servicearea")
    for codename in ("add_servicearea", "change_servicearea"):
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
        )
        for group in Group.objects.filter(name__in=["facilitator", "coordinator"]):
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("cms", "0006_guides")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
