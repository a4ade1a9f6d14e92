"""An id too large for the database (SQLite keeps 64 bits and raises OverflowError beyond them)
is a 404 in a URL and "no such choice" in a form, never a server error."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from ..factories import WorkshopSessionFactory

pytestmark = pytest.mark.django_db
HUGE = str(2**63)  # one more than the largest 64-bit integer
OURS = ("cms.", "courses.", "certificates.")
OUR_NAMESPACES = {"courses", "certificates", "certificates_admin", "report_exports"}


def _routes():
    def walk(resolver, prefix, namespace):
        for item in resolver.url_patterns:
            route = prefix + str(item.pattern)
            if isinstance(item, URLResolver):
                yield from walk(item, route, item.namespace or namespace)
            elif isinstance(item, URLPattern):
                yield route, item.callback.__module__, namespace

    return list(walk(get_resolver(), "", None))


def test_every_id_in_our_urls_is_bounded():
    ours = [
        route
        for route, module, namespace in _routes()
        if module.startswith(OURS) or namespace in OUR_NAMESPACES
    ]
    assert any("<id:" in route for route in ours)
    assert [route for route in ours if "<int:" in route] == []


@pytest.mark.parametrize(
    "path",
    [
        f"/admin/certificates/{HUGE}/",
        f"/admin/api/main/pages/{HUGE}/",
        f"/admin/participation/exports/{HUGE}/",
        f"/admin/participation/modules/{HUGE}/",
        f"/admin/sessions/{HUGE}/attendance/",
        f"/admin/sessions/edit/{HUGE}/",
        f"/sessions/{HUGE}/",
        f"/guides/{HUGE}/brochure/",
    ],
)
def test_a_huge_id_in_a_url_is_not_found(client, coordinator, path):
    client.force_login(coordinator)
    assert client.get(path).status_code == 404


def test_a_huge_module_in_the_report_filter_is_explained(client, official, home_page):
    """In the admin's query strings such a number is refused before any view (most are
    Wagtail's) reads it: cms/request_checks.py. One that fits is no such module."""
    client.force_login(official)
    response = client.get("/admin/participation/", {"module": HUGE})
    assert response.status_code == 400
    response = client.get("/admin/participation/", {"module": "9" * 18})
    assert response.status_code == 200
    assert "Modul itu tidak ada." in response.content.decode()


def test_a_huge_registration_on_the_attendance_sheet_is_refused(client, coordinator):
    session = WorkshopSessionFactory()
    client.force_login(coordinator)
    url = f"/admin/sessions/{session.pk}/attendance/check-in/"
    response = client.post(url, {"registration": HUGE})
    assert response.status_code == 302
    assert not session.attendances.exists()
