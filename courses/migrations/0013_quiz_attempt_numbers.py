"""Every attempt has its number from here on (0009 numbered the existing ones); a separate
migration, because PostgreSQL does not alter a table in the transaction that updated its rows."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('courses', '0012_assessment_settings'),
    ]

    operations = [
        migrations.AlterField(
            model_name='quizattempt',
            name='number',
            field=models.PositiveSmallIntegerField(verbose_name='attempt number'),
        ),
        migrations.AddConstraint(
            model_name='quizattempt',
            constraint=models.UniqueConstraint(fields=('user', 'lesson', 'number'), name='one_quiz_attempt_per_number'),
        ),
    ]
