"""Facilitators edit and delete only the images and documents they uploaded.

Wagtail lets whoever may change an image or a document delete it too (its "delete" permission is
not checked separately), so the "change" permission of migration 0003 let facilitators delete
any image or document, also those in published lessons, past the review workflow. With "add"
and "choose" they still upload, pick and manage their own uploads; coordinators manage all."""

from django.db import migrations

FACILITATOR_CHANGES = [
    ("wagtailimages", "image", "change_image"),
    ("wagtaildocs", "document", "change_document"),
]


def _grants(apps):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    Permission = apps.get_model("auth", "Permission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    facilitator = Group.objects.filter(name="facilitator").first()
    root = Collection.objects.filter(depth=1).first()
    if facilitator is None or root is None:
        return None, []
    permissions = [
        Permission.objects.filter(content_type__app_label=app_label, content_type__model=model, codename=codename).first()
        for app_label, model, codename in FACILITATOR_CHANGES
    ]
    grants = [
        {"group": facilitator, "collection": root, "permission": permission}
        for permission in permissions
        if permission is not None
    ]
    return GroupCollectionPermission, grants


def remove_change_permissions(apps, schema_editor):
    model, grants = _grants(apps)
    for grant in grants:
        model.objects.filter(**grant).delete()


def restore_change_permissions(apps, schema_editor):
    model, grants = _grants(apps)
    for grant in grants:
        model.objects.get_or_create(**grant)


class Migration(migrations.Migration):
    dependencies = [("cms", "0007_service_area_permissions")]

    operations = [migrations.RunPython(remove_change_permissions, restore_change_permissions)]
