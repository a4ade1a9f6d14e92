"""Translating pages with wagtail-localize: facilitators and coordinators may start a translation
(its "Translate this page" and "Sync translated pages"). Publishing a translation still needs the
right to publish, which only coordinators hold: a facilitator's translation goes through the
review workflow. Wagtail's simple translation, which copied a page without keeping it in step
with its source, is taken away from them so that there is one way to translate."""

from django.db import migrations

from cms.grants import grant_operation

LOCALIZE = ("wagtail_localize", "translation", "submit_translation", "Can submit translations")
SIMPLE = ("simple_translation", "simpletranslation", "submit_translation", "Can submit translations")
ROLES = ("facilitator", "coordinator")

grant_localize = grant_operation({role: [LOCALIZE] for role in ROLES})
grant_simple = grant_operation({role: [SIMPLE] for role in ROLES})


class Migration(migrations.Migration):

    dependencies = [
        ("cms", "0013_email_choice_and_sent_emails"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        grant_localize,
        # Granting simple translation, reversed: taken away, and given back when unapplied.
        migrations.RunPython(grant_simple.reverse_code, grant_simple.code),
    ]
