"""The e-mail that says a certificate is ready: once its PDF exists, once only, with links to
My certificates and the public verification page."""

import pytest
from django.core import mail

from certificates.models import Certificate
from certificates.pdf_files import render_missing_pdfs
from certificates.tasks import render_certificate
from cms.models import Profile
from courses.learning import services as learning

from ..helpers import lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def complete(make_module, private_media, django_capture_on_commit_callbacks):
    def complete(user):
        module = make_module(lessons=1, quiz=False, title="Pengelolaan Anggaran")
        with django_capture_on_commit_callbacks(execute=True):  # renders the PDF, sends
            learning.complete_lesson(user, module, lessons_of(module)[0])
        return Certificate.objects.get(recipient=user)

    return complete


def test_the_resident_is_told_once_the_pdf_exists(complete, resident):
    Profile.objects.filter(user=resident).update(preferred_language="en")

    certificate = complete(resident)

    assert certificate.pdf
    [message] = mail.outbox
    assert message.to == [resident.email]
    assert message.subject == "[Akademi Warga] Your certificate is ready"
    [(html, _mimetype)] = message.alternatives
    for text in (message.body, html):
        assert '"Pengelolaan Anggaran"' in text or "&quot;Pengelolaan Anggaran&quot;" in text
        assert "http://testserver/en/sertifikat/" in text
        assert f"http://testserver/sertifikat/verifikasi/{certificate.code}/" in text


def test_in_indonesian_by_default(complete, resident):  # once the catalogue has the strings
    complete(resident)
    [message] = mail.outbox
    assert message.subject == "[Akademi Warga] Sertifikat Anda sudah siap"
    assert "http://testserver/sertifikat/" in message.body


def test_rendering_again_sends_nothing_more(complete, resident):
    certificate = complete(resident)
    render_certificate.call(certificate.pk)
    render_certificate.call(certificate.pk)
    assert len(mail.outbox) == 1


def test_recovery_renders_and_tells(make_module, resident, private_media):
    module = make_module(lessons=1, quiz=False)
    learning.complete_lesson(resident, module, lessons_of(module)[0])  # the task never ran
    assert mail.outbox == []

    assert render_missing_pdfs() == (1, 0)

    assert len(mail.outbox) == 1


def test_no_e_mail_for_a_resident_who_said_no(complete, resident):
    Profile.objects.filter(user=resident).update(workshop_emails=False)
    assert complete(resident).pdf
    assert mail.outbox == []
