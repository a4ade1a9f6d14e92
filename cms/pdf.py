"""WeasyPrint for the whole project (certificates, brochures). WeasyPrint only ever sees the
project's own static and media files: its URL fetcher refuses file:// paths, other hosts and
anything outside STATIC_URL and MEDIA_URL, so text typed by a person can never make the
renderer read a local file or the network."""

import mimetypes
import posixpath

import segno
from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from weasyprint import HTML
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


def _document(html: str):
    return HTML(string=html, base_url=BASE_URL, url_fetcher=ProjectFilesFetcher()).render()


def html_to_pdf(html: str) -> bytes:
    return _document(html).write_pdf()


def page_count(html: str) -> int:
    """How many pages the HTML lays out to, without writing a PDF."""
    return len(_document(html).pages)


def qr_svg(url: str) -> str:
    return segno.make(url, error="m").svg_inline(scale=4, border=0)


def public_url(path: str) -> str:
    """An absolute address on the public site, for QR codes, printed links and e-mails."""
    return settings.PUBLIC_BASE_URL + path
