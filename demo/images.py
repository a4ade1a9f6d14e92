"""Illustrations for the demo modules, drawn with Pillow (no photos to license, no download):
a cover per topic and one chart used in a lesson. Real sites upload their own pictures."""

from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.core.files.images import ImageFile
from PIL import Image as Picture
from PIL import ImageDraw, ImageFont
from wagtail.images.models import Image

SIZE = (1600, 800)
INK = "#06402e"
CREAM = "#fbf8f2"
AMBER = "#f2c14e"
BACKGROUNDS = {"anggaran": "#cfe8dd", "proyek": "#e9dfc8", "advokasi": "#d9e4f2"}
FONT = Path(settings.BASE_DIR) / "static" / "fonts" / "NotoSans-Bold.ttf"
FONT_REGULAR = FONT.with_name("NotoSans-Regular.ttf")


def cover_image(topic: str, title: str) -> Image:
    """The cover of a demo module of `topic` (a slug of courses.Topic)."""
    picture = Picture.new("RGB", SIZE, BACKGROUNDS.get(topic, "#e4f2ec"))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((1050, -250, 1850, 550), fill=CREAM)
    {"anggaran": _coins_and_bars, "proyek": _plan, "advokasi": _voices}.get(topic, _plan)(draw)
    return _saved(picture, f"Sampul {title}", f"sampul-{topic}.png")


def _coins_and_bars(draw) -> None:
    for number, height in enumerate((220, 340, 280, 460)):
        left = 220 + number * 170
        draw.rounded_rectangle((left, 640 - height, left + 110, 640), 18, fill=INK)
    for number in range(4):
        top = 560 - number * 70
        draw.ellipse((1130, top, 1390, top + 110), fill=AMBER, outline=INK, width=8)


def _plan(draw) -> None:
    for number, (start, length) in enumerate(((0, 420), (260, 380), (520, 460), (760, 300))):
        top = 170 + number * 130
        draw.rounded_rectangle((200 + start, top, 200 + start + length, top + 80), 20, fill=INK)
    draw.line((1150, 300, 1250, 400, 1450, 130), fill=INK, width=40, joint="curve")


def _voices(draw) -> None:
    draw.polygon(((220, 330), (520, 200), (520, 600), (220, 470)), fill=INK)
    draw.rectangle((150, 330, 230, 470), fill=INK)
    for number in range(3):
        left, top = 700 + number * 240, 180 + number * 150
        draw.rounded_rectangle((left, top, left + 300, top + 150), 40, fill=AMBER)


# The chart is shown full width on a 360 px phone, about 330 px: drawn 1200 px wide, its
# smallest text is still 14 px there.
CHART_WIDTH = 1200
CHART_MARGIN = 60
BUDGET = [
    ("Operasional dan pelayanan", 2.5, "Rp 2,5 miliar"),
    ("Pemberdayaan warga", 1.0, "Rp 1 miliar"),
    ("Sarana lingkungan", 0.5, "Rp 500 juta"),
]


def budget_chart() -> Image:
    """The example budget of the first lesson as a bar chart (example figures): each label on
    its own line above its bar, the amount beside the bar, all inside the picture."""
    label_font = ImageFont.truetype(str(FONT), 64)
    note_font = ImageFont.truetype(str(FONT_REGULAR), 52)
    measure = ImageDraw.Draw(Picture.new("RGB", (1, 1)))
    gap = 24
    inside = CHART_WIDTH - 2 * CHART_MARGIN
    per_billion = min(
        (inside - gap - measure.textlength(amount, font=label_font)) / billions
        for _label, billions, amount in BUDGET
    )
    row = 230
    picture = Picture.new("RGB", (CHART_WIDTH, 60 + row * len(BUDGET) + 110), CREAM)
    draw = ImageDraw.Draw(picture)
    for number, (label, billions, amount) in enumerate(BUDGET):
        top = 50 + number * row
        draw.text((CHART_MARGIN, top), label, fill=INK, font=label_font)
        right = CHART_MARGIN + int(billions * per_billion)
        draw.rounded_rectangle((CHART_MARGIN, top + 95, right, top + 190), 14, fill=INK)
        draw.text((right + gap, top + 100), amount, fill=INK, font=label_font)
    draw.text(
        (CHART_MARGIN, picture.height - 100),
        "Angka contoh, bukan angka resmi.",
        fill=INK,
        font=note_font,
    )
    return _saved(picture, "Grafik anggaran kelurahan (contoh)", "grafik-anggaran.png")


def _saved(picture, title: str, name: str) -> Image:
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = BytesIO()
    picture.save(buffer, "PNG", optimize=True)
    return Image.objects.create(title=title, file=ImageFile(buffer, name=name))
