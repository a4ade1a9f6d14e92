import pytest

pytestmark = pytest.mark.django_db


def test_search_finds_a_live_page_in_the_current_language(client, standard_page):
    response = client.get("/search/", {"q": "Tentang"})
    assert response.status_code == 200
    assert 'href="/tentang/"' in response.content.decode()


def test_empty_search_shows_the_form_only(client, home_page):
    response = client.get("/search/")
    assert response.status_code == 200
    assert "hasil untuk" not in response.content.decode()


@pytest.mark.parametrize(
    "query",
    ["x" * 5000, "<script>alert(1)</script>", "' OR 1=1 --", "مرحبا", "\u202eabc", "%%%", "🙂"],
)
def test_odd_queries_never_fail_and_are_escaped(client, home_page, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_search_pages_through_results(client, home_page):
    from ..factories import StandardPageFactory

    for number in range(12):
        StandardPageFactory(parent=home_page, title=f"Panduan layanan {number}")
    first = client.get("/search/", {"q": "layanan"}).content.decode()
    second = client.get("/search/", {"q": "layanan", "page": "2"}).content.decode()
    assert 'rel="next"' in first
    assert "Halaman 2 dari 2" in second
