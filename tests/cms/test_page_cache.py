"""Anonymous pages from the full-page cache (cms/page_cache.py): served before any session or
database work, never to someone signed in, never with a CSRF token, a message or another
visitor's content, never stale after a change, per language, with 304 to conditional requests."""

import logging

import pytest
from django.contrib import messages
from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.sessions.middleware import SessionMiddleware
from django.http import HttpResponse
from django.test import Client
from django.urls import resolve, reverse
from wagtail.models import PageViewRestriction, Site

from cms import page_cache
from cms.models import KelurahanSettings
from courses.learning import services as learning
from courses.workshops.models import Registration

from ..factories import StandardPageFactory, WorkshopSessionFactory, module_with_lessons
from ..helpers import lessons_of

pytestmark = pytest.mark.django_db
HEADER = page_cache.STATUS_HEADER


@pytest.fixture(autouse=True)
def kelurahan_settings(home_page) -> KelurahanSettings:
    """Made on a site's first page otherwise, and that write starts a new generation."""
    return KelurahanSettings.for_site(Site.objects.get(is_default_site=True))


def cache_status(response) -> str | None:
    return response.headers.get(HEADER)


def visitor() -> Client:
    """Someone else, without an account."""
    return Client()


def test_the_second_anonymous_visit_is_served_from_the_cache_without_a_query(
    client, module, django_assert_num_queries
):
    first = client.get(module.url)
    assert first.status_code == 200 and cache_status(first) == "miss"
    with django_assert_num_queries(0):
        second = visitor().get(module.url)
    assert cache_status(second) == "hit"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]


@pytest.mark.parametrize("path", ["/", "/modul/", "/tentang/", "/sessions/"])
def test_the_anonymous_pages_are_cached(client, standard_page, catalogue, path):
    client.get(path)
    response = visitor().get(path)
    assert response.status_code == 200 and cache_status(response) == "hit"


def test_the_first_lesson_is_cached(client, module):
    first_lesson = lessons_of(module)[0]
    client.get(first_lesson.url)
    assert cache_status(visitor().get(first_lesson.url)) == "hit"


def test_a_signed_in_visitor_is_neither_served_nor_stored(client, resident, module):
    client.force_login(resident)
    signed_in = client.get(module.url)
    assert signed_in.status_code == 200 and cache_status(signed_in) is None
    logout_form = reverse("account_logout")
    assert logout_form in signed_in.content.decode()

    anonymous = visitor().get(module.url)
    assert cache_status(anonymous) == "miss"  # the signed-in page was not stored
    assert logout_form not in anonymous.content.decode()

    again = client.get(module.url)  # the anonymous copy is not served to the resident either
    assert cache_status(again) is None and logout_form in again.content.decode()


def test_a_page_with_a_form_is_neither_stored_nor_served(client, standard_page):
    PageViewRestriction.objects.create(
        page=standard_page, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
    )
    first, second = visitor().get(standard_page.url), visitor().get(standard_page.url)
    for response in (first, second):
        assert response.status_code == 200 and cache_status(response) is None
        assert 'name="csrfmiddlewaretoken"' in response.content.decode()
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value

    # Past the password, the session lets this visitor in; nobody else.
    form = reverse(
        "wagtailcore_authenticate_with_password",
        args=[standard_page.view_restrictions.get().pk, standard_page.pk],
    )
    passed = client.post(
        form, {"password": "rahasia", "return_url": standard_page.url}, follow=True
    )
    assert standard_page.title in passed.content.decode()
    stranger = visitor().get(standard_page.url)
    assert 'name="csrfmiddlewaretoken"' in stranger.content.decode()


def test_a_message_is_shown_once_to_its_visitor_only(client, resident, home_page):
    stored = visitor().get("/")
    assert cache_status(stored) == "miss"
    client.force_login(resident)
    signed_out = client.post(reverse("account_logout"), follow=True)
    page = signed_out.content.decode()
    assert 'class="message' in page and cache_status(signed_out) is None
    assert 'class="message' not in visitor().get("/").content.decode()
    assert 'class="message' not in client.get("/").content.decode()  # shown once


def test_a_message_shown_in_the_request_that_added_it_is_not_stored(rf, home_page):
    request = rf.get("/")
    request.resolver_match = resolve("/")
    SessionMiddleware(lambda r: None).process_request(request)
    MessageMiddleware(lambda r: None).process_request(request)
    response = HttpResponse("<p>Beranda</p>")
    assert page_cache.may_store(request, response)
    messages.info(request, "Selamat datang")
    assert not page_cache.may_store(request, response)
    list(messages.get_messages(request))
    assert not page_cache.may_store(request, response)


def test_a_published_change_is_served_at_once(client, module):
    client.get(module.url)
    assert cache_status(visitor().get(module.url)) == "hit"
    module.title = "Judul yang baru"
    module.save_revision().publish()
    changed = visitor().get(module.url)
    assert cache_status(changed) == "miss" and "Judul yang baru" in changed.content.decode()


def test_an_unpublished_page_disappears_at_once(client, catalogue, module):
    client.get(module.url)
    client.get(catalogue.url)
    module.unpublish()
    assert visitor().get(module.url).status_code == 404
    assert module.title not in visitor().get(catalogue.url).content.decode()


def test_a_moved_or_deleted_page_disappears_at_once(client, home_page, catalogue):
    module = module_with_lessons(catalogue, lessons=1, quiz=False, title="Modul pindahan")
    old_url = module.url
    client.get(old_url)
    about = StandardPageFactory(parent=home_page, title="Arsip", slug="arsip")
    module.move(about, pos="last-child")
    moved = visitor().get(old_url)  # Wagtail's redirect from the old address, not the old page
    assert moved.status_code == 301 and moved["Location"] == "/arsip/modul-pindahan/"
    client.get(about.url)
    about.get_descendants().delete()
    about.delete()
    assert visitor().get(about.url).status_code == 404


