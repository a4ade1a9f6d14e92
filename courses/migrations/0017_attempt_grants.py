"""Extra quiz attempts given to one resident, with who gave them, when and why; the permission
to give them granted to facilitators (the modules they facilitate) and coordinators (every
module)."""

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

from cms.grants import grant_operation

OWN = ("courses", "attemptgrant", "grant_quiz_attempts", "Can give residents more quiz attempts in the modules they facilitate")
ALL = ("courses", "attemptgrant", "grant_all_quiz_attempts", "Can give residents more quiz attempts in every module")
GRANTS = {"facilitator": [OWN], "coordinator": [OWN, ALL]}

class Migration(migrations.Migration):

    dependencies = [
        ('cms', '0003_roles_and_review_workflow'),
        ('courses', '0016_statistics_indexes'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='AttemptGrant',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('extra_attempts', models.PositiveSmallIntegerField(default=0, validators=[django.core.validators.MaxValueValidator(10)], verbose_name='extra attempts')),
                ('ends_wait', models.BooleanField(default=False, verbose_name='waiting time ended')),
                ('reason', models.TextField(max_length=500, verbose_name='reason')),
                ('granted_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='granted at')),
                ('granted_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='granted by')),
                ('lesson', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='attempt_grants', to='courses.lessonpage', verbose_name='quiz')),
                ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='attempt_grants', to=settings.AUTH_USER_MODEL, verbose_name='resident')),
            ],
            options={
                'verbose_name': 'attempt grant',
                'verbose_name_plural': 'attempt grants',
                'ordering': ['-granted_at'],
                'permissions': [('grant_quiz_attempts', 'Can give residents more quiz attempts in the modules they facilitate'), ('grant_all_quiz_attempts', 'Can give residents more quiz attempts in every module')],
                'indexes': [models.Index(fields=['user', 'lesson'], name='courses_att_user_id_132207_idx')],
            },
        ),
        grant_operation(GRANTS),
    ]
