import pytest
from wagtail.models import Page, Site

from cms import demo
from cms.models import HomePage, User

pytestmark = pytest.mark.django_db


def test_load_demo_twice_creates_everything_once(tmp_path, monkeypatch, client):
    monkeypatch.setattr(demo, "CREDENTIALS_FILE", tmp_path / "credentials")
    first = demo.load_demo()
    counts = (Page.objects.count(), User.objects.count())
    second = demo.load_demo()

    assert first.created_site and not second.created_site
    assert second.password == first.password
    assert (Page.objects.count(), User.objects.count()) == counts
    assert isinstance(Site.objects.get(is_default_site=True).root_page.specific, HomePage)
    assert client.get("/").status_code == 200
    assert client.get("/en/about/").status_code == 200
    assert client.login(email="koordinator@akademiwarga.test", password=first.password)
