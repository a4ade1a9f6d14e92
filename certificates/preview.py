"""A certificate template's preview in the admin: a made-up certificate rendered with it."""

from django.http import HttpResponse
from django.utils import timezone

from cms.services import kelurahan_settings

from . import codes, rendering
from .models import CertificateTemplate
from .services import fill_placeholders


def sample_content(template: CertificateTemplate) -> rendering.CertificateContent:
    """A made-up certificate for previewing a template."""
    example = codes.format_code("7K3Q9XWDM2PA4RZ" + codes.check_character("7K3Q9XWDM2PA4RZ"))
    name, achievement, on = "Siti Nurhaliza", "Pengelolaan Anggaran", timezone.localdate()
    return rendering.CertificateContent(
        heading=template.heading,
        body=fill_placeholders(template.body, name, achievement, on),
        recipient_name=name,
        achievement=achievement,
        completed_on=on,
        signatory_name=template.signatory_name,
        signatory_title=template.signatory_title,
        issuer=kelurahan_settings().kelurahan_name,
        code=example,
        verify_url=rendering.verification_url(example),
        accent_colour=template.accent_colour,
        logo_url=rendering.logo_url(template),
        signature_url=rendering.image_url(template.signature_image, "max-600x200"),
    )


def preview_response(template: CertificateTemplate) -> HttpResponse:
    pdf = rendering.render_pdf(sample_content(template))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="contoh-sertifikat.pdf"'
    return response
