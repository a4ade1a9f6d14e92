"""Photos uploaded through the Wagtail admin keep no location or personal metadata: neither the
stored original nor its renditions (served to anyone) carry EXIF (GPS, maker notes), XMP, IPTC
or comments. The photo stays right side up and keeps its colour profile."""

import io
import struct

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, ImageChops, ImageCms, ImageStat
from PIL import Image as PILImage
from wagtail.images.models import Image

from cms.image_metadata import without_metadata

pytestmark = pytest.mark.django_db

SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-'
    b'syntax-ns#"><rdf:Description exif:GPSLatitude="6,18.5S"/></rdf:RDF></x:xmpmeta>'
)
RED, BLUE = (220, 0, 0), (0, 0, 220)


def exif_with_gps(orientation=6) -> PILImage.Exif:
    exif = PILImage.Exif()
    exif[ExifTags.Base.Orientation] = orientation  # 6: turn 90° clockwise to show it
    exif[ExifTags.Base.Make] = "Telepon Warga"
    exif[ExifTags.Base.Artist] = "Sari Wulandari"
    exif[ExifTags.Base.ImageDescription] = "Depan rumah, Jl. Melati 12"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "S"
    gps[ExifTags.GPS.GPSLatitude] = (6.0, 18.0, 30.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (106.0, 50.0, 10.0)
    return exif


def iptc_segment() -> bytes:
    """A JPEG APP13 segment with an IPTC caption, as photo tools write it."""
    caption = b"\x1c\x02\x78" + struct.pack(">H", 12) + b"Jl. Melati 1"
    block = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(caption)) + caption
    body = b"Photoshop 3.0\x00" + block
    return b"\xff\xed" + struct.pack(">H", len(body) + 2) + body


def sideways_photo(format: str) -> bytes:
    """Stored 40 × 20 with red on the left and blue on the right; EXIF says to turn it a quarter
    clockwise, so it is shown 20 × 40, red on top."""
    image = PILImage.new("RGB", (40, 20), BLUE)
    image.paste(RED, (0, 0, 20, 20))
    options = {"exif": exif_with_gps(), "icc_profile": SRGB, "xmp": XMP}
    if format == "JPEG":
        options.update(comment=b"Rumah Bu Sari", extra=iptc_segment(), quality=95)
    if format == "WEBP":
        options.update(lossless=True)
    buffer = io.BytesIO()
    image.save(buffer, format, **options)
    return buffer.getvalue()


def assert_clean_and_upright(content: bytes, width: int, height: int):
    picture = PILImage.open(io.BytesIO(content))
    assert not picture.getexif()
    assert not {"exif", "xmp", "comment", "photoshop", "XML:com.adobe.xmp"} & picture.info.keys()
    assert b"Melati" not in content
    assert picture.size == (width, height)
    rgb = picture.convert("RGB")
    top, bottom = rgb.getpixel((width // 2, 1)), rgb.getpixel((width // 2, height - 2))
    assert top[0] > 150 > top[2], "red on top: the photo is shown right side up"
    assert bottom[2] > 150 > bottom[0]
    return picture


@pytest.fixture
def editor(client, facilitator):
    client.force_login(facilitator)
    return client


@pytest.mark.parametrize(
    ("format", "name"), [("JPEG", "foto.jpg"), ("PNG", "foto.png"), ("WEBP", "foto.webp")]
)
def test_an_uploaded_photo_keeps_no_location_in_the_original_or_its_renditions(
    editor, format, name
):
    file = SimpleUploadedFile(name, sideways_photo(format))
    response = editor.post("/admin/images/add/", {"title": "Rumah", "file": file})
    assert response.status_code == 302

    image = Image.objects.get()
    assert (image.width, image.height) == (20, 40)
    with image.open_file() as stored:
        original = assert_clean_and_upright(stored.read(), 20, 40)
    assert original.format == format
    assert original.info.get("icc_profile") == SRGB
    for spec in (
        "fill-10x20",
        "fill-10x20|format-jpeg",
        "fill-10x20|format-webp",
        "fill-10x20|format-png",
    ):
        with image.get_rendition(spec).file.open() as rendition:
            assert_clean_and_upright(rendition.read(), 10, 20)


def test_the_multiple_upload_strips_the_photo_too(editor):
    file = SimpleUploadedFile("foto.jpg", sideways_photo("JPEG"))
    response = editor.post("/admin/images/multiple/add/", {"files[]": file})
    assert response.json()["success"] is True
    with Image.objects.get().open_file() as stored:
        assert_clean_and_upright(stored.read(), 20, 40)


def encoded(image: PILImage.Image, format: str, **options) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    image.save(buffer, format, **options)
    return SimpleUploadedFile(f"gambar.{format.lower()}", buffer.getvalue())


def decoded(upload) -> PILImage.Image:
    upload.seek(0)
    return PILImage.open(io.BytesIO(upload.read()))


def noise(mode="RGB") -> PILImage.Image:
    return PILImage.effect_noise((96, 64), 60).convert(mode)


def test_a_jpeg_is_encoded_again_with_its_own_quantisation_tables():
    original = encoded(noise(), "JPEG", quality=70, exif=exif_with_gps(1), subsampling="4:4:4")
    clean = decoded(without_metadata(original))
    assert clean.quantization == decoded(original).quantization
    difference = ImageChops.difference(clean.convert("RGB"), decoded(original).convert("RGB"))
    assert max(ImageStat.Stat(difference).mean) < 2


@pytest.mark.parametrize(
    ("format", "mode", "options"),
    [
        ("PNG", "RGBA", {}),
        ("PNG", "P", {"transparency": 0}),
        ("WEBP", "RGBA", {"lossless": True}),
        ("GIF", "P", {"transparency": 0, "comment": b"Jl. Melati 12"}),
    ],
)
def test_lossless_images_keep_every_pixel_and_their_transparency(format, mode, options):
    original = encoded(noise(mode), format, **options)
    clean = decoded(without_metadata(original))
    assert clean.mode == decoded(original).mode
    assert clean.info.get("transparency") == options.get("transparency")
    assert "comment" not in clean.info
    assert not ImageChops.difference(
        clean.convert("RGBA"), decoded(original).convert("RGBA")
    ).getbbox()


def test_an_animation_is_stored_as_it_came():
    frames = [noise("P"), noise("P")]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=[100, 400])
    original = SimpleUploadedFile("gerak.gif", buffer.getvalue())
    assert without_metadata(original) is original
