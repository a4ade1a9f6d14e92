from django.core.management.base import BaseCommand

from certificates import pdf_files


class Command(BaseCommand):
    help = (
        "Render the PDF of every certificate that has none yet (after a failed or killed render)."
    )

    def handle(self, *args, **options):
        rendered, failed = pdf_files.render_missing_pdfs()
        self.stdout.write(f"Rendered {rendered} of {rendered + failed} pending certificates.")
        if failed:
            raise SystemExit(1)
