"""Create the staff roles (facilitator, coordinator, official) with their Wagtail permissions,
and one review workflow: facilitators submit pages, coordinators approve and publish them.

Wagtail's default Editors and Moderators groups and its default workflow are replaced by these
roles, so that what a person may do is decided by exactly one of the roles of docs/architecture.md."""

from django.db import migrations

ROLES = ("facilitator", "coordinator", "official")

FACILITATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page"]
COORDINATOR_PAGE_PERMISSIONS = FACILITATOR_PAGE_PERMISSIONS + [
    "publish_page",
    "unlock_page",
    "bulk_delete_page",
]
FACILITATOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", ["add_image", "change_image", "choose_image"]),
    ("wagtaildocs", "document", ["add_document", "change_document", "choose_document"]),
]
COORDINATOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", ["add_image", "change_image", "choose_image", "delete_image"]),
    ("wagtaildocs", "document", ["add_document", "change_document", "choose_document", "delete_document"]),
]


def _permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
    )
    return permission


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    facilitator, coordinator, official = (Group.objects.get_or_create(name=name)[0] for name in ROLES)
    access_admin = _permission(apps, "wagtailadmin", "admin", "access_admin")
    submit_translation = _permission(apps, "simple_translation", "simpletranslation", "submit_translation")
    for group in (facilitator, coordinator, official):
        group.permissions.add(access_admin)
    for group in (facilitator, coordinator):
        group.permissions.add(submit_translation)

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    for group, page_codenames, collection_permissions in (
        (facilitator, FACILITATOR_PAGE_PERMISSIONS, FACILITATOR_COLLECTION_PERMISSIONS),
        (coordinator, COORDINATOR_PAGE_PERMISSIONS, COORDINATOR_COLLECTION_PERMISSIONS),
    ):
        for codename in page_codenames:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root_page,
                permission=_permission(apps, "wagtailcore", "page", codename),
            )
        for app_label, model, codenames in collection_permissions:
            for codename in codenames:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=_permission(apps, app_label, model, codename),
                )

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task, _ = GroupApprovalTask.objects.get_or_create(
        name="Persetujuan koordinator", defaults={"content_type": task_type, "active": True}
    )
    task.groups.set([coordinator])
    workflow, _ = Workflow.objects.get_or_create(name="Tinjauan sebelum terbit", defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})

    Workflow.objects.filter(name="Moderators approval").delete()
    GroupApprovalTask.objects.filter(name="Moderators approval").delete()
    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0002_pages_and_settings"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("simple_translation", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
