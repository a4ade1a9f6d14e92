"""Pages are found by their whole path at once (cms/routing.py): the same pages answer as with
Wagtail's step-by-step routing, in the same few queries however deep the page is."""

import pytest
from wagtail.models import PageViewRestriction

from ..factories import StandardPageFactory
from ..helpers import assert_same_queries, lessons_of, query_count

pytestmark = pytest.mark.django_db


def test_pages_at_every_depth_are_found(client, module, standard_page):
    lesson = lessons_of(module)[0]
    for page in (standard_page, module.get_parent(), module, lesson):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert response.context["page"].pk == page.pk
        assert type(response.context["page"]) is type(page.specific)


def test_english_pages_are_found_in_the_english_tree(client, english_home):
    about = StandardPageFactory(parent=english_home, title="About", slug="about")
    assert client.get("/en/about/").context["page"].pk == about.pk
    assert client.get("/about/").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/modul/tidak-ada/",  # no such module
        "/modul/modul-x/pelajaran-1/extra/",  # below a lesson
        "/pelajaran-1/",  # a lesson's slug without its module
        "/modul//pelajaran-1/",
    ],
)
def test_unknown_paths_are_not_found(client, make_module, path):
    make_module(slug="modul-x")
    assert client.get(path).status_code == 404


def test_a_draft_page_is_not_found_but_its_live_children_are(client, module):
    lesson = lessons_of(module)[0]
    module.unpublish()
    assert client.get(module.url_path.replace("/beranda", "", 1)).status_code == 404
    assert client.get(lesson.url).status_code == 200  # as with Wagtail's own routing


def test_a_restricted_section_asks_for_sign_in_on_its_pages(client, module):
    lesson = lessons_of(module)[0]
    PageViewRestriction.objects.create(page=module, restriction_type="login")
    response = client.get(lesson.url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_routing_costs_the_same_queries_at_depth_2_and_4(client, module, standard_page):
    deep_parent = StandardPageFactory(parent=standard_page, title="Bagian", slug="bagian")
    deepest = StandardPageFactory(parent=deep_parent, title="Rinci", slug="rinci")
    shallow = query_count(client, standard_page.url)
    deep = query_count(client, deepest.url)
    assert_same_queries(shallow, deep, most=shallow[0], page=deepest.url)


def test_a_moved_page_answers_at_its_new_address(client, standard_page, catalogue):
    page = StandardPageFactory(parent=standard_page, title="Pindah", slug="pindah")
    old = page.url
    page.move(catalogue.get_parent(), pos="last-child")
    assert client.get("/pindah/").status_code == 200
    response = client.get(old)  # Wagtail's automatic redirect
    assert (response.status_code, response["Location"]) == (301, "/pindah/")
