"""A third language is configuration (docs/translation.md): LANGUAGES and a catalogue, then a
locale in the admin and translations of the pages. Sundanese here exists only in this test:
its catalogue is written to a temporary folder."""

from io import StringIO

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Locale
from wagtail_localize.models import Translation
from wagtail_localize.operations import translate_object

from .factories import GuideIndexPageFactory, GuidePageFactory

pytestmark = pytest.mark.django_db
SUNDANESE = ("su", "Basa Sunda")


@pytest.fixture
def sundanese(settings, tmp_path):
    catalogue = polib.POFile()
    catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "su"}
    catalogue.append(polib.POEntry(msgid="Search", msgstr="Milarian"))
    folder = tmp_path / "su" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    catalogue.save_as_mofile(str(folder / "django.mo"))
    settings.LANGUAGES = [*settings.LANGUAGES, SUNDANESE]
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES
    settings.WAGTAILADMIN_PERMITTED_LANGUAGES = settings.LANGUAGES
    settings.LOCALE_PATHS = [*settings.LOCALE_PATHS, tmp_path]
    return Locale.objects.create(language_code="su")


def _translate_and_publish(page, locale):
    translate_object(page, [locale])
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale
    )
    translation.save_target(publish=False)
    target = translation.get_target_instance()
    target.get_latest_revision().publish()
    return target


def test_adding_a_language_needs_no_migration(sundanese):
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


def test_a_third_language_serves_its_pages_in_its_words(client, sundanese, home_page):
    _translate_and_publish(home_page, sundanese)
    response = client.get("/su/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="su"' in html
    assert "Milarian" in html  # the interface, from the catalogue
    assert 'hreflang="id"' in html and 'hreflang="en"' in html  # the switcher offers the others


def test_untranslated_guides_show_in_the_source_language_named_in_it(client, sundanese, home_page):
    _translate_and_publish(home_page, sundanese)
    index = GuideIndexPageFactory(parent=home_page)
    GuidePageFactory(parent=index, slug="ktp")
    _translate_and_publish(index, sundanese)
    html = client.get(f"/su/{index.slug}/").content.decode()
    assert 'href="/hak-dan-kewajiban/ktp/" lang="id"' in html
    assert 'class="language-note"' in html
    assert settings.LANGUAGE_CODE == "id"
