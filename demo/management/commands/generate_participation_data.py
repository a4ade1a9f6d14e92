import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from certificates.services import NoCertificateTemplate
from demo.participation import AlreadyGenerated, NoCatalogue, Sizes, generate
from demo.participation.counts import dataset_counts


class Command(BaseCommand):
    help = (
        "Fill the database with a realistic participation data set (residents, enrolments, "
        "lesson completions, certificates, sessions, attendance, feedback) to benchmark the "
        "participation report. Run `load_demo` first. Never on a production database."
    )

    def add_arguments(self, parser):
        defaults = Sizes()
        parser.add_argument("--residents", type=int, default=defaults.residents)
        parser.add_argument(
            "--completions",
            type=int,
            default=defaults.completions,
            help="Lesson completions (enrolments follow: about one per 3.3 completions).",
        )
        parser.add_argument("--sessions", type=int, default=defaults.sessions)
        parser.add_argument("--attendances", type=int, default=defaults.attendances)
        parser.add_argument("--survey-answers", type=int, default=defaults.survey_answers)
        parser.add_argument("--months", type=int, default=defaults.months)
        parser.add_argument(
            "--modules",
            type=int,
            default=defaults.modules,
            help="Create modules until at least this many are live.",
        )
        parser.add_argument("--seed", type=int, default=1)
        what_if_present = parser.add_mutually_exclusive_group()
        what_if_present.add_argument(
            "--force", action="store_true", help="Add another data set to the one there."
        )
        what_if_present.add_argument(
            "--reuse",
            action="store_true",
            help="If a data set is there already, keep it and do nothing.",
        )

    def handle(self, *args, **options):
        names = (
            "residents",
            "completions",
            "sessions",
            "attendances",
            "survey_answers",
            "months",
            "modules",
        )
        if any(options[name] < 0 for name in names) or options["months"] < 1:
            raise CommandError("Sizes cannot be negative, and --months must be at least 1.")
        sizes = Sizes(**{name: options[name] for name in names})
        self.stdout.write(f"Generating {sizes} with seed {options['seed']}:")
        started = time.perf_counter()
        try:
            generate(sizes, seed=options["seed"], force=options["force"], log=self.stdout.write)
        except AlreadyGenerated:
            if options["reuse"]:
                self.stdout.write("A generated data set is already there: reusing it.")
                return
            raise CommandError(
                "This database has a generated data set already. Use --force to add another, "
                "or --reuse to keep it."
            ) from None
        except NoCatalogue:
            raise CommandError("No module catalogue: run `manage.py load_demo` first.") from None
        except NoCertificateTemplate:
            raise CommandError("No default certificate template: run `migrate`.") from None
        self.stdout.write(self.style.SUCCESS(f"Done in {time.perf_counter() - started:.1f} s."))
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")  # fresh planner statistics for what comes next
        for label, count in dataset_counts().items():
            self.stdout.write(f"  {label:<24} {count:>10,}")
