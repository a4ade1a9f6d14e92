"""Wagtail's user bar ("edit this page") shows for staff only, decided at sign-in, so that a
resident's pages do not read their permissions on every request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("who", "shown"), [("resident", False), ("facilitator", True)])
def test_the_user_bar_shows_for_staff_only(client, home_page, request, who, shown):
    client.force_login(request.getfixturevalue(who))
    assert ("<wagtail-userbar" in client.get("/").content.decode()) is shown


def test_a_resident_page_reads_no_permissions(client, home_page, resident):
    client.force_login(resident)
    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/")
    assert not [query for query in queries if "auth_permission" in query["sql"]]
