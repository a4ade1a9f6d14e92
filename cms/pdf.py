"""WeasyPrint for the whole project (certificates, brochures). WeasyPrint only ever sees the
project's own static and media files: its URL fetcher refuses file:// paths, other hosts and
anything outside STATIC_URL and MEDIA_URL, so text typed by a person can never make the
renderer read a local file or the network.

Each thread keeps the stylesheets it has parsed, with their fonts loaded, for the next document:
parsing the CSS and registering its fonts was a third of a certificate's rendering time. The key
is the stylesheet's static URL, which changes with its content under production settings; in
development, restart the server or task worker after editing a print stylesheet."""

import mimetypes
import posixpath
import threading

import segno
from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from django.templatetags.static import static
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

BASE_URL = "https://akademiwarga.invalid/"


class ProjectFilesFetcher(URLFetcher):
    def fetch(self, url, headers=None):
        if not url.startswith(BASE_URL):
            raise ValueError(
                f"Refused to fetch {url!r}: only the project's own files are allowed."
            )
        path = "/" + url[len(BASE_URL) :].split("?")[0].split("#")[0]
        for prefix, opener in (
            (settings.STATIC_URL, _open_static),
            (settings.MEDIA_URL, _open_media),
        ):
            if path.startswith(prefix):
                name = posixpath.normpath(path[len(prefix) :])
                if name.startswith(("..", "/")) or "/../" in f"/{name}/":
                    break
                body = opener(name)
                content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
                return URLFetcherResponse(url, body, {"Content-Type": content_type})
        raise ValueError(f"Refused to fetch {url!r}: not a static or media file.")


def _open_static(name: str) -> bytes:
    found = finders.find(name)
    if found:
        with open(found, "rb") as file:
            return file.read()
    with staticfiles_storage.open(name) as file:
        return file.read()


def _open_media(name: str) -> bytes:
    with default_storage.open(name) as file:
        return file.read()


_parsed = threading.local()


def _fonts() -> FontConfiguration:
    if not hasattr(_parsed, "fonts"):
        _parsed.fonts, _parsed.stylesheets = FontConfiguration(), {}
    return _parsed.fonts


def _stylesheet(name: str) -> CSS:
    fonts = _fonts()
    url = BASE_URL + static(name).lstrip("/")
    if url not in _parsed.stylesheets:
        _parsed.stylesheets[url] = CSS(
            url=url, url_fetcher=ProjectFilesFetcher(), font_config=fonts
        )
    return _parsed.stylesheets[url]


def layout(html: str, stylesheet: str):
    """`html` laid out in pages with the static file `stylesheet` (e.g. "css/certificate.css"):
    a WeasyPrint document, with its `pages`, to `write_pdf()`."""
    return HTML(string=html, base_url=BASE_URL, url_fetcher=ProjectFilesFetcher()).render(
        stylesheets=[_stylesheet(stylesheet)], font_config=_fonts()
    )


def html_to_pdf(html: str, stylesheet: str) -> bytes:
    return layout(html, stylesheet).write_pdf()


def qr_svg(url: str) -> str:
    return segno.make(url, error="m").svg_inline(scale=4, border=0)


def public_url(path: str) -> str:
    """An absolute address on the public site, for QR codes, printed links and e-mails."""
    return settings.PUBLIC_BASE_URL + path
