"""Coordinators find certificates, download them and revoke or reinstate them: permissions
instead of a check of their role."""

from django.db import migrations

from cms.grants import grant_operation

GRANTS = {
    "coordinator": [
        ("certificates", "certificate", "view_certificate", "Can view certificate"),
        ("certificates", "certificate", "revoke_certificate", "Can revoke and reinstate certificates"),
    ]
}


class Migration(migrations.Migration):

    dependencies = [
        ('cms', '0003_roles_and_review_workflow'),
        ('certificates', '0004_template_text_limits'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='certificate',
            options={'ordering': ['-issued_at'], 'permissions': [('revoke_certificate', 'Can revoke and reinstate certificates')], 'verbose_name': 'certificate', 'verbose_name_plural': 'certificates'},
        ),
        grant_operation(GRANTS),
    ]
