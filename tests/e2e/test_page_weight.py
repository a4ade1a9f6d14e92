"""What a first visit costs on a slow connection: HTML, CSS and JavaScript of the home, module
and lesson pages stay under 60 KB as transferred (compressed where the server compresses), and
pictures come as WebP renditions no wider than the screen needs. Measured in the browser."""

import pytest

from .results import WEIGHTS
from .screens import DESKTOP, PHONE

BUDGET = 60 * 1024
PAGES = {
    "home": "/",
    "module": "/modul/pengelolaan-anggaran/",
    "lesson": "/modul/pengelolaan-anggaran/mengenal-anggaran-kelurahan/",
}

# Bytes on the wire (headers and body) of the page and of what it loads, by kind.
TRANSFERRED = """() => {
    const entries = [...performance.getEntriesByType('navigation'),
                     ...performance.getEntriesByType('resource')];
    const kind = entry => entry.entryType === 'navigation' ? 'html'
        : entry.initiatorType === 'img' || /\\.(webp|avif|png|jpe?g|gif|svg)$/.test(entry.name)
        ? 'image' : entry.name.endsWith('.css') ? 'css' : entry.name.endsWith('.js') ? 'js'
        : entry.initiatorType;
    const sizes = {};
    for (const entry of entries) sizes[kind(entry)] = (sizes[kind(entry)] || 0) + entry.transferSize;
    return sizes;
}"""
PICTURES = """() => [...document.images].filter(image => image.complete && image.currentSrc).map(
    image => ({src: image.currentSrc, natural: image.naturalWidth, shown: image.clientWidth}))"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360px", "1280px"])
@pytest.mark.parametrize("name", PAGES)
def test_first_visit_is_light(name, viewport, new_page):
    page = new_page(viewport=viewport)
    page.goto(PAGES[name])
    page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")  # load lazy pictures
    page.wait_for_load_state("networkidle")
    sizes = page.evaluate(TRANSFERRED)

    text_weight = sizes.get("html", 0) + sizes.get("css", 0) + sizes.get("js", 0)
    WEIGHTS[f"{name} at {viewport['width']} px"] = text_weight
    assert text_weight < BUDGET, sizes
    pictures = page.evaluate(PICTURES)
    assert pictures, f"{PAGES[name]} shows no pictures to measure"
    for picture in pictures:
        if picture["src"].endswith(".svg"):
            continue  # the logo: a few hundred bytes of vector, sharp at any size
        assert picture["src"].endswith((".webp", ".avif")), picture
        # Never more than twice the pixels shown (sharp on a high-density screen).
        assert picture["natural"] <= 2 * max(picture["shown"], 320), picture
