"""Coordinators set the targets; officials and coordinators enter the complaint figures
(coordinators may also delete one entered by mistake)."""

from django.db import migrations

from cms.grants import grant_operation


def _model(model: str, verbose: str, *actions: str):
    return [("courses", model, f"{action}_{model}", f"Can {action} {verbose}") for action in actions]


ENTER_COMPLAINTS = _model("complaintfigure", "complaint figure", "add", "change", "view")
GRANTS = {
    "coordinator": [
        *_model("target", "target", "add", "change", "delete", "view"),
        *ENTER_COMPLAINTS,
        *_model("complaintfigure", "complaint figure", "delete"),
    ],
    "official": ENTER_COMPLAINTS,
}


class Migration(migrations.Migration):

    dependencies = [
        ("cms", "0003_roles_and_review_workflow"),
        ("courses", "0010_targets_and_complaint_figures"),
    ]

    operations = [grant_operation(GRANTS)]
