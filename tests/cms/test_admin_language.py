"""Indonesian staff read the admin in Indonesian: no string of Wagtail's that staff see lacks a
translation (cms/catalogue_additions.py fills the gaps of Wagtail's catalogue), and where Wagtail
and allauth disagree, the site's own words win."""

import html
import re
from functools import cache
from pathlib import Path

import polib
import pytest
import wagtail
from django.conf import settings
from django.core import mail
from django.urls import reverse
from wagtail.users.models import UserProfile

from tests.factories import WorkshopSessionFactory

pytestmark = pytest.mark.django_db

WAGTAIL = Path(wagtail.__file__).parent
# Text between tags, labels of controls, and the labels in the JSON the admin's menus are built
# from.
TEXT = re.compile(r">([^<>]+)<")
ATTRIBUTES = re.compile(r'(?:aria-label|title|placeholder)="([^"]+)"')
SCRIPT = re.compile(r"<script.*?</script>", re.DOTALL)
MENU_LABELS = re.compile(r'"label": "([^"]+)"')


@cache
def _wagtail_strings_without_indonesian() -> frozenset[str]:
    missing = set()
    for english in WAGTAIL.glob("**/locale/en/LC_MESSAGES/django.po"):
        indonesian = Path(str(english).replace("/en/", "/id_ID/"))
        translated = set()
        if indonesian.exists():
            translated = {entry.msgid for entry in polib.pofile(indonesian) if entry.msgstr}
        missing |= {entry.msgid for entry in polib.pofile(english)} - translated
    return frozenset(missing)


@cache
def _our_strings() -> frozenset[str]:
    catalogue = polib.pofile(Path(settings.LOCALE_PATHS[0]) / "id" / "LC_MESSAGES" / "django.po")
    return frozenset(entry.msgid for entry in catalogue if entry.msgstr)


def _untranslated_on(response) -> set[str]:
    markup = html.unescape(response.content.decode())
    without_scripts = SCRIPT.sub(" ", markup)
    shown = TEXT.findall(without_scripts) + ATTRIBUTES.findall(without_scripts)
    shown = {re.sub(r"\s+", " ", text).strip() for text in shown + MENU_LABELS.findall(markup)}
    return shown & _wagtail_strings_without_indonesian() - _our_strings()


def _untranslated_on_pages(client, urls) -> dict[str, str]:
    """Each untranslated string, with the first of the pages that shows it."""
    found = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        for text in _untranslated_on(response):
            found.setdefault(text, url)
    return found


@pytest.fixture
def indonesian_staff(client, facilitator, coordinator):
    for user in (facilitator, coordinator):
        UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "id"})
    return client


def test_admin_pages_facilitators_use_are_all_in_indonesian(indonesian_staff, facilitator, module):
    lesson = module.get_children().first()
    indonesian_staff.force_login(facilitator)
    urls = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[module.pk]),
        reverse("wagtailadmin_pages:edit", args=[module.pk]),
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        reverse("wagtailadmin_pages:history", args=[module.pk]),
        reverse("wagtailimages:index"),
        reverse("wagtailadmin_account"),
    ]
    assert _untranslated_on_pages(indonesian_staff, urls) == {}


def test_admin_pages_coordinators_use_are_all_in_indonesian(indonesian_staff, coordinator, module):
    WorkshopSessionFactory(module=module)
    indonesian_staff.force_login(coordinator)
    urls = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_reports:workflow"),
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtailadmin_reports:locked_pages"),
        reverse("participation_report"),
        "/admin/sessions/",
        "/admin/certificates/",
    ]
    assert _untranslated_on_pages(indonesian_staff, urls) == {}


def test_sign_in_words_are_the_sites_own_not_wagtails(client):
    page = client.get(reverse("account_login")).content.decode()
    assert "Kata sandi" in page
    assert "Kata Kunci" not in page
    assert "Email/Surel" not in page


def test_submit_for_review_reads_as_a_verb(indonesian_staff, facilitator, module):
    indonesian_staff.force_login(facilitator)
    page = indonesian_staff.get(reverse("wagtailadmin_pages:edit", args=[module.pk]))
    assert f"Ajukan ke {module.get_workflow().name}" in page.content.decode()
    assert "Pengajuan ke" not in page.content.decode()


def test_moderation_email_is_all_in_indonesian(indonesian_staff, facilitator, coordinator, module):
    mail.outbox.clear()
    module.save_revision(user=facilitator)
    module.get_workflow().start(module, facilitator)

    (message,) = [message for message in mail.outbox if coordinator.email in message.to]
    assert message.subject.startswith(f'Halaman "{module.title}" diajukan')
    assert message.body.startswith("Halo ")
    assert "has been" not in message.body
    assert "Apa kabar" not in message.body
