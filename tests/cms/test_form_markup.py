"""Every form field is one wrapper (templates/forms/field.html, through the site's form renderer):
label, help, errors and input together, the help and errors tied to the input, and the summary
above the form linking to each field."""

import pytest
from bs4 import BeautifulSoup

from ..factories import UserFactory

pytestmark = pytest.mark.django_db


def _page(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def _wrapper(page, field_id):
    control = page.find(id=field_id)
    assert control is not None, field_id
    return control, control.find_parent(class_="field")


def _described_by(control) -> list[str]:
    return control.get("aria-describedby", "").split()


def _summary_links(page) -> list[str]:
    return [link["href"] for link in page.select(".form-errors a")]


def test_profile_errors_sit_with_their_own_input(client, home_page):
    client.force_login(UserFactory())
    data = {"full_name": "Sari", "rw": "", "rt": "0", "preferred_language": "id"}
    page = _page(client.post("/accounts/profile/", data))
    for name, message in (("rw", "Pilih RW Anda."), ("rt", "Nomor RT dari 1 sampai 99.")):
        control, wrapper = _wrapper(page, f"id_{name}")
        error = wrapper.find(id=f"id_{name}_error")
        assert error is not None and message in error.get_text()
        assert control["aria-invalid"] == "true"
        assert f"id_{name}_error" in _described_by(control)
        # Label, then the error, then the input, and nothing of the other field.
        children = [tag for tag in wrapper.children if tag.name]
        assert [tag.name for tag in children] == ["label", "ul", control.name]
        assert children[0]["for"] == f"id_{name}"
    rw_wrapper, rt_wrapper = (_wrapper(page, f"id_{name}")[1] for name in ("rw", "rt"))
    assert rw_wrapper is not rt_wrapper
    assert rw_wrapper.parent is rt_wrapper.parent and "field-pair" in rw_wrapper.parent["class"]
    assert _summary_links(page) == ["#id_rw", "#id_rt"]


def test_profile_help_is_tied_to_its_input(client, home_page, resident):
    client.force_login(resident)
    page = _page(client.get("/accounts/profile/"))
    control, wrapper = _wrapper(page, "id_full_name")
    assert wrapper.find(id="id_full_name_helptext") is not None
    assert _described_by(control) == ["id_full_name_helptext"]
    assert not control.has_attr("aria-invalid")


def test_consent_checkbox_stands_before_its_label_with_its_help(client, home_page, resident):
    client.force_login(resident)
    page = _page(client.get("/accounts/profile/"))
    box, wrapper = _wrapper(page, "id_demographics_consent")
    assert "field--checkbox" in wrapper["class"]
    assert next(tag for tag in wrapper.children if tag.name) is box
    assert wrapper.find("label", attrs={"for": "id_demographics_consent"}) is not None
    assert wrapper.find(id="id_demographics_consent_helptext") is not None
    assert _described_by(box) == ["id_demographics_consent_helptext"]


def test_profile_consent_error_is_in_the_summary(client, home_page, resident):
    client.force_login(resident)
    data = {
        "full_name": "Sari",
        "rw": "5",
        "rt": "1",
        "preferred_language": "id",
        "age_band": "25_34",
    }
    page = _page(client.post("/accounts/profile/", data))
    summary = page.select_one(".form-errors")
    assert "centang dulu kotak persetujuan" in summary.get_text()


def test_sign_up_errors_sit_with_their_inputs_and_the_summary_links_to_them(client, home_page):
    data = {"email": "bukan-alamat", "password1": "sawo-matang-77", "password2": "lain"}
    page = _page(client.post("/accounts/signup/", data))
    for name in ("email", "password2"):
        control, wrapper = _wrapper(page, f"id_{name}")
        assert wrapper.find(id=f"id_{name}_error") is not None
        assert f"id_{name}_error" in _described_by(control)
    assert _summary_links(page) == ["#id_email", "#id_password2"]
    assert len(page.select(".form-errors")) == 1


def test_a_sign_in_error_of_the_whole_form_is_shown_once(client, home_page, resident):
    page = _page(client.post("/accounts/login/", {"login": resident.email, "password": "salah"}))
    summary = page.select(".form-errors")
    assert len(summary) == 1
    assert "tidak benar" in summary[0].get_text()
    assert page.get_text().count("kata sandi yang anda masukkan tidak benar") == 1
    remember, wrapper = _wrapper(page, "id_remember")
    assert "field--checkbox" in wrapper["class"]


def test_certificate_code_error_sits_with_its_input(client, home_page):
    page = _page(client.get("/sertifikat/verifikasi/", {"code": "x"}))
    control, wrapper = _wrapper(page, "id_code")
    assert wrapper.find(id="id_code_error") is not None
    assert "id_code_error" in _described_by(control)
    assert _summary_links(page) == ["#id_code"]
