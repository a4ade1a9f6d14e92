import io
import zipfile

import pytest

from certificates.models import Certificate

pytestmark = pytest.mark.django_db


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
