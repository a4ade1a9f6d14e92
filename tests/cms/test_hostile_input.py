"""Hostile input in the residents' own forms: sign-up, profile and search. Never a server
error, a clear error or a success, and anything shown back is escaped."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cms.models import Profile, User
from cms.search import MAX_QUERY_LENGTH, clean_query
from cms.services import update_profile
from cms.text import one_line

from ..hostile import (
    assert_no_raw_markup,
    fresh_state,
    garbage_values,
    get_unless_refused,
    hostile_settings,
    hostile_text,
    shown_escaped,
)

pytestmark = pytest.mark.django_db


def quoted_emails():
    """Addresses Django accepts although their local part is markup: "<script>…"@example.id."""
    local = st.sampled_from(['"<script>alert(1)</script>"', '"<img src=x onerror=alert(1)>"'])
    return st.builds(lambda part, n: f"{part}{n}@example.id", local, st.integers(0, 999))


@hostile_settings(25)
@given(email=st.one_of(hostile_text(), st.emails(), quoted_emails()), password=hostile_text())
def test_sign_up_never_fails_and_never_shows_markup(client, home_page, email, password):
    with fresh_state():
        data = {"email": email, "password1": password, "password2": password}
        response = client.post("/accounts/signup/", data)
        html = assert_no_raw_markup(response)
        if response.status_code == 302:
            assert User.objects.filter(email__iexact=email.strip()).exists()
        else:
            assert response.status_code == 200
            assert 'class="errorlist' in html or "alert" in html


@hostile_settings(40)
@given(
    full_name=hostile_text(),
    rw=garbage_values(),
    rt=garbage_values(),
    language=st.one_of(st.sampled_from(["id", "en"]), hostile_text()),
)
def test_profile_form_never_fails_and_shows_the_name_escaped(
    client, home_page, resident, full_name, rw, rt, language
):
    client.force_login(resident)
    with fresh_state():
        data = {"full_name": full_name, "rw": rw, "rt": rt, "preferred_language": language}
        response = client.post("/accounts/profile/", data)
        html = assert_no_raw_markup(response)
        if response.status_code == 302:
            saved = Profile.objects.get(user=resident).full_name
            page = assert_no_raw_markup(client.get("/accounts/profile/"))
            assert shown_escaped(saved, page)
        else:
            assert response.status_code == 200
            assert 'class="errorlist' in html


@hostile_settings(40)
@given(full_name=hostile_text(min_size=1), rw=st.integers(1, 10), rt=st.integers(1, 99))
def test_valid_profile_names_are_stored_as_typed(client, home_page, resident, full_name, rw, rt):
    """Markup, formulas and scripts are a name like any other: stored, then shown escaped."""
    client.force_login(resident)
    with fresh_state():
        data = {"full_name": full_name, "rw": rw, "rt": rt, "preferred_language": "id"}
        response = client.post("/accounts/profile/", data)
        assert_no_raw_markup(response)
        expected = one_line(full_name)
        if response.status_code == 302:
            assert Profile.objects.get(user=resident).full_name == expected
        else:
            assert not expected or len(full_name.strip()) > 150 or "\x00" in full_name


@hostile_settings(40)
@given(full_name=hostile_text())
def test_update_profile_stores_or_refuses_with_a_validation_error(resident, full_name):
    from django.core.exceptions import ValidationError

    with fresh_state():
        try:
            saved = update_profile(
                resident,
                full_name=full_name,
                rw=5,
                rt=3,
                preferred_language="id",
                demographics_consent=False,
            )
        except ValidationError as error:
            assert "full_name" in error.message_dict
        else:
            saved.refresh_from_db()
            assert saved.full_name == one_line(full_name)


@hostile_settings(40)
@given(query=st.one_of(hostile_text(), garbage_values()))
def test_search_never_fails_and_shows_the_query_escaped(client, home_page, standard_page, query):
    with fresh_state():
        response = get_unless_refused(client, "/search/", {"q": query})
        if response is None:
            return
        html = assert_no_raw_markup(response)
        assert response.status_code == 200
        cleaned = clean_query(query)
        assert len(cleaned) <= MAX_QUERY_LENGTH
        assert "\x00" not in cleaned
        if cleaned:
            assert shown_escaped(cleaned, html)
