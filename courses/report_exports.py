"""Exports of the participation report. CSV streams straight to the browser; XLSX is built by a
background task into the private "reports" storage. Every export is logged as a ReportExport.
Rows are produced one at a time, so memory stays flat however many participants there are.
A cell a spreadsheet would run as a formula gets a leading apostrophe."""

import csv
import logging
import tempfile
from collections.abc import Iterator
from datetime import timedelta

from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.http import StreamingHttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from .models import ReportExport
from .report_filters import JAKARTA, ReportFilters
from .report_participants import participants
from .report_scope import Scope
from .report_summary import summary_sections

logger = logging.getLogger(__name__)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CHUNK_SIZE = 2000


def escape_cell(value):
    """Text a spreadsheet would read as a formula is made plain text, without the control
    characters an XLSX file cannot hold (rows stored before names were cleaned may have them)."""
    if not isinstance(value, str):
        return value
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


@transaction.atomic
def log_export(user, filters: ReportFilters, kind: str, format: str) -> ReportExport:
    """Record who exported what. An XLSX file is then built in the background."""
    export = ReportExport.objects.create(
        requested_by=user,
        kind=kind,
        format=format,
        filters=filters.as_query(),
        status=ReportExport.Status.PENDING
        if format == ReportExport.Format.XLSX
        else ReportExport.Status.READY,
    )
    if format == ReportExport.Format.XLSX:
        language = translation.get_language()
        transaction.on_commit(lambda: _enqueue(export.pk, language))
    return export


def _enqueue(export_id: int, language: str) -> None:
    from .tasks import build_xlsx_export

    build_xlsx_export.enqueue(export_id, language)


def file_name(export: ReportExport) -> str:
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


class _Echo:
    """A file-like object that hands back what is written, for csv.writer."""

    def write(self, value: str) -> str:
        return value


def csv_response(export: ReportExport, filters: ReportFilters) -> StreamingHttpResponse:
    writer = csv.writer(_Echo())
    rows = rows_of(export.kind, filters)

    def lines():
        yield "\ufeff"  # so spreadsheet programs read the file as UTF-8
        for row in rows:
            yield writer.writerow(["" if value is None else escape_cell(value) for value in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{file_name(export)}"'
    return response


def write_xlsx(export: ReportExport, language: str) -> ReportExport:
    """Build the export's XLSX file (the background task calls this). On any error the export
    is marked failed, so the requester sees it and can try again. An export that is no longer
    pending is left alone, so running this twice (a retried task, `recover_interrupted_work`)
    builds it once; the row points at the file only once the file is stored whole."""
    if export.status != ReportExport.Status.PENDING:
        return export
    try:
        with translation.override(language), tempfile.TemporaryFile() as file:
            _build_workbook(export).save(file)
            file.seek(0)
            export.file.save(file_name(export), File(file), save=False)
        outcome = {"file": export.file.name, "status": ReportExport.Status.READY}
    except Exception:
        logger.exception("Building report export %s failed", export.pk)
        outcome = {"status": ReportExport.Status.FAILED}
    finished = ReportExport.objects.filter(
        pk=export.pk, status=ReportExport.Status.PENDING
    ).update(**outcome)
    if not finished and export.file:
        export.file.delete(save=False)  # another run finished it first
    export.refresh_from_db()
    return export


def build_pending_xlsx(older_than_seconds: float) -> int:
    """Build the XLSX exports still pending after that long (their worker was killed, or
    their task was lost). Returns how many are ready now."""
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    pending = ReportExport.objects.filter(
        format=ReportExport.Format.XLSX,
        status=ReportExport.Status.PENDING,
        requested_at__lte=cutoff,
    ).select_related("requested_by__profile")
    built = [write_xlsx(export, _language_of(export)) for export in pending]
    return sum(export.status == ReportExport.Status.READY for export in built)


def _language_of(export: ReportExport) -> str:
    """The requester's preferred language: the row does not keep the one the export was asked
    for in, which only the lost task knew."""
    profile = getattr(export.requested_by, "profile", None)
    return profile.preferred_language if profile else settings.LANGUAGE_CODE


def _build_workbook(export: ReportExport) -> Workbook:
    filters, _errors = ReportFilters.from_query(export.filters)
    workbook = Workbook(write_only=True)
    if export.kind == ReportExport.Kind.PARTICIPANTS:
        _add_sheet(workbook, _("Participants"), participant_rows(filters))
    else:
        for title, header, rows in summary_sections(filters):
            _add_sheet(workbook, title, [header, *rows])
    return workbook


def _add_sheet(workbook: Workbook, title: str, rows) -> None:
    sheet = workbook.create_sheet(title=_sheet_title(title))
    for row in rows:
        sheet.append([escape_cell(value) for value in row])


def _sheet_title(title: str) -> str:
    """Sheet names may not hold []:*?/\\ and are at most 31 characters long."""
    return "".join(" " if char in "[]:*?/\\" else char for char in str(title))[:31]
