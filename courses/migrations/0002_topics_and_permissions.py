"""The three topics of the partnership's training plan, in Indonesian and English, and the right
for facilitators and coordinators to add and edit topics."""

import uuid

from django.db import migrations

TOPICS = [
    ("anggaran", "Pengelolaan Anggaran", "Budget management"),
    ("proyek", "Manajemen Proyek", "Project management"),
    ("advokasi", "Advokasi Kebijakan", "Policy advocacy"),
]


def create_topics(apps, schema_editor):
    Topic = apps.get_model("courses", "Topic")
    Locale = apps.get_model("wagtailcore", "Locale")
    indonesian = Locale.objects.get_or_create(language_code="id")[0]
    english = Locale.objects.get_or_create(language_code="en")[0]
    for slug, name_id, name_en in TOPICS:
        key = uuid.uuid4()
        if not Topic.objects.filter(slug=slug, locale=indonesian).exists():
            Topic.objects.create(slug=slug, name=name_id, locale=indonesian, translation_key=key)
            Topic.objects.create(slug=slug, name=name_en, locale=english, translation_key=key)


def grant_topic_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="courses", model="topic")
    for codename in ("add_topic", "change_topic"):
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
        )
        for group in Group.objects.filter(name__in=["facilitator", "coordinator"]):
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("cms", "0004_content_locales"),
    ]

    operations = [
        migrations.RunPython(create_topics, migrations.RunPython.noop),
        migrations.RunPython(grant_topic_permissions, migrations.RunPython.noop),
    ]
