"""Certificate rendering with hostile texts, through the real WeasyPrint: one page, the text
printed literally, nothing read outside the project's static and media files, and input cut to
fixed limits before WeasyPrint sees it (so the time a render takes is bounded)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from certificates import rendering
from cms import pdf
from cms.text import one_line

from ..hostile import hostile_settings, hostile_text
from .test_rendering import content, pdf_pages

pytestmark = pytest.mark.django_db

CSS_ESCAPE = "red;}body{background:url(file:///etc/passwd)}.x{color:red"
PROJECT_FILES = (pdf.BASE_URL + "static/", pdf.BASE_URL + "media/")


@pytest.fixture
def fetched(monkeypatch):
    """Every address WeasyPrint asks the fetcher for."""
    urls = []
    real_fetch = pdf.ProjectFilesFetcher.fetch

    def spy(self, url, headers=None):
        urls.append(url)
        return real_fetch(self, url)

    monkeypatch.setattr(pdf.ProjectFilesFetcher, "fetch", spy)
    return urls


def squeezed(text: str) -> str:
    return "".join(text.split())


@hostile_settings(15)
@given(
    name=hostile_text(),
    achievement=hostile_text(),
    body=hostile_text(),
    signatory=hostile_text(),
    accent=st.one_of(st.just(CSS_ESCAPE), hostile_text()),
)
def test_any_text_renders_one_page_from_project_files_only(
    fetched, name, achievement, body, signatory, accent
):
    fetched.clear()
    printed = content(
        recipient_name=one_line(name),
        achievement=one_line(achievement),
        body=body,
        heading=one_line(signatory),
        signatory_name=one_line(signatory),
        signatory_title=one_line(signatory),
        accent_colour=accent,
    )
    pages = pdf_pages(rendering.render_pdf(printed))
    assert len(pages) == 1
    assert fetched and all(url.startswith(PROJECT_FILES) for url in fetched)
    shown = rendering.bounded(printed).recipient_name
    if shown.isascii() and shown.isprintable():
        assert squeezed(shown) in squeezed(pages[0][1])


@pytest.mark.parametrize(
    "payload",
    [
        '<img src="file:///etc/passwd"><link rel="stylesheet" href="http://169.254.169.254/x.css">',
        "<style>@import url(file:///etc/passwd);</style>",
        '"><object data="file:///etc/passwd"></object>',
    ],
)
def test_markup_in_every_text_is_printed_literally_and_never_fetched(fetched, payload):
    printed = content(
        recipient_name=payload,
        achievement=payload,
        heading=payload[:120],
        body=payload,
        signatory_name=payload[:120],
        issuer=payload,
        accent_colour=CSS_ESCAPE,
    )
    text = squeezed(pdf_pages(rendering.render_pdf(printed))[0][1])
    assert squeezed(payload) in text
    assert all(url.startswith(PROJECT_FILES) for url in fetched)


@hostile_settings(100)
@given(
    name=hostile_text(),
    body=hostile_text(),
    title=hostile_text(),
    accent=st.one_of(st.just(CSS_ESCAPE), hostile_text()),
)
def test_what_reaches_weasyprint_is_within_the_limits(name, body, title, accent):
    printed = rendering.bounded(
        content(recipient_name=name, body=body, signatory_title=title, accent_colour=accent)
    )
    for field, limit in rendering.TEXT_LIMITS.items():
        assert len(getattr(printed, field)) <= limit
    assert printed.accent_colour == accent or printed.accent_colour == rendering.DEFAULT_ACCENT
    assert printed.accent_colour.startswith("#") and len(printed.accent_colour) == 7


def test_a_huge_text_is_cut_before_weasyprint_sees_it(monkeypatch):
    seen = []
    monkeypatch.setattr(
        rendering, "html_to_pdf", lambda html, stylesheet: seen.append(html) or b"%PDF"
    )
    rendering.render_pdf(content(body="panjang " * 200_000, recipient_name="N" * 100_000))
    assert len(seen[0]) < 40_000
    assert "N" * 151 not in seen[0]
