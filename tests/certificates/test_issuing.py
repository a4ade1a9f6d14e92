import io

import pytest
from django.core.management import call_command

from certificates import services
from certificates.models import Certificate, CertificateTemplate
from courses.learning import services as learning

from ..helpers import lessons_of

pytestmark = pytest.mark.django_db


def test_completing_a_module_issues_one_certificate_with_a_snapshot(completed_module, resident):
    certificate = Certificate.objects.get(recipient=resident)
    assert certificate.module == completed_module
    assert certificate.recipient_name == "Sari Wulandari"
    assert certificate.achievement == "Pengelolaan Anggaran"
    assert "Pengelolaan Anggaran" in certificate.body
    assert "{" not in certificate.body
    assert certificate.issuer == "Kelurahan Tanjung Barat"
    assert certificate.is_valid


def test_issuing_again_returns_the_same_certificate(certificate, completed_module, resident):
    again = services.issue_for_completion(resident, completed_module)
    assert again == certificate
    assert again.code == certificate.code
    assert Certificate.objects.count() == 1


def test_later_edits_do_not_change_an_issued_certificate(certificate, completed_module, resident):
    resident.profile.full_name = "Nama Baru"
    resident.profile.save()
    completed_module.title = "Judul Baru"
    completed_module.save_revision().publish()
    template = CertificateTemplate.objects.get(is_default=True)
    template.signatory_name = "Orang Lain"
    template.save()

    certificate.refresh_from_db()
    assert (certificate.recipient_name, certificate.achievement) == (
        "Sari Wulandari",
        "Pengelolaan Anggaran",
    )
    assert certificate.signatory_name == "Lurah Tanjung Barat"


def test_placeholders_are_replaced_and_nothing_else_is_interpreted():
    from datetime import date

    text = services.fill_placeholders(
        "{name} {module} {date} {name.__class__} {0}", "A", "B", date(2026, 8, 17)
    )
    assert text == "A B 17 Agustus 2026 {name.__class__} {0}"


def test_without_a_default_template_completion_stands_and_the_certificate_follows_later(
    make_module, resident, client, django_capture_on_commit_callbacks
):
    CertificateTemplate.objects.update(is_default=False)
    module = make_module(lessons=1, quiz=False)
    outcome = learning.complete_lesson(resident, module, lessons_of(module)[0])
    assert outcome.module_completed_now
    client.force_login(resident)
    client.get("/sertifikat/")
    assert not Certificate.objects.exists()  # opening the page issues nothing

    template = CertificateTemplate.objects.first()
    template.is_default = True
    with django_capture_on_commit_callbacks(execute=True):
        template.save()
    assert Certificate.objects.filter(recipient=resident, module=module).count() == 1


def test_recovery_issues_the_certificates_postponed_for_want_of_a_template(make_module, resident):
    CertificateTemplate.objects.update(is_default=False)
    module = make_module(lessons=1, quiz=False)
    learning.complete_lesson(resident, module, lessons_of(module)[0])
    CertificateTemplate.objects.update(is_default=True)  # no signal, as from a database tool
    out = io.StringIO()

    call_command("recover_interrupted_work", "--older-than", "0", stdout=out)

    assert Certificate.objects.filter(recipient=resident, module=module).count() == 1
    assert "issued 1 postponed certificates" in out.getvalue()


def test_the_pdf_is_rendered_after_commit_and_stored_privately(
    make_module, resident, django_capture_on_commit_callbacks
):
    module = make_module(lessons=1, quiz=False)
    with django_capture_on_commit_callbacks(execute=True):
        learning.complete_lesson(resident, module, lessons_of(module)[0])
    certificate = Certificate.objects.get(recipient=resident)
    assert certificate.pdf.name == f"certificates/{certificate.code}.pdf"
    assert certificate.pdf.read().startswith(b"%PDF")


def test_ensure_pdf_renders_once(certificate, monkeypatch):
    first = services.ensure_pdf(certificate.pk)
    monkeypatch.setattr(
        "certificates.rendering.render_pdf", lambda content: pytest.fail("rendered twice")
    )
    assert services.ensure_pdf(certificate.pk).pdf.name == first.pdf.name


def test_a_rendering_failure_keeps_the_certificate_and_is_retried(
    certificate, monkeypatch, caplog
):
    def broken(content):
        raise RuntimeError("font missing")

    monkeypatch.setattr("certificates.rendering.render_pdf", broken)
    with pytest.raises(RuntimeError):
        services.ensure_pdf(certificate.pk)
    assert "Rendering certificate" in caplog.text
    certificate.refresh_from_db()
    assert not certificate.pdf

    monkeypatch.undo()
    assert services.ensure_pdf(certificate.pk).pdf


def test_revoke_and_reinstate_are_logged(certificate, coordinator):
    from wagtail.models import ModelLogEntry

    services.revoke(certificate, reason="Data peserta salah", by=coordinator)
    certificate.refresh_from_db()
    assert not certificate.is_valid and certificate.revoke_reason == "Data peserta salah"
    services.reinstate(certificate, by=coordinator)
    certificate.refresh_from_db()
    assert certificate.is_valid
    actions = list(
        ModelLogEntry.objects.filter(object_id=str(certificate.pk)).values_list(
            "action", "user_id"
        )
    )
    assert ("certificates.revoke", coordinator.pk) in actions
    assert ("certificates.reinstate", coordinator.pk) in actions
