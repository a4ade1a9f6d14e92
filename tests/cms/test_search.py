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


def test_a_query_with_double_quotes_searches_instead_of_failing(client, standard_page):
    """SQLite's full-text search read a stray " as query syntax and failed with a 500."""
    response = client.get("/search/", {"q": '"Tentang'})
    assert response.status_code == 200
    assert 'href="/tentang/"' in response.content.decode()


def test_results_are_grouped_by_kind(client, standard_page, module):
    content = client.get("/search/", {"q": "Pelajaran"}).content.decode()
    assert "Pelajaran" in content
    assert content.index("Pelajaran</h2>") > 0


def test_a_typo_gets_a_did_you_mean_and_suggestions(client, standard_page):
    content = client.get("/search/", {"q": "tentnag"}).content.decode()
    assert "Maksud Anda:" in content
    assert "?q=tentang" in content
