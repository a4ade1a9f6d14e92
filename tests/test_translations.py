"""The Indonesian and English catalogues are complete, and the compiled .mo files match them."""

from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parents[1] / "locale"


@pytest.mark.parametrize("language", ["id", "en"])
def test_catalogue_is_complete_and_compiled(language):
    po = polib.pofile(LOCALE / language / "LC_MESSAGES" / "django.po")
    mo = polib.mofile(LOCALE / language / "LC_MESSAGES" / "django.mo")

    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []
    compiled = {entry.msgid: entry.msgstr or entry.msgstr_plural for entry in mo}
    for entry in po:
        expected = entry.msgstr or {int(k): v for k, v in entry.msgstr_plural.items()}
        assert compiled.get(entry.msgid) == expected, f"{entry.msgid!r}: run `make messages`"
