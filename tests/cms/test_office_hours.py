import importlib

import pytest
from wagtail.models import Site

from cms.models import KelurahanSettings

pytestmark = pytest.mark.django_db

migration = importlib.import_module("cms.migrations.0012_office_hours_in_english")


@pytest.fixture
def kelurahan(home_page):
    settings = KelurahanSettings.for_site(Site.objects.get(is_default_site=True))
    settings.office_hours = "Senin–Jumat 08.00–16.00"
    settings.office_hours_en = "Monday–Friday 8:00–16:00"
    settings.save()
    return settings


def footer(client, url: str) -> str:
    return client.get(url).content.decode().split('<footer class="site-footer">', 1)[1]


def test_the_footer_shows_office_hours_in_the_reader_language(client, kelurahan, english_home):
    assert "Senin–Jumat 08.00–16.00" in footer(client, "/")
    english = footer(client, "/en/")
    assert "Office hours: Monday–Friday 8:00–16:00" in english
    assert "Senin" not in english


def test_without_english_hours_the_english_pages_show_the_indonesian_ones(
    client, kelurahan, english_home
):
    kelurahan.office_hours_en = ""
    kelurahan.save()

    assert "Office hours: Senin–Jumat 08.00–16.00" in footer(client, "/en/")


@pytest.mark.parametrize(
    ("indonesian", "english"),
    [
        ("Senin–Jumat 08.00–16.00 (contoh)", "Monday–Friday 8:00–16:00 (example)"),
        (
            "Senin - Kamis 07.30-16.00, Jumat 07.30-16.30 WIB",
            "Monday - Thursday 7:30-16:00, Friday 7:30-16:30 WIB",
        ),
        ("Sabtu dan Minggu libur", "Saturday and Sunday closed"),
        ("Setiap hari kerja", ""),  # not only days and times: left for the administrator
        ("Senin–Jumat 08.00–16.00, kecuali hari besar", ""),
    ],
)
def test_the_migration_translates_only_days_and_times(indonesian, english):
    assert migration.in_english(indonesian) == english
