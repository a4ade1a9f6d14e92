"""Learning statistics as permissions of the role groups: facilitators see those of the modules
they facilitate, coordinators those of every module."""

from django.db import migrations

from cms.grants import grant_operation

OWN = ("courses", "quizattempt", "view_learning_statistics", "Can see the learning statistics of the modules they facilitate")
ALL = ("courses", "quizattempt", "view_all_learning_statistics", "Can see the learning statistics of every module")
GRANTS = {"facilitator": [OWN], "coordinator": [OWN, ALL]}


class Migration(migrations.Migration):

    dependencies = [
        ('cms', '0003_roles_and_review_workflow'),
        ('courses', '0013_quiz_attempt_numbers'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='quizattempt',
            options={'ordering': ['-submitted_at'], 'permissions': [('view_learning_statistics', 'Can see the learning statistics of the modules they facilitate'), ('view_all_learning_statistics', 'Can see the learning statistics of every module')], 'verbose_name': 'quiz attempt', 'verbose_name_plural': 'quiz attempts'},
        ),
        grant_operation(GRANTS),
    ]
