"""Translating with wagtail-localize under the review workflow: a facilitator translates and
submits, a coordinator approves and so publishes; no way for a facilitator to publish a
translation directly. The PO files for outside translators go out and come back."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from cms.templatetags.translation_tags import translation_out_of_date

pytestmark = pytest.mark.django_db


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


def _translate_page(client, page, locale):
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    response = client.post(url, {"locales": [locale.pk]})
    assert response.status_code == 302
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)


def _translate_every_string(translation, user, prefix="EN "):
    for segment in StringSegment.objects.filter(source=translation.source):
        StringTranslation.objects.update_or_create(
            translation_of_id=segment.string_id,
            locale=translation.target_locale,
            context_id=segment.context_id,
            defaults={"data": prefix + segment.string.data, "last_translated_by": user},
        )


def _approve(client, page):
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, "approve", state.current_task_state.pk],
    )
    return client.post(url, {"comment": ""})


def test_a_new_translation_is_a_draft_even_of_a_live_page(
    client, facilitator, standard_page, english_home, english
):
    client.force_login(facilitator)
    translation = _translate_page(client, standard_page, english)
    page = translation.get_target_instance()
    assert page.locale == english and not page.live
    assert page.slug == standard_page.slug  # synchronised from the source


def test_a_facilitator_submits_and_a_coordinator_publishes(
    client, facilitator, coordinator, standard_page, english_home, english
):
    client.force_login(facilitator)
    translation = _translate_page(client, standard_page, english)
    _translate_every_string(translation, facilitator)
    response = client.post(reverse("submit_translation_for_review", args=[translation.pk]))
    page = Page.objects.get(pk=translation.get_target_instance().pk)
    assert response.status_code == 302
    assert not page.live
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS

    client.force_login(coordinator)
    assert _approve(client, page).status_code in {200, 302}
    page.refresh_from_db()
    assert page.live and page.title == "EN Tentang kami"


def test_a_facilitator_cannot_publish_from_the_translation_editor(
    client, facilitator, standard_page, english_home, english
):
    client.force_login(facilitator)
    translation = _translate_page(client, standard_page, english)
    page = translation.get_target_instance()
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}
    )
    assert response.status_code in {302, 403}  # the admin turns a refusal into a redirect
    assert not Page.objects.get(pk=page.pk).live


def test_syncing_publishes_only_for_those_who_may_publish(
    client, facilitator, coordinator, standard_page, english_home, english
):
    client.force_login(facilitator)
    translation = _translate_page(client, standard_page, english)
    url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    form = client.get(url).context["form"]
    assert "publish_translations" not in form.fields
    client.post(url, {"publish_translations": "on"})
    page = translation.get_target_instance()
    assert not Page.objects.get(pk=page.pk).live

    client.force_login(coordinator)
    assert "publish_translations" in client.get(url).context["form"].fields


def test_a_translation_is_out_of_date_once_its_source_is_published_again(
    client, coordinator, standard_page, english_home, english
):
    client.force_login(coordinator)
    translation = _translate_page(client, standard_page, english)
    assert not translation_out_of_date(translation)

    standard_page.introduction = "Kalimat yang baru."
    standard_page.save_revision().publish()
    translation.refresh_from_db()
    assert translation_out_of_date(translation)
    editor = client.get(
        reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    )
    assert b"data-translation-out-of-date" in editor.content

    url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    assert client.post(url, {}).status_code == 302
    translation.refresh_from_db()
    assert not translation_out_of_date(translation)
    assert "Kalimat yang baru." in translation.export_po().__str__()


def test_po_files_go_out_and_come_back(client, facilitator, standard_page, english_home, english):
    client.force_login(facilitator)
    translation = _translate_page(client, standard_page, english)
    download = reverse("wagtail_localize:download_pofile", args=[translation.pk])
    po = polib.pofile(client.get(download).content.decode())
    for entry in po:
        entry.msgstr = "Translated: " + entry.msgid
    upload = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    file = SimpleUploadedFile("page.po", str(po).encode(), "text/x-gettext-translation")
    assert client.post(upload, {"file": file}).status_code == 302
    total, translated = translation.get_progress()
    assert total == translated > 0


def test_no_machine_translator_is_configured(client, facilitator, settings):
    assert not getattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR", None)


def test_submitting_needs_the_right_to_edit_the_page(
    client, facilitator, official, standard_page, english_home, english
):
    client.force_login(facilitator)
    translation = _translate_page(client, standard_page, english)
    client.force_login(official)
    response = client.post(reverse("submit_translation_for_review", args=[translation.pk]))
    assert response.status_code in {302, 403}
    assert not WorkflowState.objects.filter(
        object_id=str(translation.get_target_instance().pk)
    ).exists()
