"""The site header: one row with the brand, a Menu button and a search link. The menu folds
into a <details> disclosure, so that it opens without JavaScript (the journeys check its size
on a phone)."""

import pytest

pytestmark = pytest.mark.django_db


def header_of(content: str) -> str:
    return content.split('<header class="site-header">', 1)[1].split("</header>", 1)[0]


def test_the_menu_folds_behind_one_menu_button_and_search_is_one_tap_away(client, home_page):
    header = header_of(client.get("/").content.decode())
    assert header.count("<details") == 1
    assert '<summary class="header-button">' in header
    assert "Menu</summary>" in header
    assert header.index('<nav class="main-nav" aria-label="Menu utama">') > header.index(
        "<summary"
    )
    assert '<a class="header-button header-button--search" href="/search/">' in header
    assert "<form" not in header  # the search form is on the search page only


def test_a_signed_in_resident_finds_the_account_links_in_the_menu(client, home_page, resident):
    client.force_login(resident)
    header = header_of(client.get("/").content.decode())
    account = header.split('<li class="account-menu">', 1)[1]
    for link in ('href="/learning/"', 'href="/sertifikat/"', 'href="/accounts/profile/"'):
        assert link in account
    assert 'action="/accounts/logout/"' in account


def test_the_search_page_has_one_search_box(client, home_page):
    content = client.get("/search/", {"q": "anggaran"}).content.decode()
    assert content.count('type="search"') == 1
    assert 'href="/search/" aria-current="page"' in header_of(content)


def test_the_language_switcher_offers_the_other_language(client, english_home):
    switcher = client.get("/").content.decode().split('class="language-switcher"', 1)[1]
    switcher = switcher.split("</nav>", 1)[0]
    assert 'href="/en/" hreflang="en" lang="en">English</a>' in switcher
    assert "Bahasa Indonesia" not in switcher
