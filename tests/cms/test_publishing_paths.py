"""No way round the review workflow: a facilitator (who may add and edit pages but not publish)
cannot make a live page by copying, aliasing, translating, reverting or bulk actions. Each path
Wagtail offers is tried here; a coordinator may publish, so the same request works for them.

The roles translate with wagtail-localize (tests/cms/test_translation_workflow.py); Wagtail's
simple translation, which the admin API's copy for translation needs, is no longer theirs
(cms 0014), but an administrator may give it back: its tests give it back first."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale, Page

from demo import roles

from ..helpers import lessons_of

pytestmark = pytest.mark.django_db
API = "/admin/api/main/pages/"
with translation.override("id"):  # the admin's language
    ALREADY_TRANSLATED = gettext("This page is already translated into that language.")
    ALIAS_REFUSED = gettext(
        "An alias is published at once: only someone who may publish there can make one."
    )


@pytest.fixture
def simple_translation_given_back():
    permission = Permission.objects.get(
        content_type__app_label="simple_translation", codename="submit_translation"
    )
    for role in (roles.FACILITATOR, roles.COORDINATOR):
        Group.objects.get(name=role).permissions.add(permission)


def test_the_roles_no_longer_copy_for_translation(
    client, facilitator, coordinator, standard_page, english_home
):
    english = _english_pages()
    for user in (facilitator, coordinator):
        client.force_login(user)
        response = _action(client, standard_page, "copy_for_translation", locale="en")
        assert response.status_code == 403
    assert _english_pages() == english


def _action(client, page, name, **data):
    return client.post(f"{API}{page.pk}/action/{name}/", data, content_type="application/json")


def _live_pages() -> set[int]:
    return set(Page.objects.live().values_list("pk", flat=True))


def _english_pages() -> set[int]:
    return set(Page.objects.filter(locale__language_code="en").values_list("pk", flat=True))


@pytest.mark.usefixtures("simple_translation_given_back")
def test_a_facilitator_cannot_publish_a_translation_as_an_alias(
    client, facilitator, standard_page, english_home
):
    """A live alias in English, at once, without review."""
    client.force_login(facilitator)
    live = _live_pages()
    response = _action(client, standard_page, "copy_for_translation", locale="en", alias=True)
    assert response.status_code == 403
    assert response.json()["detail"] == ALIAS_REFUSED
    assert _live_pages() == live


@pytest.mark.usefixtures("simple_translation_given_back")
def test_a_facilitator_cannot_publish_untranslated_parents_as_aliases(
    client, facilitator, module, english_home
):
    """copy_parents copies the module and the catalogue above the lesson as live aliases."""
    client.force_login(facilitator)
    live = _live_pages()
    lesson = lessons_of(module)[0]
    response = _action(client, lesson, "copy_for_translation", locale="en", copy_parents=True)
    assert response.status_code == 403
    assert _live_pages() == live


@pytest.mark.usefixtures("simple_translation_given_back")
def test_a_facilitator_translation_is_a_draft_for_review(
    client, facilitator, standard_page, english_home
):
    client.force_login(facilitator)
    response = _action(client, standard_page, "copy_for_translation", locale="en")
    assert response.status_code == 201
    copy = Page.objects.get(pk=response.json()["id"])
    assert copy.locale.language_code == "en" and not copy.live


@pytest.mark.usefixtures("simple_translation_given_back")
def test_the_translation_page_makes_a_draft_too(client, facilitator, standard_page, english_home):
    client.force_login(facilitator)
    url = reverse("simple_translation:submit_page_translation", args=[standard_page.pk])
    english = Locale.objects.get(language_code="en")
    response = client.post(url, {"locales": [english.pk]})
    assert response.status_code == 302
    assert not standard_page.get_translation(english).live


@pytest.mark.usefixtures("simple_translation_given_back")
def test_a_coordinator_may_publish_a_translation_as_an_alias(
    client, coordinator, standard_page, english_home
):
    client.force_login(coordinator)
    response = _action(client, standard_page, "copy_for_translation", locale="en", alias=True)
    assert response.status_code == 201
    assert Page.objects.get(pk=response.json()["id"]).live


@pytest.mark.usefixtures("simple_translation_given_back")
def test_translating_a_page_again_is_explained_not_a_server_error(
    client, coordinator, standard_page, english_home
):
    client.force_login(coordinator)
    assert _action(client, standard_page, "copy_for_translation", locale="en").status_code == 201
    english = _english_pages()
    client.raise_request_exception = False
    for alias in (False, True):
        response = _action(client, standard_page, "copy_for_translation", locale="en", alias=alias)
        assert response.status_code == 400
        assert response.json()["message"] == ALREADY_TRANSLATED
    assert _english_pages() == english


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("copy", {"keep_live": True}),
        ("copy", {"keep_live": True, "recursive": True}),
        ("create_alias", {}),
        ("create_alias", {"recursive": True}),
        ("publish", {}),
    ],
)
def test_wagtails_other_api_actions_refuse_to_publish(client, facilitator, module, name, data):
    client.force_login(facilitator)
    draft = lessons_of(module)[0]
    draft.unpublish()
    live = _live_pages()
    for page in (module, draft):
        response = _action(client, page, name, **data)
        assert response.status_code in {400, 403}, (page, response.content)
    assert _live_pages() == live


def test_copying_in_the_admin_keeps_the_copy_a_draft(client, facilitator, module, catalogue):
    client.force_login(facilitator)
    live = _live_pages()
    for option in ("publish_copies", "alias"):
        client.post(
            reverse("wagtailadmin_pages:copy", args=[module.pk]),
            {
                "new_title": f"Salinan {option}",
                "new_slug": f"salinan-{option.replace('_', '-')}",
                "new_parent_page": catalogue.pk,
                "copy_subpages": "on",
                option: "on",
            },
        )
    assert _live_pages() == live


def test_bulk_publishing_is_refused(client, facilitator, module):
    client.force_login(facilitator)
    draft = lessons_of(module)[0]
    draft.unpublish()
    url = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={draft.pk}"
    )
    client.post(url, {"include_descendants": "on"})
    draft.refresh_from_db()
    assert not draft.live


def test_reverting_makes_a_draft_not_a_live_change(client, facilitator, standard_page):
    first = standard_page.save_revision()
    first.publish()
    standard_page.title = "Judul baru"
    standard_page.save_revision().publish()
    client.force_login(facilitator)
    response = _action(client, standard_page, "revert_to_page_revision", revision_id=first.pk)
    assert response.status_code == 200
    standard_page.refresh_from_db()
    assert standard_page.title == "Judul baru" and standard_page.has_unpublished_changes
