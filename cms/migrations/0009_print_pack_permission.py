"""Coordinators download print packs: a permission instead of a check of their role."""

from django.db import migrations

from cms.grants import grant_operation

GRANTS = {"coordinator": [("cms", "servicearea", "download_print_pack", "Can download the print pack of a service area's guides")]}


class Migration(migrations.Migration):

    dependencies = [
        ('cms', '0008_facilitators_manage_own_uploads'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='servicearea',
            options={'ordering': ['name'], 'permissions': [('download_print_pack', "Can download the print pack of a service area's guides")], 'verbose_name': 'service area', 'verbose_name_plural': 'service areas'},
        ),
        grant_operation(GRANTS),
    ]
