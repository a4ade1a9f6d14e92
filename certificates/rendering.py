"""PDF rendering with WeasyPrint. The one place that turns a certificate into PDF bytes.

WeasyPrint only ever sees the project's own static and media files: its URL fetcher refuses
file:// paths, other hosts and anything outside STATIC_URL and MEDIA_URL, so text typed by a
person (a name, a template) can never make the renderer read a local file or the network."""

import mimetypes
import posixpath
from dataclasses import dataclass

import segno
from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from cms.services import kelurahan_settings

from .models import Certificate, CertificateTemplate

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


@dataclass(frozen=True)
class CertificateContent:
    """What the PDF template shows; built from an issued certificate or from a template sample."""

    heading: str
    body: str
    recipient_name: str
    achievement: str
    completed_on: object
    signatory_name: str
    signatory_title: str
    issuer: str
    code: str
    verify_url: str
    accent_colour: str
    logo_url: str
    signature_url: str | None


def render_pdf(content: CertificateContent) -> bytes:
    html = render_to_string(
        "certificates/certificate.html",
        {
            "certificate": content,
            "qr_svg": mark_safe(qr_svg(content.verify_url)),  # noqa: S308 - segno's own markup
            "stylesheet_url": static("css/certificate.css"),
        },
    )
    return HTML(string=html, base_url=BASE_URL, url_fetcher=ProjectFilesFetcher()).write_pdf()


def qr_svg(url: str) -> str:
    return segno.make(url, error="m").svg_inline(scale=4, border=0)


def verification_url(code: str) -> str:
    """The public address printed on the certificate and in its QR code."""
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("certificates:verify", args=[code])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def content_for(certificate: Certificate) -> CertificateContent:
    template = certificate.template
    return CertificateContent(
        heading=certificate.heading,
        body=certificate.body,
        recipient_name=certificate.recipient_name,
        achievement=certificate.achievement,
        completed_on=certificate.completed_on,
        signatory_name=certificate.signatory_name,
        signatory_title=certificate.signatory_title,
        issuer=certificate.issuer,
        code=certificate.code,
        verify_url=verification_url(certificate.code),
        accent_colour=template.accent_colour,
        logo_url=_logo_url(template),
        signature_url=_image_url(template.signature_image, "max-600x200"),
    )


def _image_url(image, spec: str) -> str | None:
    return image.get_rendition(f"{spec}|format-png").url if image else None


def _logo_url(template: CertificateTemplate) -> str:
    logo = template.logo or kelurahan_settings().logo
    return _image_url(logo, "max-400x400") or static("img/logo.svg")


def preview_response(template: CertificateTemplate) -> HttpResponse:
    from .services import sample_content

    response = HttpResponse(render_pdf(sample_content(template)), content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="contoh-sertifikat.pdf"'
    return response
