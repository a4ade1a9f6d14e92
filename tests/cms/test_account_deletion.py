"""What deleting an account erases, what it keeps, and what happens to the certificates."""

import io
import zipfile

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.core.files.base import ContentFile
from django.core.management import call_command

from certificates import services as certificates
from certificates.models import ACCOUNT_DELETED, Certificate
from cms import data_rights
from cms.models import Profile, User
from courses.models import (
    Attendance,
    Enrolment,
    Feedback,
    LessonCompletion,
    QuizAttempt,
    Registration,
)
from courses.workshops import services as sessions

from ..factories import ProfileFactory, WorkshopSessionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def history(resident, learn):
    Profile.objects.filter(user=resident).update(
        demographics_consent=True, age_band=Profile.AgeBand.FROM_25, gender=Profile.Gender.FEMALE
    )
    Authenticator.objects.create(user=resident, type=Authenticator.Type.TOTP, data={})
    learn(resident, "Anggaran Desa")
    return Certificate.objects.get(recipient=resident)


def counts(user) -> list[int]:
    return [
        model.objects.filter(user=user).count()
        for model in (Enrolment, LessonCompletion, QuizAttempt, Registration, Attendance, Feedback)
    ]


def test_personal_details_are_erased_and_the_account_cannot_be_used(resident, history):
    data_rights.delete_account(resident)
    user = User.objects.get(pk=resident.pk)
    assert user.email == f"deleted-{user.pk}@deleted.invalid"
    assert (user.first_name, user.last_name, user.last_login) == ("", "", None)
    assert not user.has_usable_password() and not user.is_active
    assert not EmailAddress.objects.filter(user=user).exists()
    assert not Authenticator.objects.filter(user=user).exists()
    profile = Profile.objects.get(user=user)
    assert (profile.full_name, profile.rt, profile.age_band, profile.gender) == ("", None, "", "")
    assert not profile.demographics_consent and profile.demographics_consent_at is None
    assert profile.rw == 5


def test_learning_records_stay_without_the_free_text(resident, history):
    before = counts(resident)
    data_rights.delete_account(resident)
    assert counts(resident) == before
    feedback = Feedback.objects.get(user=resident)
    assert (feedback.comment, feedback.share_comment) == ("", False)
    assert (feedback.satisfaction, feedback.usefulness, feedback.clarity) == (5, 4, 3)


def test_seats_at_sessions_to_come_go_to_the_waiting_list(resident, history):
    """The attended session of `history` is on now; two more are still to come."""
    full, other = WorkshopSessionFactory(capacity=1), WorkshopSessionFactory(capacity=1)
    next_in_line, holder = ProfileFactory().user, ProfileFactory().user
    for person, session in [(resident, full), (next_in_line, full), (holder, other)]:
        sessions.register(person, session)
    sessions.register(resident, other)  # on the waiting list

    data_rights.delete_account(resident)

    def status(session, person):
        return session.registrations.get(user=person).status

    assert status(full, resident) == Registration.Status.CANCELLED
    assert status(full, next_in_line) == Registration.Status.REGISTERED
    assert status(other, resident) == Registration.Status.CANCELLED
    assert status(other, holder) == Registration.Status.REGISTERED
    attended = Attendance.objects.get(user=resident).session
    assert status(attended, resident) == Registration.Status.REGISTERED


def test_certificates_are_revoked_nameless_and_their_files_removed(
    resident, history, django_capture_on_commit_callbacks
):
    history.pdf.save(f"{history.code}.pdf", ContentFile(b"%PDF-1.7 test"), save=True)
    stored = history.pdf.name
    with django_capture_on_commit_callbacks(execute=True):
        data_rights.delete_account(resident)
    certificate = Certificate.objects.get(pk=history.pk)
    assert certificate.revoke_reason == ACCOUNT_DELETED and not certificate.is_valid
    assert (certificate.recipient_name, certificate.body, certificate.pdf.name) == ("", "", "")
    assert not certificate.pdf.storage.exists(stored)
    assert certificate.code == history.code and certificate.achievement == "Anggaran Desa"


def test_the_verification_page_says_revoked_and_shows_no_name(client, resident, history):
    data_rights.delete_account(resident)
    content = client.get(f"/sertifikat/verifikasi/{history.code}/").content.decode()
    assert "Sertifikat ini sudah dicabut." in content
    assert "akun dihapus" in content
    assert "Sari Wulandari" not in content and "Diberikan kepada" not in content


def test_an_already_revoked_certificate_keeps_its_reason(resident, history, coordinator):
    certificates.revoke(history, reason="Nama salah", by=coordinator)
    data_rights.delete_account(resident)
    certificate = Certificate.objects.get(pk=history.pk)
    assert (certificate.revoke_reason, certificate.recipient_name) == ("Nama salah", "")


def test_an_erased_certificate_is_never_rendered_again(resident, history, monkeypatch):
    data_rights.delete_account(resident)
    monkeypatch.setattr(
        certificates.rendering, "render_pdf", lambda content: pytest.fail("rendered")
    )
    assert not certificates.ensure_pdf(history.pk).pdf
    call_command("render_pending_certificates")


def test_coordinators_cannot_reinstate_or_download_it(client, resident, history, coordinator):
    data_rights.delete_account(resident)
    client.force_login(coordinator)
    archive = client.get(f"/admin/certificates/module/{history.module_id}/zip/")
    assert zipfile.ZipFile(io.BytesIO(archive.content)).namelist() == []
    response = client.post(f"/admin/certificates/{history.pk}/reinstate/", follow=True)
    assert "Pemiliknya sudah menghapus akunnya" in response.content.decode()
    assert not Certificate.objects.get(pk=history.pk).is_valid
    assert client.get(f"/sertifikat/{history.code}/unduh/").status_code == 404


def test_other_people_are_untouched(resident, history, learn):
    other = ProfileFactory(full_name="Budi Santoso").user
    learn(other, "Advokasi Warga")
    data_rights.delete_account(resident)
    assert User.objects.get(pk=other.pk).is_active
    assert Certificate.objects.get(recipient=other).is_valid
    assert Feedback.objects.get(user=other).comment == "Materinya jelas sekali."
    assert Profile.objects.get(user=other).full_name == "Budi Santoso"


def test_staff_accounts_are_refused(facilitator):
    with pytest.raises(data_rights.StaffAccount):
        data_rights.delete_account(facilitator)
    assert User.objects.get(pk=facilitator.pk).is_active
