"""Uploads through the Wagtail admin, as a facilitator: images of the allowed raster types within
the byte and pixel limits, no SVG, and documents whose content matches their extension."""

import io
import struct
import zipfile
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

from cms.uploads import fitting_size, too_many_pixels

pytestmark = pytest.mark.django_db

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"


def png(size=(20, 20)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "#0b6e4f").save(buffer, "PNG")
    return buffer.getvalue()


def docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    return buffer.getvalue()


@pytest.fixture
def editor(client, facilitator):
    client.force_login(facilitator)
    return client


def upload_image(client, name, content, **headers):
    file = SimpleUploadedFile(name, content)
    return client.post("/admin/images/add/", {"title": "Foto", "file": file}, **headers)


def upload_document(client, name, content):
    file = SimpleUploadedFile(name, content)
    return client.post("/admin/documents/add/", {"title": "Berkas", "file": file})


def test_a_png_is_accepted(editor):
    assert upload_image(editor, "foto.png", png()).status_code == 302
    assert Image.objects.get().title == "Foto"


@pytest.mark.parametrize("content", [SVG, png()])
def test_an_svg_is_refused_with_a_message_that_says_why(editor, content):
    response = upload_image(editor, "logo.svg", content)
    assert response.status_code == 200
    assert "Gambar SVG tidak diterima" in response.content.decode()
    assert not Image.objects.exists()


def test_an_svg_is_refused_by_the_multiple_upload_too(editor):
    file = SimpleUploadedFile("logo.svg", SVG)
    response = editor.post("/admin/images/multiple/add/", {"files[]": file})
    assert response.json()["success"] is False
    assert "Gambar SVG tidak diterima" in response.json()["error_message"]
    assert not Image.objects.exists()


def test_an_svg_renamed_png_is_refused(editor):
    assert upload_image(editor, "logo.png", SVG).status_code == 200
    assert not Image.objects.exists()


def single_colour_png(width, height) -> bytes:
    """Few bytes, many pixels: one colour compresses to almost nothing."""
    buffer = io.BytesIO()
    PILImage.new("1", (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def png_header(width, height) -> bytes:
    """A PNG that only claims its size: 200 million pixels are more than Pillow will open."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b""))


def test_an_image_over_the_pixel_limit_is_refused_with_its_size_and_a_size_that_fits(editor):
    photo = single_colour_png(5712, 4284)  # a newer iPhone's 24-megapixel photo
    assert len(photo) < 100_000
    response = upload_image(editor, "foto.png", photo)
    assert response.status_code == 200
    assert (
        "Gambar ini terlalu besar: 5712 × 4284 piksel. Batasnya 13 juta piksel; perkecil dulu, "
        "misalnya menjadi 4100 × 3100."
    ) in response.content.decode()
    with translation.override("en"):
        message = too_many_pixels(SimpleUploadedFile("foto.png", photo), 13_000_000)
    assert message == (
        "This image is too big: 5712 × 4284 pixels. The limit is 13 million pixels; make it "
        "smaller first, for example to 4100 × 3100."
    )
    assert not Image.objects.exists()


def test_an_image_too_big_for_pillow_to_read_is_refused_with_the_limit(editor):
    bomb = png_header(20_000, 10_000)
    response = upload_image(editor, "bom.png", bomb)
    assert (
        "Gambar ini jauh terlalu besar. Batasnya 13 juta piksel; perkecil dulu."
    ) in response.content.decode()
    assert not Image.objects.exists()


@pytest.mark.parametrize("size", [(4032, 3024), (4000, 3250)])  # a 12-megapixel photo; the limit
def test_an_image_within_the_pixel_limit_is_accepted(editor, size):
    assert upload_image(editor, "foto.png", single_colour_png(*size)).status_code == 302
    assert (Image.objects.get().width, Image.objects.get().height) == size


@pytest.mark.parametrize(
    ("size", "limit", "fits"),
    [
        ((5712, 4284), 13_000_000, (4100, 3100)),
        ((6000, 8000), 24_000_000, (4200, 5600)),
        ((8064, 6048), 24_000_000, (5600, 4200)),
        ((20000, 1000), 10_000_000, (14142, 707)),
        ((21, 20), 400, (20, 19)),
    ],
)
def test_the_size_that_fits_keeps_the_shape_within_the_limit(size, limit, fits):
    assert fitting_size(*size, limit) == fits
    assert fits[0] * fits[1] <= limit


def test_images_over_the_byte_or_pixel_limit_are_refused(editor, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 20 * 20
    assert upload_image(editor, "besar.png", png((21, 20))).status_code == 200
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 50
    assert upload_image(editor, "berat.png", png()).status_code == 200
    assert not Image.objects.exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("panduan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
        ("surat.docx", docx()),
        ("lama.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100),
        ("catatan.txt", "Rapat RW 05, pukul 19.00 — bawa KTP.".encode()),
    ],
)
def test_real_documents_are_accepted(editor, name, content):
    assert upload_document(editor, name, content).status_code == 302
    assert Document.objects.get().file.name.endswith(name.rsplit(".", 1)[1])


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("panduan.pdf", HTML),
        ("panduan.pdf", SVG),
        ("surat.docx", b"%PDF-1.7"),
        ("catatan.txt", HTML),
        ("catatan.txt", b"\x00\x01\x02binary"),
        ("lama.doc", docx()),
    ],
)
def test_a_document_whose_content_does_not_match_its_name_is_refused(editor, name, content):
    response = upload_document(editor, name, content)
    assert response.status_code == 200
    assert "isinya tidak sesuai dengan namanya" in response.content.decode()
    assert not Document.objects.exists()


@pytest.mark.parametrize("name", ["halaman.html", "logo.svg", "skrip.js", "program.exe"])
def test_other_document_types_are_refused(editor, name):
    assert upload_document(editor, name, b"hello").status_code == 200
    assert not Document.objects.exists()


def test_a_document_over_the_size_limit_is_refused(editor, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = upload_document(editor, "besar.pdf", b"%PDF-1.7" + b"0" * 2000)
    assert response.status_code == 200
    assert "Ukuran berkas maksimum 1,0" in response.content.decode()
    assert not Document.objects.exists()


def test_a_renamed_web_page_is_refused_by_the_multiple_upload_too(editor):
    file = SimpleUploadedFile("panduan.pdf", HTML)
    response = editor.post("/admin/documents/multiple/add/", {"files[]": file})
    assert response.json()["success"] is False
    assert not Document.objects.exists()
