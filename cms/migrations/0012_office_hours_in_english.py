"""Office hours get an English version for the English pages. Where the Indonesian text is
only days, times and a few common words, it is translated here; otherwise the English stays
empty (and the English pages show the Indonesian text) until an administrator writes it."""

import re

from django.db import migrations, models

WORDS = {
    "senin": "Monday",
    "selasa": "Tuesday",
    "rabu": "Wednesday",
    "kamis": "Thursday",
    "jumat": "Friday",
    "jum'at": "Friday",
    "sabtu": "Saturday",
    "minggu": "Sunday",
    "dan": "and",
    "sampai": "to",
    "s.d.": "to",
    "libur": "closed",
    "tutup": "closed",
    "istirahat": "break",
    "wib": "WIB",
    "contoh": "example",
}
SEPARATOR = re.compile(r"(\s+|[–—\-,;()])")
TIME = re.compile(r"(\d{1,2})[.:](\d{2})")


def in_english(text: str) -> str:
    """Senin–Jumat 08.00–16.00 → Monday–Friday 8:00–16:00; "" for anything else."""
    words = []
    for part in SEPARATOR.split(text):
        if not part or SEPARATOR.fullmatch(part):
            words.append(part)
        elif time := TIME.fullmatch(part):
            words.append(f"{int(time[1])}:{time[2]}")
        elif part.lower() in WORDS:
            words.append(WORDS[part.lower()])
        else:
            return ""
    return "".join(words)


def translate_office_hours(apps, schema_editor):
    KelurahanSettings = apps.get_model("cms", "KelurahanSettings")
    for settings in KelurahanSettings.objects.filter(office_hours_en="").exclude(office_hours=""):
        settings.office_hours_en = in_english(settings.office_hours)
        settings.save(update_fields=["office_hours_en"])


class Migration(migrations.Migration):

    dependencies = [
        ('cms', '0011_guide_complaint_channels'),
    ]

    operations = [
        migrations.AddField(
            model_name='kelurahansettings',
            name='office_hours_en',
            field=models.CharField(blank=True, help_text='Shown on the English pages, for example: Monday–Friday 8:00–16:00. Left empty, they show the Indonesian text.', max_length=160, verbose_name='office hours in English'),
        ),
        migrations.AlterField(
            model_name='kelurahansettings',
            name='office_hours',
            field=models.CharField(blank=True, help_text='In Bahasa Indonesia, for example: Senin–Jumat 08.00–16.00', max_length=160, verbose_name='office hours'),
        ),
        migrations.RunPython(translate_office_hours, migrations.RunPython.noop),
    ]
