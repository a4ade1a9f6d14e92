"""Pictures are served as WebP renditions in the sizes a phone or a desktop needs, and listing
more modules with pictures costs no more queries."""

import re

import pytest
import wagtail_factories

from ..factories import ModulePageFactory

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
    assert 'loading="lazy"' in html and 'alt=""' in html


def test_the_module_page_shows_its_cover(client, catalogue):
    module = ModulePageFactory(parent=catalogue, cover_image=cover())
    html = client.get(module.url).content.decode()
    assert srcset_widths(html, "module__cover") == [480, 720, 960, 1440]


@pytest.mark.parametrize("modules", [2, 6])
def test_the_catalogue_costs_the_same_queries_with_more_pictures(
    client, catalogue, modules, django_assert_max_num_queries
):
    for _ in range(modules):
        ModulePageFactory(parent=catalogue, cover_image=cover())
    client.get("/modul/")  # the renditions are made once, on the first view
    with django_assert_max_num_queries(19):
        assert client.get("/modul/").status_code == 200


@pytest.mark.parametrize("featured", [1, 5])
def test_the_home_page_costs_the_same_queries_with_more_featured_pictures(
    client, home_page, catalogue, featured, django_assert_max_num_queries
):
    modules = [ModulePageFactory(parent=catalogue, cover_image=cover()) for _ in range(featured)]
    home_page.featured_modules = [("page", module) for module in modules]
    home_page.save_revision().publish()
    client.get("/")
    with django_assert_max_num_queries(17):
        html = client.get("/").content.decode()
    assert html.count('class="card__image"') == featured