def test_a_settings_change_is_served_at_once(client, kelurahan_settings):
    client.get("/")
    kelurahan = kelurahan_settings
    kelurahan.kelurahan_name = "Kelurahan Percobaan"
    kelurahan.save()
    assert "Kelurahan Percobaan" in visitor().get("/").content.decode()


def test_seats_are_counted_at_once_after_a_registration_and_a_cancellation(client, resident):
    session = WorkshopSessionFactory(capacity=5)
    client.get("/en/sessions/")
    assert "5 seats left" in visitor().get("/en/sessions/").content.decode()
    signed_in = Client()
    signed_in.force_login(resident)
    signed_in.post(reverse("courses:session_register", args=[session.pk]))
    assert Registration.objects.filter(session=session).exists()
    assert "4 seats left" in visitor().get("/en/sessions/").content.decode()
    # Cancelling writes with QuerySet.update(), which sends no signal: the POST invalidates.
    signed_in.post(reverse("courses:session_cancel", args=[session.pk]))
    assert "5 seats left" in visitor().get("/en/sessions/").content.decode()


def test_a_resident_marking_a_lesson_done_does_not_invalidate(client, resident, module):
    client.get(module.url)
    signed_in = Client()
    signed_in.force_login(resident)
    first = lessons_of(module)[0]
    done = signed_in.post(reverse("courses:complete_lesson", args=[first.pk]))
    assert done.status_code == 302
    assert cache_status(visitor().get(module.url)) == "hit"


def test_each_language_has_its_own_page(client, home_page, english_home):
    indonesian, english = client.get("/"), client.get("/en/")
    assert '<html lang="id">' in indonesian.content.decode()
    assert '<html lang="en">' in english.content.decode()
    assert cache_status(visitor().get("/en/")) == "hit"
    assert '<html lang="en">' in visitor().get("/en/").content.decode()
    assert '<html lang="id">' in visitor().get("/").content.decode()


def test_conditional_requests_answer_not_modified(client, home_page):
    first = client.get("/")
    assert first["Cache-Control"] == "no-cache"
    by_etag = visitor().get("/", headers={"If-None-Match": first["ETag"]})
    by_date = visitor().get("/", headers={"If-Modified-Since": first["Last-Modified"]})
    assert by_etag.status_code == by_date.status_code == 304
    assert visitor().get("/", headers={"If-None-Match": '"other"'}).status_code == 200


def test_query_strings_outside_the_allow_list_are_rendered(client, catalogue):
    client.get("/modul/?utm_source=wa")
    assert cache_status(visitor().get("/modul/?utm_source=wa")) is None
    client.get("/modul/?topik=kesehatan")
    assert cache_status(visitor().get("/modul/?topik=kesehatan")) == "hit"
    assert cache_status(visitor().get("/modul/?topik=lain")) == "miss"


def test_a_cached_page_keeps_the_security_headers(client, home_page):
    client.get("/")
    hit = visitor().get("/")
    assert cache_status(hit) == "hit"
    assert "script-src 'self'" in hit["Content-Security-Policy"]
    assert "camera=()" in hit["Permissions-Policy"]
    assert hit["X-Frame-Options"] == "DENY"


def test_health_check_and_other_views_are_not_cached(client, home_page):
    for path in ["/healthz", "/search/?q=ktp", "/accounts/login/", "/sertifikat/verifikasi/"]:
        client.get(path)
        assert cache_status(visitor().get(path)) is None, path


def test_a_head_request_is_served_from_a_stored_page(client, home_page):
    client.get("/")
    assert cache_status(visitor().head("/")) == "hit"


def test_writes_to_records_never_shown_keep_the_generation(module, resident):
    token = page_cache.generation()
    lesson = lessons_of(module)[0]
    learning.complete_lesson(resident, module, lesson)
    assert page_cache.generation() == token
    lesson.save_revision().publish()
    assert page_cache.generation() != token


def test_the_cache_can_be_switched_off(client, home_page, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/")
    assert cache_status(visitor().get("/")) is None


def test_pages_work_when_the_cache_folder_cannot_be_written(
    client, home_page, settings, tmp_path, monkeypatch, caplog
):
    monkeypatch.setattr(page_cache, "_warned", set())
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(not_a_folder / "pages"),
        },
    }
    with caplog.at_level(logging.WARNING, logger="cms.page_cache"):
        assert [client.get("/").status_code for _ in range(3)] == [200, 200, 200]
    assert len(caplog.records) == 1 and "cannot be used" in caplog.text


def test_anonymous_pages_are_shared_between_processes_through_the_folder(
    client, home_page, settings, tmp_path
):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "pages"),
        },
    }
    assert cache_status(client.get("/")) == "miss"
    assert cache_status(visitor().get("/")) == "hit"
    page_cache.bump()  # as another process would, through the same folder
    assert cache_status(visitor().get("/")) == "miss"


def test_every_record_listed_as_never_shown_is_a_model_of_the_site():
    from django.apps import apps

    from cms.page_cache_invalidation import NEVER_SHOWN

    only_on_sqlite = {"wagtailsearch.sqliteftsindexentry"}
    models = {model._meta.label_lower for model in apps.get_models()}
    assert models >= NEVER_SHOWN - only_on_sqlite


def test_a_survey_answer_keeps_the_generation(db):
    from ..factories import SurveyPeriodFactory, SurveyResponseFactory

    period = SurveyPeriodFactory()  # a new period may change the footer's survey link
    token = page_cache.generation()
    SurveyResponseFactory(period=period)
    assert page_cache.generation() == token
