"""Content exists in Bahasa Indonesia (the default, created by Wagtail from LANGUAGE_CODE) and in
English: make sure both locales exist on every installation, not only where the demo is loaded."""

from django.db import migrations


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in ("id", "en"):
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [("cms", "0003_roles_and_review_workflow")]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
