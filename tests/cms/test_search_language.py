"""Search searches the reader's language; on PostgreSQL each language with its own stemmer."""

import pytest
from django.db import connection
from wagtail.models import Locale

from ..factories import StandardPageFactory

pytestmark = pytest.mark.django_db
postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming is PostgreSQL's text search"
)


@pytest.fixture
def english_page(english_home):
    return StandardPageFactory(
        parent=english_home,
        locale=Locale.objects.get(language_code="en"),
        title="Registering a child for school",
        slug="school",
        introduction="How schools choose pupils.",
    )


def test_an_english_reader_finds_english_pages(client, english_page, standard_page):
    html = client.get("/en/search/", {"q": "Registering"}).content.decode()
    assert 'href="/en/school/"' in html
    assert 'href="/tentang/"' not in client.get("/en/search/", {"q": "Tentang"}).content.decode()


@postgresql_only
def test_english_is_stemmed_in_english(client, english_page):
    html = client.get("/en/search/", {"q": "register schooling"}).content.decode()
    assert 'href="/en/school/"' in html


@postgresql_only
def test_indonesian_is_still_stemmed_in_indonesian(client, home_page):
    StandardPageFactory(parent=home_page, title="Pembuatan KTP", slug="ktp")
    assert 'href="/ktp/"' in client.get("/search/", {"q": "membuat"}).content.decode()
