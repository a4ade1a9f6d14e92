"""The SKM as permissions of the role groups: coordinators plan the survey periods, type in
paper questionnaires and read the results; facilitators type in paper questionnaires and print
the posters; officials read the results."""

from django.db import migrations

from cms.grants import grant_operation

RESULTS = ("surveys", "surveyperiod", "view_survey_results", "Can read the results of the satisfaction survey (SKM)")
PAPER = ("surveys", "surveyresponse", "enter_paper_response", "Can type in paper SKM questionnaires")
GRANTS = {
    "official": [RESULTS],
    "coordinator": [
        RESULTS,
        PAPER,
        ("surveys", "surveyperiod", "add_surveyperiod", "Can add survey period"),
        ("surveys", "surveyperiod", "change_surveyperiod", "Can change survey period"),
        ("surveys", "surveyperiod", "delete_surveyperiod", "Can delete survey period"),
        ("surveys", "surveyperiod", "view_surveyperiod", "Can view survey period"),
    ],
    "facilitator": [PAPER],
}


class Migration(migrations.Migration):

    dependencies = [
        ("cms", "0003_roles_and_review_workflow"),
        ("surveys", "0001_initial"),
    ]

    operations = [grant_operation(GRANTS)]
