"""What editors may upload in the admin. Images: the raster formats of WAGTAILIMAGES_EXTENSIONS,
within Wagtail's byte and pixel limits, and an SVG refused in words that say why (it can carry
scripts); the image is stored without its metadata (cms.image_metadata). Documents: the types of
WAGTAILDOCS_EXTENSIONS within WAGTAILDOCS_MAX_UPLOAD_SIZE (Wagtail checks both), and only when
the first bytes match the extension, so that a web page or an SVG renamed .pdf is refused."""

import os
import re

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
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
        if "file" in self.errors and upload and extension_of(upload.name) == "svg":
            self.errors["file"] = self.error_class([str(SVG_REFUSED)])
        return cleaned


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
