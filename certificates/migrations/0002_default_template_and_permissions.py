"""One default certificate template, so completing a module always yields a certificate, and the
coordinators' right to manage templates. The signatory is a role, not a person: coordinators
replace it with the real name, title and signature in the admin."""

from django.db import migrations


def create_default_template(apps, schema_editor):
    CertificateTemplate = apps.get_model("certificates", "CertificateTemplate")
    if not CertificateTemplate.objects.filter(is_default=True).exists():
        CertificateTemplate.objects.create(
            name="Sertifikat modul (standar)",
            heading="Sertifikat",
            body="Atas keberhasilannya menyelesaikan seluruh pelajaran dan kuis modul pelatihan "
            "{module} di Akademi Warga.",
            signatory_name="Lurah Tanjung Barat",
            signatory_title="Kelurahan Tanjung Barat, Kecamatan Jagakarsa, Jakarta Selatan",
            is_default=True,
        )


def grant_template_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="certificates", model="certificatetemplate")
    coordinator = Group.objects.filter(name="coordinator").first()
    if coordinator is None:
        return
    for codename in ("add_certificatetemplate", "change_certificatetemplate", "delete_certificatetemplate"):
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
        )
        coordinator.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0001_initial"),
        ("cms", "0003_roles_and_review_workflow"),
    ]

    operations = [
        migrations.RunPython(create_default_template, migrations.RunPython.noop),
        migrations.RunPython(grant_template_permissions, migrations.RunPython.noop),
    ]
