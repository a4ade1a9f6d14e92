"""Hostile input around certificates: the public check by code (form and address), downloads,
the revoke reason shown to the public, coordinators' search and template texts."""

from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from certificates import codes
from certificates.models import Certificate, CertificateTemplate
from cms.text import multi_line

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

TEMPLATES = "/admin/snippets/certificates/certificatetemplate/"


def typed_codes():
    """What people type from paper: the right alphabet, lookalikes, separators, any length."""
    return st.text(alphabet=codes.ALPHABET + "OILoil -_.", min_size=0, max_size=30)


def any_code():
    return st.one_of(typed_codes(), hostile_text(), garbage_values())


@hostile_settings(40)
@given(code=any_code())
def test_the_check_form_answers_any_code_with_a_message(client, home_page, certificate, code):
    with fresh_state():
        response = get_unless_refused(client, "/sertifikat/verifikasi/", {"code": code})
        if response is None:
            return
        html = assert_no_raw_markup(response)
        if response.status_code == 302:
            assert response["Location"] == f"/sertifikat/verifikasi/{codes.normalise(code)}/"
        else:
            assert response.status_code == 200
            assert 'class="errorlist' in html


@hostile_settings(40)
@given(code=any_code())
def test_the_check_page_answers_any_address(client, home_page, certificate, code):
    with fresh_state():
        response = client.get(f"/sertifikat/verifikasi/{quote(code, safe='')}/")
        assert_no_raw_markup(response)
        assert response.status_code in {200, 301, 302, 404}


@hostile_settings(25)
@given(code=any_code())
def test_a_download_with_any_code_is_not_found(client, home_page, certificate, resident, code):
    client.force_login(resident)
    with fresh_state():
        response = client.get(f"/sertifikat/{quote(code, safe='')}/unduh/")
        assert response.status_code in {301, 404}


@hostile_settings(25)
@given(reason=hostile_text())
def test_a_revoke_reason_is_shown_to_the_public_escaped(
    client, home_page, certificate, coordinator, reason
):
    client.force_login(coordinator)
    with fresh_state():
        response = client.post(f"/admin/certificates/{certificate.pk}/revoke/", {"reason": reason})
        assert_no_raw_markup(response)
        certificate.refresh_from_db()
        if response.status_code == 302:
            assert certificate.revoke_reason == multi_line(reason)
            page = assert_no_raw_markup(client.get(f"/sertifikat/verifikasi/{certificate.code}/"))
            assert shown_escaped(certificate.revoke_reason, page)
        else:
            assert response.status_code == 200
            assert certificate.is_valid


@pytest.mark.parametrize("path", ["/admin/certificates/", "/admin/sessions/"])
def test_an_enormous_admin_search_is_cut_short_not_a_server_error(client, coordinator, path):
    client.force_login(coordinator)
    query = "'><iframe src=javascript:alert(1)></iframe>" * 1200  # 50 kB: too much for SQLite
    assert client.get(path, {"q": query}).status_code == 200


@hostile_settings(25)
@given(query=st.one_of(hostile_text(), garbage_values()))
def test_coordinators_search_certificates_with_any_text(client, certificate, coordinator, query):
    client.force_login(coordinator)
    with fresh_state():
        response = get_unless_refused(client, "/admin/certificates/", {"q": query})
        if response is None:
            return
        assert_no_raw_markup(response)
        assert response.status_code == 200


@hostile_settings(25)
@given(
    heading=hostile_text(),
    body=hostile_text(),
    signatory=hostile_text(),
    colour=st.one_of(st.just("#0b6e4f"), hostile_text()),
)
def test_template_texts_are_stored_or_refused_and_shown_escaped(
    client, coordinator, heading, body, signatory, colour
):
    client.force_login(coordinator)
    with fresh_state():
        form = {
            "name": "Uji",
            "heading": heading,
            "body": body,
            "attendance_body": body,
            "signatory_name": signatory,
            "signatory_title": signatory,
            "accent_colour": colour,
        }
        response = client.post(f"{TEMPLATES}add/", form)
        html = assert_no_raw_markup(response)
        saved = CertificateTemplate.objects.filter(name="Uji").first()
        if response.status_code == 302:
            assert len(saved.body) <= 600
            edit = assert_no_raw_markup(client.get(f"{TEMPLATES}edit/{saved.pk}/"))
            assert shown_escaped(saved.signatory_name, edit)
        else:
            assert response.status_code == 200
            assert saved is None
            assert "error" in html


def test_a_template_body_longer_than_a_certificate_holds_is_refused(client, coordinator):
    client.force_login(coordinator)
    template = CertificateTemplate.objects.get(is_default=True)
    form = {
        "name": template.name,
        "heading": template.heading,
        "body": "Kata " * 121,
        "attendance_body": template.attendance_body,
        "signatory_name": template.signatory_name,
        "signatory_title": template.signatory_title,
        "accent_colour": template.accent_colour,
        "is_default": "on",
    }
    response = client.post(f"{TEMPLATES}edit/{template.pk}/", form)
    assert response.status_code == 200
    assert "paling banyak 600 karakter" in response.content.decode()
    template.refresh_from_db()
    assert len(template.body) < 600


@pytest.mark.parametrize("code", ["TJB-7K3Q\x00", "\x00"])
def test_a_nul_in_a_code_address_is_not_found_instead_of_a_server_error(
    client, home_page, resident, code
):
    """PostgreSQL refused the NUL in the lookup with a DataError: a 500."""
    client.force_login(resident)
    assert client.get(f"/sertifikat/verifikasi/{quote(code)}/").status_code == 404
    assert client.get(f"/sertifikat/{quote(code)}/unduh/").status_code == 404
    assert Certificate.objects.count() == 0
