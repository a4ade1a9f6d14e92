import pytest
import wagtail_factories
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Collection, Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from cms.models import StandardPage
from demo import roles

pytestmark = pytest.mark.django_db


def _add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["cms", "standardpage", parent.pk])


def _page_form(title, **actions):
    data = nested_form_data(
        {
            "title": title,
            "slug": title.lower().replace(" ", "-"),
            "introduction": "Pengantar",
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    return {**data, **actions}


def test_roles_exist_with_admin_access():
    for name in roles.STAFF_ROLES:
        assert Group.objects.get(name=name).permissions.filter(codename="access_admin").exists()
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()


def test_resident_cannot_open_the_admin(client, home_page, resident):
    client.force_login(resident)
    response = client.get("/admin/")
    assert response.status_code == 403
    assert "Hanya untuk staf kelurahan" in response.content.decode()


def test_anonymous_visitor_is_sent_to_log_in(client, home_page):
    response = client.get("/admin/pages/")
    assert response.status_code == 302


def test_official_can_open_the_admin_but_not_add_pages(client, home_page, official):
    client.force_login(official)
    assert client.get("/admin/").status_code == 200
    response = client.post(_add_url(home_page), _page_form("Laporan"))
    assert response.status_code in {302, 403}
    assert not StandardPage.objects.filter(title="Laporan").exists()


def test_facilitator_creates_a_draft_but_cannot_publish(client, home_page, facilitator):
    client.force_login(facilitator)
    response = client.post(
        _add_url(home_page), _page_form("Modul anggaran", **{"action-publish": "1"})
    )
    assert response.status_code == 302
    page = StandardPage.objects.get(title="Modul anggaran")
    assert not page.live
    assert page.owner == facilitator


def test_coordinator_can_publish(client, home_page, coordinator):
    client.force_login(coordinator)
    client.post(_add_url(home_page), _page_form("Panduan KTP", **{"action-publish": "1"}))
    assert StandardPage.objects.get(title="Panduan KTP").live


def test_facilitator_submits_for_review_and_coordinator_approves(
    client, home_page, facilitator, coordinator
):
    client.force_login(facilitator)
    client.post(_add_url(home_page), _page_form("Musrenbang", **{"action-submit": "1"}))
    page = StandardPage.objects.get(title="Musrenbang")
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == "Persetujuan koordinator"

    client.force_login(coordinator)
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, "approve", state.current_task_state.pk],
    )
    response = client.post(approve_url, {"comment": "Bagus"})
    assert response.status_code in {200, 302}

    page.refresh_from_db()
    assert page.live
    assert Page.objects.get(pk=page.pk).live


def test_facilitator_cannot_approve_their_own_submission(client, home_page, facilitator):
    client.force_login(facilitator)
    client.post(_add_url(home_page), _page_form("Advokasi", **{"action-submit": "1"}))
    page = StandardPage.objects.get(title="Advokasi")
    state = WorkflowState.objects.get(object_id=str(page.pk))
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, "approve", state.current_task_state.pk],
    )
    response = client.post(approve_url, {"comment": ""})
    assert response.status_code in {302, 403}
    page.refresh_from_db()
    assert not page.live


@pytest.mark.parametrize(
    ("factory", "delete_url"),
    [
        (wagtail_factories.ImageFactory, "/admin/images/{}/delete/"),
        (wagtail_factories.DocumentFactory, "/admin/documents/delete/{}/"),
    ],
)
def test_facilitator_deletes_own_uploads_only(
    client, facilitator, coordinator, factory, delete_url
):
    """Wagtail lets whoever may change an image or document delete it: facilitators may
    change only what they uploaded, so a coordinator's upload in a live lesson stays."""
    root = Collection.get_first_root_node()
    theirs = factory(collection=root, uploaded_by_user=coordinator)
    own = factory(collection=root, uploaded_by_user=facilitator)
    model = type(own)
    client.force_login(facilitator)

    response = client.post(delete_url.format(theirs.pk))
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert model.objects.filter(pk=theirs.pk).exists()

    client.post(delete_url.format(own.pk))
    assert not model.objects.filter(pk=own.pk).exists()

    client.force_login(coordinator)
    client.post(delete_url.format(theirs.pk))
    assert not model.objects.filter(pk=theirs.pk).exists()
