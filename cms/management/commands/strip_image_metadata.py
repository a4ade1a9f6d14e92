from django.core.management.base import BaseCommand
from wagtail.images import get_image_model

from cms.image_metadata import strip_stored


class Command(BaseCommand):
    help = (
        "Remove the GPS position and other metadata from images uploaded before uploads were "
        "cleaned (docs/deploy.md): store each original again without it and make its renditions "
        "again. Run once after upgrading; running it again changes nothing."
    )

    def handle(self, *args, **options):
        images = get_image_model().objects.order_by("pk")
        stripped = sum(strip_stored(image) for image in images.iterator())
        self.stdout.write(f"{stripped} of {images.count()} images stored again without metadata.")
