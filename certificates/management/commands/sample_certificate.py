from pathlib import Path

from django.core.management.base import BaseCommand

from certificates import preview, rendering, services


class Command(BaseCommand):
    help = (
        "Render the default template with sample data through the real renderer, as PDF and PNG."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", default="docs/img/certificate", help="Path without extension."
        )

    def handle(self, *args, output, **options):
        import pypdfium2  # a development dependency, only needed here

        target = Path(output)
        target.parent.mkdir(parents=True, exist_ok=True)
        pdf = rendering.render_pdf(preview.sample_content(services.default_template()))
        target.with_suffix(".pdf").write_bytes(pdf)
        page = pypdfium2.PdfDocument(pdf)[0]
        page.render(scale=1.25).to_pil().save(target.with_suffix(".png"), optimize=True)
        self.stdout.write(f"Wrote {target.with_suffix('.pdf')} and {target.with_suffix('.png')}")
