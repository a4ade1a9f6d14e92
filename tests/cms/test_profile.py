import pytest

from cms.models import Profile
from cms.services import update_profile

from ..factories import ProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_profile_page_requires_login(client, home_page):
    response = client.get("/accounts/profile/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_profile_form_offers_the_kelurahan_rws(client, home_page, resident):
    client.force_login(resident)
    content = client.get("/accounts/profile/").content.decode()
    assert '<option value="10">RW 10</option>' in content
    assert '<option value="11">' not in content


def test_missing_name_and_rw_are_explained(client, home_page):
    client.force_login(UserFactory())
    response = client.post("/accounts/profile/", {"full_name": "   ", "rw": "", "rt": "0"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "Silakan periksa formulir:" in content
    assert "Tulis nama Anda." in content
    assert "Pilih RW Anda." in content
    assert "Nomor RT dari 1 sampai 99." in content
    assert not Profile.objects.filter(full_name__gt="").exists()


def test_rw_outside_the_kelurahan_is_refused(client, home_page, resident):
    client.force_login(resident)
    response = client.post(
        "/accounts/profile/",
        {"full_name": "Sari", "rw": "42", "rt": "1", "preferred_language": "id"},
    )
    assert response.status_code == 200
    assert "Pilih salah satu RW di daftar." in response.content.decode()
    assert resident.profile.rw == 5


def test_age_band_without_consent_is_refused_with_a_message(client, home_page, resident):
    client.force_login(resident)
    data = {
        "full_name": "Sari",
        "rw": "5",
        "rt": "1",
        "preferred_language": "id",
        "age_band": "25_34",
    }
    response = client.post("/accounts/profile/", data)
    assert "centang dulu kotak persetujuan" in response.content.decode()
    resident.profile.refresh_from_db()
    assert resident.profile.age_band == ""


def test_next_url_to_another_site_is_ignored(client, home_page, resident):
    client.force_login(resident)
    data = {"full_name": "Sari", "rw": "5", "rt": "1", "preferred_language": "id"}
    response = client.post("/accounts/profile/?next=https://evil.example/", data)
    assert response["Location"] == "/"


def test_update_profile_records_consent_and_withdrawal_erases_demographics():
    user = ProfileFactory().user
    profile = update_profile(
        user,
        full_name="Sari",
        rw=1,
        rt=2,
        preferred_language="id",
        demographics_consent=True,
        age_band="25_34",
        gender="female",
    )
    assert profile.demographics_consent_at is not None
    assert (profile.age_band, profile.gender) == ("25_34", "female")

    profile = update_profile(
        user,
        full_name="Sari",
        rw=1,
        rt=2,
        preferred_language="id",
        demographics_consent=False,
        age_band="25_34",
        gender="female",
    )
    assert (profile.age_band, profile.gender, profile.demographics_consent_at) == ("", "", None)


def test_profile_is_complete_only_with_name_rw_and_rt():
    profile = ProfileFactory.build(full_name="Sari", rw=1, rt=None)
    assert not profile.is_complete
    profile.rt = 4
    assert profile.is_complete


def test_unticking_consent_on_the_profile_page_erases_age_band_and_gender(client, home_page):
    user = ProfileFactory(
        demographics_consent=True, age_band=Profile.AgeBand.FROM_45, gender=Profile.Gender.MALE
    ).user
    client.force_login(user)
    page = client.get("/accounts/profile/").content.decode()
    assert "hapus centang kotak ini lalu simpan: keduanya langsung dihapus" in page
    data = {"full_name": "Sari", "rw": "5", "rt": "1", "preferred_language": "id"}
    response = client.post("/accounts/profile/", {**data, "age_band": "", "gender": ""})
    assert response.status_code == 302
    profile = Profile.objects.get(user=user)
    assert (profile.demographics_consent, profile.age_band, profile.gender) == (False, "", "")
    assert profile.demographics_consent_at is None


def test_the_profile_page_links_to_the_data_rights_pages(client, home_page, resident):
    client.force_login(resident)
    content = client.get("/accounts/profile/").content.decode()
    for link in ("/accounts/data/", "/accounts/delete/", "/privasi/"):
        assert f'href="{link}"' in content


def test_a_resident_can_say_no_to_e_mails_about_workshops(client, home_page, resident):
    client.force_login(resident)
    page = client.get("/en/accounts/profile/").content.decode()
    assert (
        'name="workshop_emails"' in page
        and "checked" in page.split('name="workshop_emails"')[1][:80]
    )

    response = client.post(
        "/en/accounts/profile/",
        {"full_name": "Sari Wulandari", "rw": "5", "rt": "3", "preferred_language": "en"},
    )

    assert response.status_code == 302
    assert Profile.objects.get(user=resident).workshop_emails is False


def test_the_choice_is_in_my_data(client, home_page, resident):
    Profile.objects.filter(user=resident).update(workshop_emails=False)
    client.force_login(resident)

    assert client.get("/accounts/data/download/").json()["profile"]["workshop_emails"] is False
    page = client.get("/en/accounts/data/").content.decode()
    assert "<dt>E-mails about workshops and certificates</dt><dd>No</dd>" in page
