"""Indexes the learning statistics read a module's learners, completions and quiz attempts from,
without the tables' rows."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('courses', '0015_report_pack'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='enrolment',
            index=models.Index(fields=['module', 'enrolled_at', 'user'], name='courses_enr_module__160af1_idx'),
        ),
        migrations.AddIndex(
            model_name='lessoncompletion',
            index=models.Index(fields=['lesson', 'user'], name='courses_les_lesson__f3ee53_idx'),
        ),
        migrations.AddIndex(
            model_name='quizattempt',
            index=models.Index(fields=['lesson', 'user', 'passed'], name='courses_qui_lesson__f50a4b_idx'),
        ),
    ]
