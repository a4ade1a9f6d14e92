"""Workshop sessions in the Wagtail admin: who sees them, planning one, and what saving does."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.users.models import UserProfile

from courses.models import Attendance, Registration, WorkshopSession
from courses.workshops import services as sessions

from ..factories import ProfileFactory, UserFactory, WorkshopSessionFactory
from ..helpers import assert_same_queries, query_count

pytestmark = pytest.mark.django_db

INDEX = "/admin/sessions/"


@pytest.fixture(autouse=True)
def admin_in_english(facilitator, coordinator):
    """Assert on the English source strings; the admin otherwise speaks Indonesian."""
    for user in (facilitator, coordinator):
        UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})


def refused(response) -> bool:
    """The Wagtail admin answers PermissionDenied with a redirect to its dashboard, and people
    without admin access with a redirect to the sign-in page."""
    return response.status_code == 403 or (
        response.status_code == 302
        and response.url.split("?")[0].endswith(("/admin/", "/accounts/login/"))
    )


def form_data(**changes):
    starts = timezone.localtime() + timedelta(days=7)
    data = {
        "title": "Membaca APBDes",
        "event_type": WorkshopSession.EventType.SOSIALISASI,
        "module": "",
        "starts_at": starts.strftime("%Y-%m-%d 09:00"),
        "ends_at": starts.strftime("%Y-%m-%d 12:00"),
        "venue": "Balai RW 05",
        "capacity": "25",
        "facilitators": [],
        "status": WorkshopSession.Status.SCHEDULED,
    }
    return {**data, **changes}


@pytest.fixture
def own_session(facilitator):
    session = WorkshopSessionFactory(title="Sesi saya")
    session.facilitators.add(facilitator)
    return session


@pytest.fixture
def other_session(db):
    return WorkshopSessionFactory(title="Sesi orang lain")


def test_the_menu_offers_sessions_to_facilitators_and_coordinators_only(
    client, facilitator, coordinator, official
):
    for user, shown in [(facilitator, True), (coordinator, True), (official, False)]:
        client.force_login(user)
        assert ("/admin/sessions/" in client.get("/admin/").content.decode()) is shown


@pytest.mark.parametrize("role", ["resident", "official", None])
def test_residents_officials_and_strangers_cannot_list_or_add_sessions(
    client, own_session, role, request
):
    if role:
        client.force_login(request.getfixturevalue(role))
    assert refused(client.get(INDEX))
    assert refused(client.post(INDEX + "new/", form_data()))
    assert refused(client.get(f"{INDEX}edit/{own_session.pk}/"))
    assert WorkshopSession.objects.count() == 1


def test_facilitators_list_their_own_sessions_and_coordinators_all(
    client, facilitator, coordinator, own_session, other_session
):
    client.force_login(facilitator)
    page = client.get(INDEX).content.decode()
    assert "Sesi saya" in page
    assert "Sesi orang lain" not in page

    client.force_login(coordinator)
    page = client.get(INDEX).content.decode()
    assert "Sesi saya" in page
    assert "Sesi orang lain" in page


def test_the_list_shows_seats_and_attendance(client, coordinator, own_session, resident):
    sessions.register(resident, own_session)
    own_session.starts_at = timezone.now() - timedelta(minutes=30)
    own_session.save()
    sessions.record_walk_in(own_session, name="Pak Darto", rw=3, method="facilitator", by=None)
    client.force_login(coordinator)
    page = client.get(INDEX).content.decode()
    assert "1 / 20" in page
    assert "1 checked in" in page
    assert f"/admin/sessions/{own_session.pk}/attendance/" in page


def test_the_list_can_be_filtered_by_status(client, coordinator, own_session, other_session):
    WorkshopSession.objects.filter(pk=other_session.pk).update(status="cancelled")
    client.force_login(coordinator)
    page = client.get(INDEX, {"status": "cancelled"}).content.decode()
    assert "Sesi orang lain" in page
    assert "Sesi saya" not in page


def test_the_list_costs_the_same_queries_with_12_sessions_as_with_2(client, coordinator):
    residents = [ProfileFactory().user for _ in range(3)]

    def plan(count):
        for _ in range(count):
            session = WorkshopSessionFactory()
            for resident in residents:
                sessions.register(resident, session)

    plan(2)
    client.force_login(coordinator)
    small = query_count(client, INDEX)
    plan(10)
    assert_same_queries(small, query_count(client, INDEX), 18, INDEX)


def test_a_facilitator_plans_a_session_and_runs_it(client, facilitator, module):
    client.force_login(facilitator)
    form = client.get(INDEX + "new/").content.decode()
    assert module.title in form
    assert re.search(rf'value="{facilitator.pk}"[^>]*checked', form)  # they run it by default
    response = client.post(
        INDEX + "new/", form_data(module=module.pk, facilitators=[facilitator.pk])
    )
    assert response.status_code == 302
    session = WorkshopSession.objects.get()
    assert (session.module, session.capacity) == (module.page_ptr.specific, 25)
    assert session.event_type == WorkshopSession.EventType.SOSIALISASI
    assert list(session.facilitators.all()) == [facilitator]


def test_the_times_use_the_phones_own_picker(client, coordinator):
    client.force_login(coordinator)
    form = client.get(INDEX + "new/").content.decode()
    assert len(re.findall(r'<input type="datetime-local" name="(starts_at|ends_at)"', form)) == 2
    day = (timezone.localdate() + timedelta(days=3)).isoformat()
    response = client.post(
        INDEX + "new/", form_data(starts_at=f"{day}T09:30", ends_at=f"{day}T12:00")
    )
    assert response.status_code == 302
    starts_at = timezone.localtime(WorkshopSession.objects.get().starts_at)
    assert (starts_at.date().isoformat(), starts_at.strftime("%H:%M")) == (day, "09:30")


def test_a_session_must_end_after_it_starts(client, coordinator):
    client.force_login(coordinator)
    starts = (timezone.localtime() + timedelta(days=7)).strftime("%Y-%m-%d")
    response = client.post(
        INDEX + "new/", form_data(starts_at=f"{starts} 12:00", ends_at=f"{starts} 09:00")
    )
    assert response.status_code == 200
    assert "The session must end after it starts." in response.content.decode()
    assert not WorkshopSession.objects.exists()


def test_a_session_cannot_be_held_before_it_starts(client, coordinator):
    client.force_login(coordinator)
    response = client.post(INDEX + "new/", form_data(status=WorkshopSession.Status.HELD))
    assert response.status_code == 200
    assert "A session can be held only once it has started." in response.content.decode()
    assert not WorkshopSession.objects.exists()


def test_only_facilitators_and_coordinators_can_be_chosen_to_facilitate(
    client, coordinator, facilitator, resident
):
    client.force_login(coordinator)
    form = client.get(INDEX + "new/").content.decode()
    assert facilitator.email in form
    assert resident.email not in form
    response = client.post(INDEX + "new/", form_data(facilitators=[resident.pk]))
    assert response.status_code == 200
    assert not WorkshopSession.objects.exists()


def test_facilitators_edit_only_the_sessions_they_run(
    client, facilitator, own_session, other_session
):
    client.force_login(facilitator)
    edit_page = client.get(f"{INDEX}edit/{own_session.pk}/").content.decode()
    assert f"/admin/sessions/{own_session.pk}/attendance/" in edit_page
    assert refused(client.get(f"{INDEX}edit/{other_session.pk}/"))
    assert refused(client.post(f"{INDEX}edit/{other_session.pk}/", form_data(title="Lain")))
    other_session.refresh_from_db()
    assert other_session.title == "Sesi orang lain"
    for page in ("history", "history-results", "usage"):
        assert client.get(f"{INDEX}{page}/{own_session.pk}/").status_code == 200
        assert refused(client.get(f"{INDEX}{page}/{other_session.pk}/")), page


def test_raising_the_capacity_moves_people_up_from_the_waiting_list(
    client, facilitator, own_session
):
    WorkshopSession.objects.filter(pk=own_session.pk).update(capacity=1)
    own_session.refresh_from_db()
    first, second, third = (ProfileFactory().user for _ in range(3))
    for resident in (first, second, third):
        sessions.register(resident, own_session)
    client.force_login(facilitator)
    data = form_data(
        starts_at=timezone.localtime(own_session.starts_at).strftime("%Y-%m-%d %H:%M"),
        ends_at=timezone.localtime(own_session.ends_at).strftime("%Y-%m-%d %H:%M"),
        capacity="2",
        facilitators=[facilitator.pk],
    )
    response = client.post(f"{INDEX}edit/{own_session.pk}/", data, follow=True)
    assert "1 person moved up from the waiting list." in response.content.decode()
    statuses = dict(Registration.objects.values_list("user", "status"))
    assert statuses == {first.pk: "registered", second.pk: "registered", third.pk: "waitlisted"}


def test_only_coordinators_delete_and_never_a_session_people_attended(
    client, facilitator, coordinator, own_session, other_session
):
    client.force_login(facilitator)
    assert refused(client.post(f"{INDEX}delete/{own_session.pk}/"))
    assert WorkshopSession.objects.filter(pk=own_session.pk).exists()

    Attendance.objects.create(
        session=own_session, walk_in_name="Bu Ani", walk_in_rw=2, method="paper"
    )
    coordinator_client = Client()  # without the facilitator's unread "no permission" message
    coordinator_client.force_login(coordinator)
    response = coordinator_client.post(f"{INDEX}delete/{own_session.pk}/", follow=True)
    assert "cannot be deleted" in response.content.decode()
    assert WorkshopSession.objects.filter(pk=own_session.pk).exists()

    coordinator_client.post(f"{INDEX}delete/{other_session.pk}/")
    assert not WorkshopSession.objects.filter(pk=other_session.pk).exists()


def test_a_facilitator_of_no_session_sees_an_empty_list(client):
    client.force_login(UserFactory(role="facilitator"))
    assert client.get(INDEX).status_code == 200
