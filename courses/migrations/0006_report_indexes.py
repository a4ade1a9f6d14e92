"""The participation report counts enrolments started and completed in a period: index both
dates so a period filter reads a range of the index, not the whole table."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("courses", "0005_session_permissions")]

    operations = [
        migrations.AddIndex(
            model_name="enrolment",
            index=models.Index(fields=["enrolled_at"], name="courses_enr_enrolle_4f6483_idx"),
        ),
        migrations.AddIndex(
            model_name="enrolment",
            index=models.Index(fields=["completed_at"], name="courses_enr_complet_9a4a1e_idx"),
        ),
    ]
