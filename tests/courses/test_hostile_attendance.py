"""Hostile input from facilitators: walk-ins at the door, the paper sheet typed back, and the
session form in the admin."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cms.text import one_line
from courses.models import Attendance, WorkshopSession

from ..factories import WorkshopSessionFactory
from ..hostile import (
    assert_no_raw_markup,
    fresh_state,
    garbage_values,
    hostile_settings,
    hostile_text,
    shown_escaped,
)
from .test_session_admin import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(client, facilitator):
    session = WorkshopSessionFactory(title="Lokakarya Anggaran", in_progress=True)
    session.facilitators.add(facilitator)
    client.force_login(facilitator)
    return session


def sheet(session, suffix=""):
    return f"/admin/sessions/{session.pk}/attendance/{suffix}"


@hostile_settings(30)
@given(
    name=hostile_text(),
    rw=st.one_of(st.integers(1, 10).map(str), garbage_values()),
    phone=st.one_of(st.just(""), st.just("0812 3456 7890"), hostile_text()),
)
def test_a_walk_in_is_recorded_or_explained_and_listed_escaped(client, session, name, rw, phone):
    with fresh_state():
        response = client.post(
            sheet(session, "walk-in/"), {"name": name, "rw": rw, "phone": phone}
        )
        html = assert_no_raw_markup(response)
        walk_in = Attendance.objects.filter(session=session).first()
        if response.status_code == 302:
            assert walk_in.walk_in_name == one_line(name)
            page = assert_no_raw_markup(client.get(sheet(session)))
            assert shown_escaped(walk_in.walk_in_name, page)
        else:
            assert response.status_code == 200
            assert walk_in is None
            assert "error" in html


def walk_in_lines():
    """Lines as a facilitator might type them, or not: name, RW, phone, in any shape."""
    part = st.one_of(hostile_text(), garbage_values(), st.integers(1, 10).map(str))
    return st.lists(part, min_size=1, max_size=4).map(", ".join)


@hostile_settings(30)
@given(lines=st.lists(st.one_of(walk_in_lines(), hostile_text()), min_size=1, max_size=6))
def test_the_paper_sheet_is_stored_whole_or_not_at_all(client, session, lines):
    with fresh_state():
        response = client.post(sheet(session, "paper/"), {"walk_ins": "\n".join(lines)})
        html = assert_no_raw_markup(response)
        stored = Attendance.objects.filter(session=session)
        if response.status_code == 302:
            assert stored.exists()
            page = assert_no_raw_markup(client.get(sheet(session)))
            for attendance in stored:
                assert shown_escaped(attendance.walk_in_name, page)
        else:
            assert response.status_code == 200
            assert not stored.exists()
            assert "error" in html


@hostile_settings(30)
@given(
    title=hostile_text(),
    venue=hostile_text(),
    capacity=st.one_of(st.integers(1, 2000).map(str), garbage_values()),
    starts_at=st.one_of(st.just(None), garbage_values()),
    status=st.one_of(st.sampled_from(WorkshopSession.Status.values), hostile_text()),
)
def test_the_session_form_saves_or_explains(
    client, coordinator, title, venue, capacity, starts_at, status
):
    client.force_login(coordinator)
    with fresh_state():
        data = form_data(title=title, venue=venue, capacity=capacity, status=status)
        if starts_at is not None:
            data["starts_at"] = starts_at
        response = client.post("/admin/sessions/new/", data)
        html = assert_no_raw_markup(response)
        created = WorkshopSession.objects.first()
        if response.status_code == 302:
            assert created.ends_at > created.starts_at
            assert (created.title, created.venue) == (one_line(title), one_line(venue))
            listing = assert_no_raw_markup(client.get("/admin/sessions/"))
            assert shown_escaped(created.title[:50], listing) or len(created.title) > 50
        else:
            assert response.status_code == 200
            assert created is None
            assert "error" in html


def test_a_walk_in_name_of_control_characters_only_is_refused(client, session):
    """It was cleaned to an empty name, which the database refused: a 500."""
    response = client.post(sheet(session, "walk-in/"), {"name": "\x7f\x01\x08", "rw": "1"})
    assert response.status_code == 200
    assert "harus diisi" in response.content.decode()
    assert not Attendance.objects.exists()
