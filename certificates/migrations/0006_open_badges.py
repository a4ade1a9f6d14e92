import uuid

from django.db import migrations, models


def give_subject_uuids(apps, schema_editor):
    Certificate = apps.get_model("certificates", "Certificate")
    for certificate in Certificate.objects.filter(subject_uuid__isnull=True).only("pk"):
        certificate.subject_uuid = uuid.uuid4()
        certificate.save(update_fields=["subject_uuid"])


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0005_revoke_permission"),
    ]

    operations = [
        migrations.AddField(
            model_name="certificate",
            name="credential",
            field=models.JSONField(
                blank=True,
                editable=False,
                help_text="The signed Open Badges 3.0 credential, made in the background.",
                null=True,
                verbose_name="verifiable credential",
            ),
        ),
        migrations.AddField(
            model_name="certificate",
            name="subject_uuid",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(give_subject_uuids, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="certificate",
            name="subject_uuid",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.CreateModel(
            name="StatusList",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("number", models.PositiveIntegerField(unique=True)),
                ("credential", models.JSONField()),
                ("updated_at", models.DateTimeField(auto_now=True)),
            ],
            options={
                "verbose_name": "status list",
                "verbose_name_plural": "status lists",
            },
        ),
    ]
