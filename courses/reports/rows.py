"""The rows of a participation report export, whatever its format: the summary's sections or
the participant list, produced one at a time. A cell a spreadsheet would run as a formula gets a
leading apostrophe."""

from collections.abc import Iterator

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from .filters import JAKARTA, ReportFilters
from .models import ReportExport
from .participants import participants
from .scope import Scope
from .summary import summary_sections

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CHUNK_SIZE = 2000


def escape_cell(value):
    """Text a spreadsheet would read as a formula is made plain text, without the control
    characters an XLSX file cannot hold (rows stored before names were cleaned may have them)."""
    if not isinstance(value, str):
        return value
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def file_name(export: ReportExport) -> str:
    if export.kind == ReportExport.Kind.PACK:
        prefix = "paket-laporan"
    else:
        prefix = "peserta" if export.contains_personal_data else "laporan-partisipasi"
    return (
        f"{prefix}-{timezone.localtime(export.requested_at, JAKARTA):%Y%m%d-%H%M}.{export.format}"
    )


def rows_of(kind: str, filters: ReportFilters) -> Iterator[list]:
    """The export's rows. Headings are translated now, in the requester's language, since a
    streamed response is written after the view has returned."""
    if kind == ReportExport.Kind.PARTICIPANTS:
        return participant_rows(filters)
    rows = []
    for title, header, section_rows in summary_sections(filters):
        rows += [[title], header, *section_rows, []]
    return iter(rows)


def participant_rows(filters: ReportFilters) -> Iterator[list]:
    header = [
        _("Module"),
        _("Name"),
        "RW",
        _("Has an account"),
        _("Enrolled on"),
        _("Completed on"),
        _("Came to a session"),
    ]
    yes, no = _("yes"), _("no")

    def day(moment):
        return timezone.localtime(moment, JAKARTA).date() if moment else None

    def rows():
        yield header
        for row in participants(Scope(filters)).iterator(chunk_size=CHUNK_SIZE):
            yield [
                row["module_title"],
                row["person"],
                row["person_rw"],
                yes if row["person_id"] else no,
                day(row["enrolled"]),
                day(row["completed"]),
                yes if row["attended"] else no,
            ]

    return rows()
