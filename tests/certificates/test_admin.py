import io
import zipfile

import pypdfium2
import pytest

from certificates.models import Certificate

pytestmark = pytest.mark.django_db


def pdf_text(data: bytes) -> str:
    return pypdfium2.PdfDocument(io.BytesIO(data))[0].get_textpage().get_text_range()


def test_coordinator_revokes_and_reinstates_from_the_admin(client, certificate, coordinator):
    client.force_login(coordinator)
    assert certificate.code in client.get("/admin/certificates/").content.decode()
    assert client.get(f"/admin/certificates/{certificate.pk}/").status_code == 200

    response = client.post(
        f"/admin/certificates/{certificate.pk}/revoke/", {"reason": "Data salah"}
    )
    assert response.status_code == 302
    assert not Certificate.objects.get().is_valid

    client.post(f"/admin/certificates/{certificate.pk}/reinstate/")
    assert Certificate.objects.get().is_valid


def test_revoking_needs_a_reason(client, certificate, coordinator):
    client.force_login(coordinator)
    response = client.post(f"/admin/certificates/{certificate.pk}/revoke/", {"reason": "  "})
    assert response.status_code == 200
    assert Certificate.objects.get().is_valid


@pytest.mark.parametrize("role", ["facilitator", "official"])
def test_other_staff_cannot_manage_certificates(client, certificate, role, request):
    client.force_login(request.getfixturevalue(role))
    assert client.get("/admin/certificates/").status_code in {302, 403}
    client.post(f"/admin/certificates/{certificate.pk}/revoke/", {"reason": "x"})
    assert Certificate.objects.get().is_valid


def test_coordinator_downloads_a_modules_certificates_as_zip(client, certificate, coordinator):
    client.force_login(coordinator)
    response = client.get(f"/admin/certificates/module/{certificate.module_id}/zip/")
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert archive.namelist() == [f"{certificate.code}.pdf"]
    assert archive.read(f"{certificate.code}.pdf").startswith(b"%PDF")


def test_coordinator_edits_a_template_and_previews_it_as_pdf(client, coordinator):
    from certificates.models import CertificateTemplate

    template = CertificateTemplate.objects.get(is_default=True)
    client.force_login(coordinator)
    edit_url = f"/admin/snippets/certificates/certificatetemplate/edit/{template.pk}/"
    assert client.get(edit_url).status_code == 200
    form = {
        "name": template.name,
        "heading": "Piagam",
        "body": "Untuk {name}: {module}, {date}.",
        "signatory_name": "Ibu Lurah",
        "signatory_title": "Lurah",
        "accent_colour": "#123456",
        "is_default": "on",
    }
    preview_url = f"/admin/snippets/certificates/certificatetemplate/preview/{template.pk}/"
    assert client.post(preview_url, form).json()["is_valid"]
    response = client.get(preview_url)
    assert response["Content-Type"] == "application/pdf"
    assert "Ibu Lurah" in pdf_text(response.content)

    assert client.post(edit_url, {**form, "accent_colour": "red"}).status_code == 200
    template.refresh_from_db()
    assert template.accent_colour == "#0b6e4f"


@pytest.mark.parametrize("role", ["facilitator", "official"])
def test_only_coordinators_manage_templates(client, role, request):
    client.force_login(request.getfixturevalue(role))
    response = client.get("/admin/snippets/certificates/certificatetemplate/")
    assert response.status_code in {302, 403}


def test_render_pending_certificates_renders_those_left_without_a_file(certificate):
    from django.core.management import call_command

    assert not certificate.pdf
    out = io.StringIO()
    call_command("render_pending_certificates", stdout=out)
    certificate.refresh_from_db()
    assert certificate.pdf.read().startswith(b"%PDF")
    assert "Rendered 1 of 1" in out.getvalue()


def test_only_coordinators_see_the_certificates_and_print_pack_menus(
    client, coordinator, facilitator
):
    client.force_login(coordinator)
    menu = client.get("/admin/").content.decode()
    assert "/admin/certificates/" in menu and "/admin/print-packs/" in menu
    client.force_login(facilitator)
    menu = client.get("/admin/").content.decode()
    assert "/admin/certificates/" not in menu and "/admin/print-packs/" not in menu


@pytest.mark.parametrize("ordering", ["name", "-signatory_name", "is_default", "no-such-column"])
def test_coordinators_sort_the_templates_they_searched_for(client, coordinator, ordering):
    """Sorting search results by a column the search index could not filter was a 500."""
    client.force_login(coordinator)
    url = "/admin/snippets/certificates/certificatetemplate/"
    assert client.get(url, {"q": "sertifikat", "ordering": ordering}).status_code == 200
