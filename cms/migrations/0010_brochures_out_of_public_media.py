"""Brochures leave MEDIA_ROOT, where the web server served them to anyone at a predictable
address even after their guide was unpublished. The public copies are deleted with their rows;
each brochure is rendered again, into private storage, when its guide is next published or its
brochure downloaded."""

from django.core.files.storage import default_storage
from django.db import migrations, models

import cms.models.guides


def delete_public_brochures(apps, schema_editor):
    GuideBrochure = apps.get_model("cms", "GuideBrochure")
    for name in GuideBrochure.objects.exclude(pdf="").values_list("pdf", flat=True):
        default_storage.delete(name)
    GuideBrochure.objects.all().delete()


class Migration(migrations.Migration):

    dependencies = [
        ('cms', '0009_print_pack_permission'),
    ]

    operations = [
        migrations.RunPython(delete_public_brochures, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='guidebrochure',
            name='pdf',
            field=models.FileField(storage=cms.models.guides.private_storage, upload_to='brochures/'),
        ),
    ]
