import unicodedata

import pytest
from hypothesis import given

from cms.models import Profile
from cms.services import update_profile
from cms.text import BIDI_CONTROLS, multi_line, one_line

from ..hostile import hostile_text


def _clean(text: str, allowed: str = "") -> bool:
    return not any(
        c not in allowed and (c in BIDI_CONTROLS or unicodedata.category(c) == "Cc") for c in text
    )


@given(hostile_text())
def test_one_line_has_no_control_characters_and_single_spaces(text):
    cleaned = one_line(text)
    assert _clean(cleaned)
    assert "  " not in cleaned
    assert cleaned == cleaned.strip()
    assert one_line(cleaned) == cleaned


@given(hostile_text())
def test_multi_line_keeps_lines_and_tabs_only(text):
    cleaned = multi_line(text)
    assert _clean(cleaned, allowed="\n\t")
    assert "\r" not in cleaned
    assert multi_line(cleaned) == cleaned


@pytest.mark.parametrize(
    "text", ["Siti Nurhaliza", "Ma'ruf Amin", "e\u0301\u0302", "👩🏽\u200d🚀", "مرحبا", "中文名字"]
)
def test_names_in_any_script_are_kept(text):
    assert one_line(text) == text


def test_an_override_cannot_make_a_printed_name_read_backwards():
    assert one_line("\u202eilahruN itiS\u202c") == "ilahruN itiS"


@pytest.mark.django_db
def test_a_nul_in_a_name_is_dropped_before_the_database_sees_it(resident):
    """PostgreSQL refused the NUL with a DataError (a 500); SQLite stored it."""
    update_profile(
        resident,
        full_name="Siti\x00Nurhaliza\x1b",
        rw=5,
        rt=3,
        preferred_language="id",
        demographics_consent=False,
    )
    assert Profile.objects.get(user=resident).full_name == "Siti Nurhaliza"


@pytest.mark.django_db
def test_a_name_of_control_characters_only_is_refused(client, home_page, resident):
    client.force_login(resident)
    data = {"full_name": "\x01\x02\u202e", "rw": "5", "rt": "3", "preferred_language": "id"}
    response = client.post("/accounts/profile/", data)
    assert response.status_code == 200
    assert "Tulis nama Anda." in response.content.decode()
