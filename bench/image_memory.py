"""Peak memory and time of an image upload and of its renditions, by the image's size: the
measurement behind WAGTAILIMAGES_MAX_IMAGE_PIXELS (docs/deploy.md).

Each measurement runs in a process of its own, which loads Django (config.settings.test), warms
Pillow up on a small image, then does one thing; the row says how far that raised the process's
peak resident memory (ru_maxrss) and how long it took. The things:

- upload: what the admin does with a new photo (Wagtail's field checks, then
  cms.image_metadata.without_metadata), for a portrait photo as a phone writes it: stored
  sideways with EXIF orientation 6 and a GPS position, so it is turned upright too;
- one rendition: Wagtail's generate_rendition_file for fill-800x600 (a JPEG, like the admin's
  focal point editor) from the original's bytes;
- srcset: the module cover's four WebP renditions (templates/courses/module_page.html), made
  the way Image.create_renditions makes them: three at a time, in threads.

Run from the project root: .venv/bin/python bench/image_memory.py [--megapixels 12 24]
[--format PNG]
"""

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Sizes phones and cameras write: 12 MP an iPhone's 4032 × 3024, 24 MP its newer 5712 × 4284.
SIZES = {4: (2304, 1728), 12: (4032, 3024), 16: (4608, 3456), 24: (5712, 4284), 36: (7360, 4912),
         49: (8064, 6048)}  # fmt: skip
SRCSET = [f"fill-{size}|format-webp" for size in ("480x240", "720x360", "960x480", "1440x720")]
STEPS = ("upload", "one rendition", "srcset")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _photos(path: Path, width: int, height: int) -> None:
    """A photo-like picture at `path` (smooth colours with grain, compressing about as well as a
    phone's photo: 12 megapixels make a 2.6 MB JPEG), and beside it the same picture as a phone
    stores it in portrait (sideways, EXIF orientation 6, a GPS position)."""
    from PIL import ExifTags, Image

    small = Image.merge(
        "RGB",
        [
            Image.linear_gradient("L").resize((64, 48)),
            Image.radial_gradient("L").resize((64, 48)),
            Image.effect_noise((64, 48), 80),
        ],
    )
    grain = Image.effect_noise((width // 2, height // 2), 40).resize((width, height))
    photo = Image.blend(small.resize((width, height)), grain.convert("RGB"), 0.2)
    if path.suffix == ".png":
        photo.convert("RGBA").save(path, "PNG", compress_level=1)
        photo.convert("RGBA").save(_phone(path), "PNG", compress_level=1)
        return
    photo.save(path, "JPEG", quality=90)
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif.get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitude] = (6.0, 18.0, 30.0)
    photo.transpose(Image.Transpose.ROTATE_90).save(_phone(path), "JPEG", quality=90, exif=exif)


def _phone(path: Path) -> Path:
    return path.with_name(f"phone-{path.name}")


def _measure(step: str, path: str, width: int, height: int) -> dict:
    """In the child process: one step, from a warm start."""
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    import django

    django.setup()
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.images.fields import WagtailImageField
    from wagtail.images.models import Filter, Image

    from cms.image_metadata import without_metadata

    data = Path(path).read_bytes()
    name = Path(path).name
    image = Image(width=width, height=height, collection_id=1, file=f"original_images/{name}")
    _warm_up(Path(path).suffix)
    before = _peak_mb()
    start = time.perf_counter()
    if step == "upload":
        field = WagtailImageField()
        field.max_upload_size = field.max_image_pixels = None  # measure, do not refuse
        phone = SimpleUploadedFile(name, _phone(Path(path)).read_bytes())
        without_metadata(field.clean(phone))
    elif step == "one rendition":
        image.generate_rendition_file(Filter("fill-800x600"), source=io.BytesIO(data))
    else:
        with ThreadPoolExecutor(max_workers=3) as executor:
            list(
                executor.map(
                    lambda spec: image.generate_rendition_file(
                        Filter(spec), source=io.BytesIO(data)
                    ),
                    SRCSET,
                )
            )
    seconds = time.perf_counter() - start
    return {"before": before, "increase": _peak_mb() - before, "seconds": seconds}


def _warm_up(suffix: str) -> None:
    """Everything once on a small image, so that loading code and codecs is not counted."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image as PILImage
    from wagtail.images.models import Filter, Image

    from cms.image_metadata import without_metadata

    small = io.BytesIO()
    PILImage.new("RGB", (160, 120), "#0b6e4f").save(small, "PNG" if suffix == ".png" else "JPEG")
    without_metadata(SimpleUploadedFile(f"small{suffix}", small.getvalue()))
    image = Image(width=160, height=120, collection_id=1, file=f"small{suffix}")
    for spec in ("fill-80x60", SRCSET[0]):
        image.generate_rendition_file(Filter(spec), source=io.BytesIO(small.getvalue()))


def _child(*arguments: object) -> dict:
    """Run one step in a new process. The images are made there too: a child's ru_maxrss starts
    at its parent's size, so the parent must stay small."""
    command = [sys.executable, __file__, "--child", *map(str, arguments)]
    finished = subprocess.run(command, capture_output=True, check=True, text=True)  # noqa: S603
    return json.loads(finished.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--megapixels", type=int, nargs="+", choices=SIZES, default=[4, 12, 16, 24, 36, 49]
    )
    parser.add_argument("--format", choices=["JPEG", "PNG"], default="JPEG")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        step, path, width, height = arguments.child
        if step == "photos":
            _photos(Path(path), int(width), int(height))
            result = {}
        else:
            result = _measure(step, path, int(width), int(height))
        print(json.dumps(result))  # noqa: T201
        return

    print(f"| megapixels | pixels | {arguments.format} | step | peak RSS increase | time |")  # noqa: T201
    print("|---:|---|---:|---|---:|---:|")  # noqa: T201
    at_rest = []
    with tempfile.TemporaryDirectory(prefix="akademi-image-memory.") as folder:
        for megapixels in arguments.megapixels:
            width, height = SIZES[megapixels]
            path = Path(folder) / f"photo-{megapixels}.{arguments.format.lower()}"
            _child("photos", path, width, height)
            for step in STEPS:
                result = _child(step, path, width, height)
                at_rest.append(result["before"])
                print(  # noqa: T201
                    f"| {megapixels} | {width} × {height} | {path.stat().st_size / 2**20:.1f} MB "
                    f"| {step} | {result['increase']:.0f} MB | {result['seconds']:.1f} s |"
                )
    print(f"\nA process at rest (Django loaded, warmed up): {min(at_rest):.0f} MB.")  # noqa: T201


if __name__ == "__main__":
    main()
