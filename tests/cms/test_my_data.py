"""A resident sees and downloads all their own data, and only theirs."""

import json

import pytest

from certificates.models import Certificate

from ..factories import ProfileFactory
from ..helpers import assert_same_queries, query_count

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/accounts/data/", "/accounts/data/download/"])
def test_anonymous_visitors_are_asked_to_sign_in(client, home_page, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


@pytest.mark.parametrize("path", ["/accounts/data/", "/accounts/data/download/"])
def test_the_pages_only_read(client, home_page, resident, path):
    client.force_login(resident)
    assert client.post(path).status_code == 405


def test_the_page_shows_everything_about_the_resident(client, home_page, resident, learn):
    learn(resident, "Anggaran Desa")
    code = Certificate.objects.get(recipient=resident).code
    client.force_login(resident)
    content = client.get("/accounts/data/").content.decode()
    for expected in (
        "Data Saya",
        resident.email,
        "Sari Wulandari",
        "Anggaran Desa",
        "2 dari 2 pelajaran selesai",
        "Pelajaran 1",
        "Mana yang termasuk dokumen anggaran?",
        "APBD, RKPD",
        "Materinya jelas sekali.",
        "Lokakarya Anggaran Desa",
        "Terdaftar",
        code,
        'href="/accounts/data/download/"',
        'href="/accounts/delete/"',
    ):
        assert expected in content, expected


def test_the_download_has_every_record_as_json(client, home_page, resident, learn):
    learn(resident, "Anggaran Desa")
    certificate = Certificate.objects.get(recipient=resident)
    client.force_login(resident)
    response = client.get("/accounts/data/download/")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="data-saya-')
    data = json.loads(response.content)

    assert data["account"]["email"] == resident.email
    assert data["profile"]["full_name"] == "Sari Wulandari"
    assert (data["profile"]["rw"], data["profile"]["rt"]) == (5, 3)
    [enrolment] = data["enrolments"]
    assert enrolment["module"] == "Anggaran Desa"
    assert enrolment["completed_at"] and enrolment["percent"] == 100
    assert [c["lesson"] for c in enrolment["lesson_completions"]] == ["Pelajaran 1", "Pelajaran 2"]
    [attempt] = data["quiz_attempts"]
    assert (attempt["score"], attempt["passed"]) == (100, True)
    assert {"question": "Mana yang termasuk dokumen anggaran?", "chosen": ["APBD", "RKPD"]} in (
        attempt["answers"]
    )
    [feedback] = data["feedback"]
    assert (feedback["satisfaction"], feedback["comment"]) == (5, "Materinya jelas sekali.")
    assert data["registrations"][0]["status"] == "Terdaftar"
    assert data["attendance"][0]["session"] == "Lokakarya Anggaran Desa"
    [exported] = data["certificates"]
    assert (exported["code"], exported["valid"]) == (certificate.code, True)
    assert exported["verification_url"].endswith(f"/sertifikat/verifikasi/{certificate.code}/")


def test_nobody_sees_another_residents_data(client, home_page, resident, learn):
    other = ProfileFactory(full_name="Budi Santoso").user
    learn(other, "Advokasi Warga", comment="Komentar rahasia Budi")
    learn(resident, "Anggaran Desa")
    client.force_login(resident)
    for path in ("/accounts/data/", "/accounts/data/download/"):
        content = client.get(path).content.decode()
        assert "Anggaran Desa" in content
        for secret in (other.email, "Budi Santoso", "Advokasi Warga", "Komentar rahasia Budi"):
            assert secret not in content


def test_staff_see_their_own_data_too(client, home_page, facilitator):
    client.force_login(facilitator)
    response = client.get("/accounts/data/")
    assert response.status_code == 200
    assert facilitator.email in response.content.decode()


def test_a_new_account_without_profile_or_history(client, home_page):
    from ..factories import UserFactory

    user = UserFactory()
    client.force_login(user)
    data = json.loads(client.get("/accounts/data/download/").content)
    assert data["profile"] is None
    assert data["enrolments"] == data["certificates"] == []
    assert "Anda belum mengisi profil." in client.get("/accounts/data/").content.decode()


def test_the_page_is_in_english_too(client, home_page, resident):
    client.force_login(resident)
    assert "<h1>My data</h1>" in client.get("/en/accounts/data/").content.decode()


@pytest.mark.parametrize(
    ("path", "most"),
    [("/accounts/data/", 24), ("/accounts/data/download/", 17)],
    ids=["page", "download"],
)
def test_the_pages_cost_the_same_queries_with_4_modules_of_history_as_with_1(
    client, home_page, resident, learn, path, most
):
    learn(resident, "Modul A")
    client.force_login(resident)
    small = query_count(client, path)
    for title in ("Modul B", "Modul C", "Modul D"):
        learn(resident, title)
    assert_same_queries(small, query_count(client, path), most, path)
