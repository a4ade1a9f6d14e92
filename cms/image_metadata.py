"""Uploaded images without what a phone or camera writes beside the pixels: EXIF (the GPS
position, the maker's notes, the owner's name), XMP, IPTC and comments. The image is decoded and
encoded again with its colour profile only, so whatever a format can carry, nothing else is kept;
it is turned upright first, since the EXIF orientation goes too. Willow copies an original's EXIF
into JPEG and PNG renditions, so a clean original gives clean renditions."""

import io
import os

from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.db import transaction
from PIL import Image, ImageOps, JpegImagePlugin
from wagtail.images.models import AbstractImage

KEPT = ("icc_profile", "transparency")
METADATA = {"exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop"}
# The upload waits for the encoder: fast settings, a second lossy encoding that looks like the
# first. With their defaults a 12-megapixel PNG took 15 s and a lossless WebP half a minute.
FAST = {
    "PNG": {"compress_level": 1},
    "WEBP": {"quality": 90, "method": 2},
    "WEBP lossless": {"lossless": True, "quality": 0},  # for lossless, quality is the effort
    "AVIF": {"quality": 90, "speed": 8},
}


def without_metadata(upload: UploadedFile) -> UploadedFile:
    """The upload re-encoded in its own format, upright, with its colour profile and
    transparency and nothing else. An animation is returned as it came: re-encoding loses its
    timing, and cameras do not write animations."""
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    with Image.open(io.BytesIO(data)) as image:
        if getattr(image, "n_frames", 1) > 1 and image.format != "MPO":
            return upload
        options = _encoder_options(image, data)
        ImageOps.exif_transpose(image, in_place=True)
        options.update((key, image.info[key]) for key in KEPT if key in image.info)
        image.info = {}
        output = io.BytesIO()
        image.save(output, options.pop("format"), **options)
    return SimpleUploadedFile(upload.name, output.getvalue(), upload.content_type)


def _encoder_options(image: Image.Image, data: bytes) -> dict:
    if image.format in ("JPEG", "MPO"):  # MPO: a JPEG with extra pictures (depth, HDR) after it
        # The original's quantisation tables and chroma subsampling: re-encoding with them
        # changes the pixels as little as a JPEG encoder can.
        sampling = JpegImagePlugin.get_sampling(image)
        return {
            "format": "JPEG",
            "qtables": image.quantization,
            **({"subsampling": sampling} if sampling != -1 else {}),
            "progressive": "progressive" in image.info,
        }
    if image.format == "WEBP" and _webp_is_lossless(data):
        return {"format": "WEBP", **FAST["WEBP lossless"]}
    return {"format": image.format, **FAST.get(image.format, {})}


def _webp_is_lossless(data: bytes) -> bool:
    """Whether the WebP's picture chunk is VP8L (lossless) rather than VP8 (lossy)."""
    offset = 12  # past "RIFF", the size and "WEBP"
    while offset + 8 <= len(data):
        tag = data[offset : offset + 4]
        size = int.from_bytes(data[offset + 4 : offset + 8], "little")
        if tag in (b"VP8 ", b"VP8L"):
            return tag == b"VP8L"
        offset += 8 + size + size % 2
    return False


def has_metadata(data: bytes) -> bool:
    """Whether the image carries EXIF, XMP, IPTC, a comment or (PNG) text."""
    with Image.open(io.BytesIO(data)) as image:
        return bool(image.getexif() or METADATA & image.info.keys() or getattr(image, "text", {}))


def strip_stored(image: AbstractImage) -> bool:
    """Store an image uploaded before uploads were cleaned again without its metadata, and make
    its renditions again from that; False when there was nothing to remove."""
    with image.open_file() as file:
        data = file.read()
    if not has_metadata(data):
        return False
    upload = SimpleUploadedFile(os.path.basename(image.file.name), data)
    clean = without_metadata(upload)
    if clean is upload:  # an animation, kept as it is
        return False
    old_name, old_size = image.file.name, (image.width, image.height)
    with transaction.atomic():
        image.file.save(upload.name, clean, save=False)  # sets the new width and height
        image._set_image_file_metadata()  # size and hash, as Wagtail's own upload views do
        if (image.width, image.height) != old_size:  # turned upright: marked on the sideways one
            image.set_focal_point(None)
        image.save()
        image.renditions.all().delete()
        if image.file.name != old_name:
            transaction.on_commit(lambda: image.file.storage.delete(old_name))
    return True
