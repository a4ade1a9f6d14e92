"""*My learning*, where a resident lands after signing in: continue each module where they left
off, and find the certificate of each module they completed."""

import re

import pytest

from certificates.models import Certificate
from courses.learning import services

from ..helpers import lessons_of

pytestmark = pytest.mark.django_db


def links(content: str) -> list[str]:
    return re.findall(r'href="([^"]+)"', content)


def test_continue_goes_to_the_next_lesson_to_do(client, make_module, resident):
    module = make_module(lessons=3, quiz=False)
    first, second, third = lessons_of(module)
    services.complete_lesson(resident, module, first)
    services.complete_lesson(resident, module, third)
    client.force_login(resident)
    content = client.get("/learning/").content.decode()
    assert re.search(rf'<a class="button" href="{second.url}">Lanjutkan</a>', content)


def test_a_completed_module_links_its_certificate(client, make_module, resident):
    module = make_module(title="Modul Tamat", lessons=1, quiz=False)
    services.complete_lesson(resident, module, lessons_of(module)[0])
    certificate = Certificate.objects.get(recipient=resident, module=module)
    client.force_login(resident)
    found = links(client.get("/learning/").content.decode())
    assert f"/sertifikat/{certificate.code}/unduh/" in found
    assert f"/sertifikat/verifikasi/{certificate.code}/" in found


def test_a_revoked_certificate_is_not_offered(client, make_module, resident):
    module = make_module(lessons=1, quiz=False)
    services.complete_lesson(resident, module, lessons_of(module)[0])
    certificate = Certificate.objects.get(recipient=resident, module=module)
    Certificate.objects.filter(pk=certificate.pk).update(revoked_at="2026-01-01T00:00Z")
    client.force_login(resident)
    content = client.get("/learning/").content.decode()
    assert "Selesai pada" in content and certificate.code not in content


def test_a_resident_who_has_not_started_is_shown_the_catalogue(client, catalogue, resident):
    client.force_login(resident)
    assert catalogue.url in links(client.get("/learning/").content.decode())
