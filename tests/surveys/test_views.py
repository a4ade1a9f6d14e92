"""The public SKM questionnaire (no account) and the admin screens: paper entry, results,
links and posters, CSV."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from surveys import views
from surveys.device import COOKIE
from surveys.models import SurveyResponse

from ..factories import SurveyPeriodFactory, SurveyResponseFactory, service_area

pytestmark = pytest.mark.django_db

ANSWERS = {f"u{n}": "4" for n in range(1, 10)}


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def period():
    return SurveyPeriodFactory(name="SKM 2026 Semester II")


def answer_url(period, service="pelatihan", prefix="/en"):
    return f"{prefix}/survei/{period.pk}/{service}/"


def test_a_resident_answers_without_an_account_once_per_phone(client, period):
    form = client.get(answer_url(period))
    content = form.content.decode()
    assert form.status_code == 200 and COOKIE in form.cookies
    assert "How well do the requirements of the service match the kind of service?" in content
    assert "Very suitable" in content and "Complaints are handled well" in content
    response = client.post(answer_url(period), ANSWERS)
    assert response.status_code == 302
    thanks = client.get(answer_url(period)).content.decode()
    assert "This phone has answered the survey" in thanks
    client.post(answer_url(period), ANSWERS)
    assert SurveyResponse.objects.get().channel == SurveyResponse.Channel.ONLINE
    # Another phone answers too.
    other = Client()
    other.get(answer_url(period))
    other.post(answer_url(period), ANSWERS)
    assert SurveyResponse.objects.count() == 2


def test_a_missing_answer_is_shown_under_its_question_and_nothing_is_saved(client, period):
    client.get(answer_url(period))
    response = client.post(answer_url(period), {**ANSWERS, "u3": "", "u4": "9"})
    content = response.content.decode()
    assert response.status_code == 200
    assert content.count("Choose one of the four answers.") == 4  # summary and field, twice
    for name in ("u3", "u4"):
        field = content.split(f'<fieldset aria-describedby="id_{name}_error">')[1]
        field = field.split("</fieldset>")[0]
        assert f'<ul class="errorlist" id="id_{name}_error">' in field
        assert f'name="{name}"' in field
    assert not SurveyResponse.objects.exists()


def test_details_without_consent_are_refused_with_a_message(client, period):
    client.get(answer_url(period))
    response = client.post(answer_url(period), {**ANSWERS, "age_group": "30_39"})
    assert "Tick this box to keep your details" in response.content.decode()
    assert not SurveyResponse.objects.exists()
    client.post(answer_url(period), {**ANSWERS, "age_group": "30_39", "consent": "on"})
    assert SurveyResponse.objects.get().age_group == "30_39"


def test_without_the_cookie_the_answer_is_not_saved_and_the_cookie_is_set(period):
    client = Client()
    response = client.post(answer_url(period), ANSWERS)
    assert "Allow cookies for this site" in response.content.decode()
    assert COOKIE in response.cookies
    assert not SurveyResponse.objects.exists()
    client.post(answer_url(period), ANSWERS)
    assert SurveyResponse.objects.count() == 1


def test_answers_are_rate_limited_per_address(client, period, monkeypatch):
    monkeypatch.setattr(views, "ANSWERS_PER_HOUR", 2)
    client.get(answer_url(period))
    client.post(answer_url(period), {**ANSWERS, "u1": ""})
    client.post(answer_url(period), {**ANSWERS, "u1": ""})
    response = client.post(answer_url(period), ANSWERS)
    assert response.status_code == 429
    assert not SurveyResponse.objects.exists()


def test_closed_periods_and_unknown_services(client):
    today = timezone.localdate()
    ended = SurveyPeriodFactory(starts_on=today - timedelta(days=90), ends_on=today - timedelta(1))
    response = client.post(answer_url(ended), ANSWERS)
    assert "This survey is not open" in response.content.decode()
    assert not SurveyResponse.objects.exists()
    assert client.get(answer_url(ended, "layanan-tidak-ada")).status_code == 404
    assert client.get(f"/en/survei/{ended.pk + 100}/pelatihan/").status_code == 404


def test_the_index_lists_open_periods_and_services(client, period, home_page):
    area = service_area()
    content = client.get("/en/survei/").content.decode()
    assert "SKM 2026 Semester II" in content
    assert f'href="{answer_url(period)}"' in content
    assert f'href="{answer_url(period, "layanan-" + area.slug)}"' in content
    assert 'href="/en/survei/"' in client.get("/en/").content.decode()  # the footer's link


def test_staff_type_in_a_paper_questionnaire(client, facilitator, period):
    client.force_login(facilitator)
    area = service_area()
    url = "/admin/skm/paper/"
    assert client.get(url).status_code == 200
    bad = client.post(url, {"period": period.pk, "service": "layanan-kependudukan"})
    assert "Pilih salah satu dari empat jawaban." in bad.content.decode()
    data = {"period": period.pk, "service": "layanan-kependudukan", **ANSWERS}
    response = client.post(url, data)
    assert response.status_code == 302
    saved = SurveyResponse.objects.get()
    assert (saved.channel, saved.service_area, saved.entered_by) == ("paper", area, facilitator)


def test_officials_read_the_index_per_service(client, official, period):
    SurveyResponseFactory.create_batch(5, period=period)
    client.force_login(official)
    content = client.get(f"/admin/skm/?period={period.pk}").content.decode()
    assert "75,00" in content and "C (Kurang Baik)" in content  # the admin speaks Indonesian
    csv = client.get(f"/admin/skm/{period.pk}/csv/")
    assert csv["Content-Type"].startswith("text/csv")
    assert "Program pelatihan Akademi Warga,5," in csv.content.decode()


def test_the_poster_has_the_qr_code_of_the_survey(client, coordinator, period):
    client.force_login(coordinator)
    links = client.get("/admin/skm/links/").content.decode()
    assert answer_url(period, prefix="") in links
    poster = client.get(f"/admin/skm/links/{period.pk}/pelatihan/poster/").content.decode()
    assert "<svg" in poster and f"/survei/{period.pk}/pelatihan/" in poster


def test_a_period_with_answers_cannot_be_deleted(client, coordinator, period):
    SurveyResponseFactory(period=period)
    client.force_login(coordinator)
    response = client.post(f"/admin/skm/periods/delete/{period.pk}/")
    assert response.status_code == 302
    assert period.__class__.objects.filter(pk=period.pk).exists()


def test_a_period_cannot_end_before_it_starts(client, coordinator):
    client.force_login(coordinator)
    data = {
        "name": "SKM 2027",
        "starts_on": "2027-06-30",
        "ends_on": "2027-01-01",
        "populations-TOTAL_FORMS": "0",
        "populations-INITIAL_FORMS": "0",
        "populations-MIN_NUM_FORMS": "0",
        "populations-MAX_NUM_FORMS": "1000",
    }
    response = client.post("/admin/skm/periods/new/", data)
    assert response.status_code == 200
    assert "Hari terakhir tidak boleh sebelum hari pertama." in response.content.decode()


def test_pages_make_as_many_queries_with_many_answers(client, official, period):
    """The results, the questionnaire and its thanks: the same queries for 5 answers as for 60
    over more services."""
    client.force_login(official)
    SurveyResponseFactory.create_batch(5, period=period)
    pages = ["/admin/skm/", f"/admin/skm/{period.pk}/csv/", answer_url(period)]

    def counts():
        found = []
        for url in pages:
            client.get(url)  # warm: Wagtail's admin caches some of its own
            with CaptureQueriesContext(connection) as queries:
                client.get(url)
            found.append(len(queries.captured_queries))
        return found

    few = counts()
    for slug in ("kesehatan", "pendidikan"):
        area = service_area(slug, slug.title())
        SurveyResponseFactory.create_batch(30, period=period, service_area=area)
    assert counts() == few
