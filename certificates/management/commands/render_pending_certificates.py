from django.core.management.base import BaseCommand

from certificates import services
from certificates.models import Certificate


class Command(BaseCommand):
    help = (
        "Render the PDF of every certificate that has none yet (after a failed or killed render)."
    )

    def handle(self, *args, **options):
        pending = list(
            Certificate.objects.not_erased().filter(pdf="").values_list("pk", flat=True)
        )
        failed = 0
        for pk in pending:
            try:
                services.ensure_pdf(pk)
            except Exception:  # noqa: BLE001 - ensure_pdf has logged it; go on with the others
                failed += 1
        self.stdout.write(
            f"Rendered {len(pending) - failed} of {len(pending)} pending certificates."
        )
        if failed:
            raise SystemExit(1)
