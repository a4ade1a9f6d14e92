"""What editors may upload in the admin. Images: the raster formats of WAGTAILIMAGES_EXTENSIONS,
within Wagtail's byte and pixel limits (an image over the pixel limit is refused with its size and
a size that fits), and an SVG refused in words that say why (it can carry scripts); the image is
stored without its metadata (cms.image_metadata). Documents: the types of
WAGTAILDOCS_EXTENSIONS within WAGTAILDOCS_MAX_UPLOAD_SIZE (Wagtail checks both), and only when
the first bytes match the extension, so that a web page or an SVG renamed .pdf is refused."""

import math
import os
import re
import warnings

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.formats import number_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from .image_metadata import without_metadata

ZIP = b"PK\x03\x04"  # docx, xlsx, pptx, odt, ods
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # doc, xls, ppt
SIGNATURES = {
    "pdf": b"%PDF-",
    "docx": ZIP,
    "xlsx": ZIP,
    "pptx": ZIP,
    "odt": ZIP,
    "ods": ZIP,
    "doc": OLE,
    "xls": OLE,
    "ppt": OLE,
}
MARKUP = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*<(?:\?xml|!doctype|html|svg|script|body|head|iframe)", re.I
)
SNIFF_BYTES = 2048

SVG_REFUSED = _(
    "SVG images are not accepted, because they can contain scripts. Save the image as PNG or "
    "JPEG and upload that."
)


def extension_of(name: str) -> str:
    return os.path.splitext(name)[1].lower().lstrip(".")


class ImageForm(BaseImageForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):  # a new file, not the one stored before
            return without_metadata(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        upload = self["file"].data
        if "file" not in self.errors or not upload:
            return cleaned
        codes = {error.code for error in self.errors["file"].as_data()}
        if extension_of(upload.name) == "svg":
            self.errors["file"] = self.error_class([str(SVG_REFUSED)])
        elif "file_too_many_pixels" in codes:
            limit = self.fields["file"].max_image_pixels
            self.errors["file"] = self.error_class([too_many_pixels(upload, limit)])
        return cleaned


def too_many_pixels(upload: UploadedFile, limit: int) -> str:
    """Wagtail's pixel limit in words an editor can act on: the image's size, the limit and a
    size of the same shape that fits."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
            with PILImage.open(upload) as image:
                width, height = image.size
    except PILImage.DecompressionBombError:  # so far over that Pillow will not read its size
        return gettext(
            "This image is far too big. The limit is %(limit)s million pixels; make it smaller "
            "first."
        ) % {"limit": _millions(limit)}
    finally:
        upload.seek(0)
    fit_width, fit_height = fitting_size(width, height, limit)
    return gettext(
        "This image is too big: %(width)s × %(height)s pixels. The limit is %(limit)s million "
        "pixels; make it smaller first, for example to %(fit_width)s × %(fit_height)s."
    ) % {
        "width": width,
        "height": height,
        "limit": _millions(limit),
        "fit_width": fit_width,
        "fit_height": fit_height,
    }


def fitting_size(width: int, height: int, limit: int) -> tuple[int, int]:
    """The largest size of the same shape within `limit` pixels, rounded down to hundreds (to
    whole pixels when it is under 1000 pixels wide or high)."""
    scale = math.sqrt(limit / (width * height))
    step = 100 if min(width, height) * scale >= 1000 else 1
    return int(width * scale) // step * step, int(height * scale) // step * step


def _millions(pixels: int) -> str:
    millions = pixels / 1_000_000
    return number_format(int(millions) if millions.is_integer() else round(millions, 1))


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            check_document(upload)
        return upload


def check_document(upload: UploadedFile) -> None:
    extension = extension_of(upload.name)
    upload.seek(0)
    start = upload.read(SNIFF_BYTES)
    upload.seek(0)
    signature = SIGNATURES.get(extension)
    if (
        MARKUP.match(start)
        or (signature and not start.startswith(signature))
        or (extension == "txt" and not _is_text(start))
    ):
        raise forms.ValidationError(
            _(
                "This is not a real .%(extension)s file: what is inside does not match its "
                "name. Save it again in that format and upload it."
            )
            % {"extension": extension},
            code="content_does_not_match_extension",
        )


def _is_text(start: bytes) -> bool:
    try:
        text = start.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(start) - 3:  # not just a character cut at the end of the sample
            return False
        text = start[: error.start].decode("utf-8")
    return "\x00" not in text
