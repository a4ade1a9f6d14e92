"""The facilitator's attendance pages in the admin: who may open them, checking in, walk-ins, the
paper sheet, the QR code, the printable sign-in sheet and attendance certificates."""

import io
import re

import pypdfium2
import pytest
from wagtail.users.models import UserProfile

from certificates.models import Certificate
from courses.models import Attendance, WorkshopSession
from courses.workshops import services as sessions

from ..factories import ProfileFactory, UserFactory, WorkshopSessionFactory
from ..helpers import assert_same_queries, query_count

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def admin_in_english(facilitator, coordinator):
    """Assert on the English source strings; the admin otherwise speaks Indonesian."""
    for user in (facilitator, coordinator):
        UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})


def url(session, suffix=""):
    return f"/admin/sessions/{session.pk}/attendance/{suffix}"


def refused(response) -> bool:
    """The Wagtail admin answers PermissionDenied with a redirect to its dashboard, and people
    without admin access with a redirect to the sign-in page."""
    return response.status_code == 403 or (
        response.status_code == 302
        and response.url.split("?")[0].endswith(("/admin/", "/accounts/login/"))
    )


def pdf_pages(data: bytes) -> list[str]:
    return [
        page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(io.BytesIO(data))
    ]


@pytest.fixture
def session(facilitator):
    session = WorkshopSessionFactory(title="Lokakarya Anggaran", in_progress=True)
    session.facilitators.add(facilitator)
    return session


@pytest.fixture
def registration(session, resident):
    return sessions.register(resident, session)


def walk_in(session, name="Bu Ani", rw=3):
    return sessions.record_walk_in(session, name=name, rw=rw, method="facilitator", by=None)


GET_PAGES = ["", "qr/", "sign-in-sheet/", "paper/"]


@pytest.mark.parametrize("who", ["anonymous", "resident", "official", "other facilitator"])
def test_nobody_but_the_sessions_facilitators_and_coordinators_gets_in(
    client, session, registration, who, request
):
    users = {"other facilitator": lambda: UserFactory(role="facilitator")}
    if who != "anonymous":
        client.force_login(users.get(who, lambda: request.getfixturevalue(who))())
    for suffix in GET_PAGES:
        assert refused(client.get(url(session, suffix))), suffix
    posts = {
        "check-in/": {"registration": registration.pk},
        "walk-in/": {"name": "Bu Ani", "rw": "3"},
        "paper/": {"walk_ins": "Bu Ani, 3"},
        "certificates/": {},
    }
    for suffix, data in posts.items():
        assert refused(client.post(url(session, suffix), data)), suffix
    assert not Attendance.objects.exists()


@pytest.mark.parametrize("who", ["facilitator", "coordinator"])
def test_the_sessions_facilitator_and_coordinators_open_every_page(
    client, session, registration, who, request
):
    client.force_login(request.getfixturevalue(who))
    for suffix in GET_PAGES:
        assert client.get(url(session, suffix)).status_code == 200, suffix


def test_a_registered_resident_is_checked_in_once(client, facilitator, session, registration):
    client.force_login(facilitator)
    assert "Sari Wulandari" in client.get(url(session)).content.decode()

    response = client.post(url(session, "check-in/"), {"registration": registration.pk})
    assert response.url.endswith(f"#registration-{registration.pk}")
    attendance = Attendance.objects.get()
    assert (attendance.user, attendance.method, attendance.recorded_by) == (
        registration.user,
        Attendance.Method.FACILITATOR,
        facilitator,
    )
    page = client.get(url(session)).content.decode()
    assert "Sari Wulandari is checked in." in page
    assert "Checked in at" in page

    again = client.post(url(session, "check-in/"), {"registration": registration.pk}, follow=True)
    assert "Sari Wulandari was already checked in at" in again.content.decode()
    assert Attendance.objects.count() == 1
    session.refresh_from_db()
    assert session.status == WorkshopSession.Status.HELD


