from django.core.management.base import BaseCommand

from cms import recovery


class Command(BaseCommand):
    help = (
        "Finish what a killed or failed task worker left undone: delete partly written files, "
        "queue again the tasks a killed worker left running, issue certificates postponed for "
        "want of a template, build the XLSX exports still pending, render the certificates "
        "that have no PDF. Safe to run at any time, also while workers run (docs/deploy.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=float,
            default=15,
            metavar="MINUTES",
            help="Leave alone exports, partial files and running tasks younger than this, which "
            "a running worker may still be at (default 15). Use 0 when no worker runs.",
        )

    def handle(self, *args, older_than: float, **options):
        outcomes = recovery.run_all(older_than * 60)
        summary = "; ".join(outcome.summary for outcome in outcomes)
        self.stdout.write(summary[:1].upper() + summary[1:] + ".")
        if any(outcome.failed for outcome in outcomes):
            raise SystemExit(1)
