"""Certificate PDFs: the one place that turns a certificate into PDF bytes, through the
project's WeasyPrint helpers in cms/pdf.py (which only let it read the project's own files)."""

import re
from dataclasses import dataclass, fields, replace

from django.conf import settings
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe

from cms.pdf import html_to_pdf, public_url, qr_svg
from cms.services import kelurahan_settings

from .models import ACCENT_COLOUR, Certificate, CertificateTemplate

DEFAULT_ACCENT = "#0b6e4f"
#: The most of each text a certificate prints. The page clips anything longer anyway; cutting
#: it before WeasyPrint sees it keeps the rendering time bounded whatever is in the database.
TEXT_LIMITS = {
    "heading": 120,
    "body": 1000,
    "recipient_name": 150,
    "achievement": 255,
    "signatory_name": 120,
    "signatory_title": 160,
    "issuer": 200,
}


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


def bounded(content: CertificateContent) -> CertificateContent:
    """The content as it is printed: every text within its limit, the accent a colour."""
    cut = {
        field.name: getattr(content, field.name)[: TEXT_LIMITS[field.name]]
        for field in fields(content)
        if field.name in TEXT_LIMITS
    }
    if not re.fullmatch(ACCENT_COLOUR, content.accent_colour):
        cut["accent_colour"] = DEFAULT_ACCENT
    return replace(content, **cut)


def render_pdf(content: CertificateContent) -> bytes:
    content = bounded(content)
    html = render_to_string(
        "certificates/certificate.html",
        {
            "certificate": content,
            "qr_svg": mark_safe(qr_svg(content.verify_url)),  # noqa: S308 - segno's own markup
        },
    )
    return html_to_pdf(html, stylesheet="css/certificate.css")


def verification_url(code: str) -> str:
    """The public address printed on the certificate and in its QR code."""
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("certificates:verify", args=[code])
    return public_url(path)


def credential_url(code: str) -> str:
    """The public address of the certificate's signed Open Badges credential (JSON)."""
    return public_url(reverse("credentials:credential", args=[code]))


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
        logo_url=logo_url(template),
        signature_url=image_url(template.signature_image, "max-600x200"),
    )


def image_url(image, spec: str) -> str | None:
    return image.get_rendition(f"{spec}|format-png").url if image else None


def logo_url(template: CertificateTemplate) -> str:
    logo = template.logo or kelurahan_settings().logo
    return image_url(logo, "max-400x400") or static("img/logo.svg")
