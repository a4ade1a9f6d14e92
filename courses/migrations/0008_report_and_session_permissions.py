"""The report, its exports, feedback comments and running workshop sessions as permissions of
the role groups, instead of checks of the roles: officials read and export the report;
coordinators also see everyone's exports and every comment and run every session; facilitators
run the sessions they are assigned to."""

from django.db import migrations

from cms.grants import grant_operation

REPORT = [
    ("courses", "reportexport", "view_participation_report", "Can read the participation report"),
    ("courses", "reportexport", "export_participation", "Can export the participation report"),
]
GRANTS = {
    "official": REPORT,
    "coordinator": [
        *REPORT,
        ("courses", "reportexport", "view_reportexport", "Can view report export"),
        ("courses", "feedback", "view_unshared_comments", "Can read feedback comments that residents did not share with officials"),
        ("courses", "workshopsession", "run_session", "Can run the workshop sessions they are assigned to"),
        ("courses", "workshopsession", "run_all_sessions", "Can run every workshop session"),
    ],
    "facilitator": [("courses", "workshopsession", "run_session", "Can run the workshop sessions they are assigned to")],
}


class Migration(migrations.Migration):

    dependencies = [
        ('cms', '0003_roles_and_review_workflow'),
        ('courses', '0007_quiz_attempt_submission'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='feedback',
            options={'permissions': [('view_unshared_comments', 'Can read feedback comments that residents did not share with officials')], 'verbose_name': 'feedback', 'verbose_name_plural': 'feedback'},
        ),
        migrations.AlterModelOptions(
            name='reportexport',
            options={'ordering': ['-requested_at'], 'permissions': [('view_participation_report', 'Can read the participation report'), ('export_participation', 'Can export the participation report')], 'verbose_name': 'report export', 'verbose_name_plural': 'report exports'},
        ),
        migrations.AlterModelOptions(
            name='workshopsession',
            options={'ordering': ['starts_at'], 'permissions': [('run_session', 'Can run the workshop sessions they are assigned to'), ('run_all_sessions', 'Can run every workshop session')], 'verbose_name': 'workshop session', 'verbose_name_plural': 'workshop sessions'},
        ),
        grant_operation(GRANTS),
    ]
