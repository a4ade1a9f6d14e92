from django.core.files.storage import storages
from django.core.management.base import BaseCommand

from certificates.services import render_missing_pdfs
from cms.storage import AtomicFileSystemStorage
from courses.report_exports import build_pending_xlsx

PRIVATE_STORAGES = ("certificates", "reports")


class Command(BaseCommand):
    help = (
        "Finish what a killed or failed task worker left undone: render the certificates "
        "that have no PDF, build the XLSX exports still pending, delete partly written files. "
        "Safe to run at any time, also while workers run (README, 'Production in short')."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=float,
            default=15,
            metavar="MINUTES",
            help="Leave alone exports and partial files younger than this, which a running "
            "worker may still be writing (default 15). Use 0 when no worker runs.",
        )

    def handle(self, *args, older_than: float, **options):
        seconds = older_than * 60
        folders = {
            storage.location: storage
            for storage in (storages[alias] for alias in PRIVATE_STORAGES)
            if isinstance(storage, AtomicFileSystemStorage)
        }
        partial = sum(storage.remove_partial_files(seconds) for storage in folders.values())
        rendered, failed = render_missing_pdfs()
        exports = build_pending_xlsx(seconds)
        self.stdout.write(
            f"Deleted {partial} partly written files; rendered {rendered} certificates"
            f"{f' ({failed} failed)' if failed else ''}; built {exports} pending exports."
        )
        if failed:
            raise SystemExit(1)
