import pytest
from django.utils import timezone

from certificates import services
from certificates.models import Certificate
from courses.workshops import services as sessions

from ..factories import WorkshopSessionFactory

pytestmark = pytest.mark.django_db


def test_a_resident_gets_one_attendance_certificate_per_session(
    resident, facilitator, django_capture_on_commit_callbacks
):
    session = WorkshopSessionFactory(title="Lokakarya Musrenbang", in_progress=True)
    attendance = sessions.check_in(
        session, resident, method="facilitator", by=facilitator
    ).attendance

    with django_capture_on_commit_callbacks(execute=True):
        certificate = services.issue_for_attendance(attendance)

    assert services.issue_for_attendance(attendance) == certificate
    assert certificate.recipient == resident and certificate.session == session
    assert certificate.recipient_name == "Sari Wulandari"
    assert certificate.achievement == "Lokakarya Musrenbang"
    assert "Lokakarya Musrenbang" in certificate.body and "{" not in certificate.body
    certificate.refresh_from_db()
    assert certificate.pdf.open("rb").read(5) == b"%PDF-"


def test_a_walk_in_without_an_account_gets_a_certificate_too(facilitator):
    session = WorkshopSessionFactory(in_progress=True)
    walk_in = sessions.record_walk_in(
        session, name="Bu Sumarni", rw=4, method="facilitator", by=facilitator
    ).attendance

    certificate = services.issue_for_attendance(walk_in)

    assert certificate.recipient is None
    assert certificate.recipient_name == "Bu Sumarni"
    assert certificate.completed_on == timezone.localdate(session.starts_at)
    assert Certificate.objects.filter(session=session).count() == 1