@pytest.mark.parametrize("value", ["abc", "999999", ""])
def test_checking_in_someone_not_registered_is_refused_with_a_message(
    client, facilitator, session, value
):
    client.force_login(facilitator)
    response = client.post(url(session, "check-in/"), {"registration": value}, follow=True)
    assert "not registered for this session" in response.content.decode()
    assert not Attendance.objects.exists()


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"name": "Bu Ani", "rw": "0"}, "Choose the RW from the list."),
        ({"name": "Bu Ani", "rw": "100"}, "Choose the RW from the list."),
        ({"name": "Bu Ani", "rw": "abc"}, "Choose the RW from the list."),
        ({"name": "   ", "rw": "3"}, "This field is required."),
        ({"name": "Bu Ani", "rw": "3", "phone": "0812-abc"}, "digits, + and spaces"),
        ({"name": "Bu Ani", "rw": "3", "phone": "0" * 21}, "at most 20 characters"),
    ],
)
def test_a_walk_in_needs_a_name_an_rw_of_the_kelurahan_and_a_real_phone(
    client, facilitator, session, data, error
):
    client.force_login(facilitator)
    response = client.post(url(session, "walk-in/"), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert error in page
    assert 'aria-invalid="true"' in page
    assert not Attendance.objects.exists()


def test_a_walk_in_is_recorded_once(client, facilitator, session):
    client.force_login(facilitator)
    data = {"name": "Bu  Ani", "rw": "3", "phone": "+62 812 3456"}
    response = client.post(url(session, "walk-in/"), data, follow=True)
    assert "Bu Ani (RW 3) is recorded." in response.content.decode()
    again = client.post(url(session, "walk-in/"), {"name": "bu ani", "rw": "3"}, follow=True)
    assert "Bu Ani (RW 3) was already recorded." in again.content.decode()
    attendance = Attendance.objects.get()
    assert (attendance.walk_in_name, attendance.walk_in_phone) == ("Bu Ani", "+62 812 3456")


def test_one_bad_line_on_the_paper_sheet_stores_nothing(
    client, facilitator, session, registration
):
    client.force_login(facilitator)
    lines = "Bu Ani, 3\nPak Budi, abc\nCitra\n, 4\nDewi, 2, 08xx"
    response = client.post(
        url(session, "paper/"), {"registrations": [registration.pk], "walk_ins": lines}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Line 2: the RW must be a number from 1 to 10." in page
    assert "Line 3: write the name, then the RW" in page
    assert "Line 4: the name is missing." in page
    assert "Line 5: the phone number may only contain digits" in page
    assert not Attendance.objects.exists()


def test_the_paper_sheet_is_typed_in_at_once(client, facilitator, session, registration):
    walk_in(session, name="Pak Darto", rw=4)
    client.force_login(facilitator)
    form = client.get(url(session, "paper/")).content.decode()
    assert "Sari Wulandari" in form
    lines = "Bu Ani, 3, 0812 3456\nSiti, S.Pd., RW 5\n\nPak Darto, 4\nbu ani, 3"
    response = client.post(
        url(session, "paper/"),
        {"registrations": [registration.pk], "walk_ins": lines},
        follow=True,
    )
    assert "Added: 3. Already recorded before: 2." in response.content.decode()
    people = set(Attendance.objects.filter(method="paper").values_list("walk_in_name", "user"))
    assert people == {("", registration.user.pk), ("Bu Ani", None), ("Siti, S.Pd.", None)}


def test_an_empty_paper_sheet_asks_for_something(client, facilitator, session):
    client.force_login(facilitator)
    response = client.post(url(session, "paper/"), {"walk_ins": "  \n"})
    assert "Tick at least one resident or type at least one walk-in." in response.content.decode()


def test_attendance_certificates_are_issued_once_and_walk_ins_printed(
    client, facilitator, session, registration
):
    client.force_login(facilitator)
    refused_early = client.post(url(session, "certificates/"), follow=True)
    assert "once the session has been held" in refused_early.content.decode()
    sessions.check_in(session, registration.user, method="facilitator")
    visitor = walk_in(session).attendance

    response = client.post(url(session, "certificates/"), follow=True)
    assert "2 certificates issued." in response.content.decode()
    assert client.post(url(session, "certificates/"), follow=True).status_code == 200
    assert Certificate.objects.count() == 2
    assert set(Certificate.objects.values_list("recipient", "recipient_name")) == {
        (registration.user.pk, "Sari Wulandari"),
        (None, "Bu Ani"),
    }

    print_url = url(session, f"certificates/{visitor.pk}/")
    assert print_url in client.get(url(session)).content.decode()
    pdf = client.get(print_url)
    assert b"".join(pdf.streaming_content).startswith(b"%PDF")
    resident_attendance = Attendance.objects.get(user=registration.user)
    assert client.get(url(session, f"certificates/{resident_attendance.pk}/")).status_code == 404


def test_a_cancelled_session_is_read_only(client, facilitator, session, registration):
    WorkshopSession.objects.filter(pk=session.pk).update(status="cancelled")
    client.force_login(facilitator)
    page = client.get(url(session)).content.decode()
    assert "This session is cancelled." in page
    assert url(session, "check-in/") not in page
    assert url(session, "walk-in/") not in page
    client.post(url(session, "check-in/"), {"registration": registration.pk})
    client.post(url(session, "walk-in/"), {"name": "Bu Ani", "rw": "3"})
    assert client.get(url(session, "paper/")).status_code == 302
    client.post(url(session, "paper/"), {"walk_ins": "Bu Ani, 3"})
    assert not Attendance.objects.exists()
    assert 'class="segno"' not in client.get(url(session, "qr/")).content.decode()


def test_the_qr_code_leads_residents_to_check_in_for_a_few_minutes(client, facilitator, session):
    client.force_login(facilitator)
    page = client.get(url(session, "qr/")).content.decode()
    assert '<meta http-equiv="refresh" content="600">' in page
    assert 'class="segno"' in page
    token = re.search(rf"http://testserver/sessions/{session.pk}/check-in/([^/]+)/", page)[1]
    sessions.verify_check_in_token(session, token)
    assert "This code works until" in page


def test_the_sign_in_sheet_lists_registered_people_then_empty_rows(
    client, facilitator, session, registration
):
    WorkshopSession.objects.filter(pk=session.pk).update(capacity=60)
    client.force_login(facilitator)
    response = client.get(url(session, "sign-in-sheet/"))
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    pages = pdf_pages(response.content)
    assert len(pages) >= 2
    assert "Sari Wulandari" in pages[0]
    assert "Lokakarya Anggaran" in pages[0]
    assert "Signature" in pages[-1]  # the header row repeats on every page
    assert "60" in pages[-1]  # one row per seat


def test_the_sheet_costs_the_same_queries_with_30_people_as_with_5(client, facilitator, session):
    def come(first, last):
        """People number `first` to `last` register (while the session is still scheduled: the
        first walk-in marks it held), every other one checks in; as many walk-ins."""
        WorkshopSession.objects.filter(pk=session.pk).update(
            capacity=last, status=WorkshopSession.Status.SCHEDULED
        )
        people = {number: ProfileFactory().user for number in range(first, last + 1)}
        for user in people.values():
            sessions.register(user, session)
        for number, user in people.items():
            if number % 2 == 0:
                sessions.check_in(session, user, method="self")
            walk_in(session, name=f"Tamu {number}", rw=1)

    come(1, 5)
    client.force_login(facilitator)
    small = query_count(client, url(session))
    come(6, 30)
    assert Attendance.objects.filter(session=session).count() == 15 + 30
    assert_same_queries(small, query_count(client, url(session)), 26, url(session))
