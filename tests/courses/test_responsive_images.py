"""Pictures are served as WebP renditions in the sizes a phone or a desktop needs, and listing
more modules with pictures costs the same number of queries."""

import re

import pytest
import wagtail_factories

from ..factories import ModulePageFactory
from ..helpers import assert_same_queries, query_count

pytestmark = pytest.mark.django_db


def cover():
    return wagtail_factories.ImageFactory(file__width=1600, file__height=800)


def srcset_widths(html: str, css_class: str) -> list[int]:
    tag = re.search(rf'<img[^>]*class="{css_class}"[^>]*>', html).group(0)
    return [int(width) for width in re.findall(r"\.webp (\d+)w", tag)]


def test_module_cards_offer_webp_renditions_for_each_screen(client, catalogue):
    ModulePageFactory(parent=catalogue, cover_image=cover())
    html = client.get("/modul/").content.decode()
    assert srcset_widths(html, "card__image") == [320, 480, 640, 960]
    assert 'sizes="(max-width: 36rem) calc(100vw - 4.5rem), 15rem"' in html
    assert 'alt=""' in html


def test_the_first_card_picture_of_the_catalogue_loads_at_once_and_the_others_lazily(
    client, catalogue
):
    for _ in range(3):
        ModulePageFactory(parent=catalogue, cover_image=cover())
    html = client.get("/modul/").content.decode()
    first, *others = re.findall(r'<img[^>]*class="card__image"[^>]*>', html)
    assert 'fetchpriority="high"' in first and "loading=" not in first
    assert len(others) == 2
    assert all('loading="lazy"' in tag and "fetchpriority" not in tag for tag in others)


def test_the_home_page_cards_load_lazily_below_the_hero(client, home_page, catalogue):
    feature(home_page, [ModulePageFactory(parent=catalogue, cover_image=cover())])
    html = client.get("/").content.decode()
    assert re.findall(r'<img[^>]*class="card__image"[^>]*>', html)[0].count('loading="lazy"') == 1


def test_the_module_page_shows_its_cover(client, catalogue):
    module = ModulePageFactory(parent=catalogue, cover_image=cover())
    html = client.get(module.url).content.decode()
    assert srcset_widths(html, "module__cover") == [480, 720, 960, 1440]


def test_the_catalogue_costs_the_same_queries_with_6_pictures_as_with_2(client, catalogue):
    for _ in range(2):
        ModulePageFactory(parent=catalogue, cover_image=cover())
    small = query_count(client, "/modul/")  # the renditions are made once, on the first view
    for _ in range(4):
        ModulePageFactory(parent=catalogue, cover_image=cover())
    large = query_count(client, "/modul/")
    assert_same_queries(small, large, 20, "/modul/")
    assert client.get("/modul/").content.decode().count('class="card__image"') == 6


def feature(home_page, modules):
    home_page.featured_modules = [("page", module) for module in modules]
    home_page.save_revision().publish()


def test_the_home_page_costs_the_same_queries_with_5_featured_pictures_as_with_1(
    client, home_page, catalogue
):
    modules = [ModulePageFactory(parent=catalogue, cover_image=cover())]
    feature(home_page, modules)
    small = query_count(client, "/")
    modules += [ModulePageFactory(parent=catalogue, cover_image=cover()) for _ in range(4)]
    feature(home_page, modules)
    large = query_count(client, "/")
    assert_same_queries(small, large, 18, "/")
    assert client.get("/").content.decode().count('class="card__image"') == 5
