"""`manage.py strip_image_metadata`: images uploaded before uploads were cleaned are stored again
without their metadata, upright, and their renditions are made again from the clean original."""

import io

import pytest
import wagtail_factories
from django.core.management import call_command
from PIL import Image as PILImage

from .test_image_metadata import assert_clean_and_upright, sideways_photo

pytestmark = pytest.mark.django_db


def stored_before(content: bytes, **fields):
    return wagtail_factories.ImageFactory(
        file__from_file=io.BytesIO(content), file__filename="foto.jpg", **fields
    )


@pytest.fixture
def strip(django_capture_on_commit_callbacks):
    """Run the command; what it does on commit (deleting the old files) is done at once."""

    def run() -> str:
        output = io.StringIO()
        with django_capture_on_commit_callbacks(execute=True):
            call_command("strip_image_metadata", stdout=output)
        return output.getvalue()

    return run


def test_an_old_photo_is_stored_again_without_metadata_and_made_upright(strip):
    image = stored_before(sideways_photo("JPEG"), focal_point_x=5, focal_point_y=5)
    image.focal_point_width = image.focal_point_height = 4
    image.save()
    old_name = image.file.name
    old_rendition = image.get_rendition("fill-10x20")
    storage = image.file.storage

    assert strip() == "1 of 1 images stored again without metadata.\n"

    image.refresh_from_db()
    assert (image.width, image.height) == (20, 40)
    assert image.get_focal_point() is None  # it was marked on the sideways picture
    with image.open_file() as stored:
        assert_clean_and_upright(stored.read(), 20, 40)
    assert image.file_size == image.file.size
    assert not storage.exists(old_name)
    assert not image.renditions.filter(pk=old_rendition.pk).exists()  # Wagtail deletes its file
    with image.get_rendition("fill-10x20").file.open() as rendition:
        assert_clean_and_upright(rendition.read(), 10, 20)
    assert strip() == "0 of 1 images stored again without metadata.\n"


def test_an_image_without_metadata_is_left_as_it_is(strip):
    buffer = io.BytesIO()
    PILImage.new("RGB", (30, 20), "#0b6e4f").save(buffer, "JPEG")
    image = stored_before(buffer.getvalue())
    name, file_hash = image.file.name, image.get_file_hash()

    assert strip() == "0 of 1 images stored again without metadata.\n"

    image.refresh_from_db()
    assert (image.file.name, image.file_hash) == (name, file_hash)
