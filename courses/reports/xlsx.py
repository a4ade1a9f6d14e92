"""XLSX exports, built by a background task into the private "reports" storage: the report's
summary, its participant list, or the report pack with one sheet per table."""

from django.utils.translation import gettext as _
from openpyxl import Workbook

from .filters import ReportFilters
from .models import ReportExport
from .pack import pack_for, pack_sheets
from .rows import escape_cell, participant_rows
from .stored_exports import store_export
from .summary import summary_sections


def write_xlsx(export: ReportExport, language: str) -> ReportExport:
    """Build the export's XLSX file (see stored_exports.store_export)."""
    return store_export(export, language, _save_workbook)


def _save_workbook(export: ReportExport, file) -> None:
    _build_workbook(export).save(file)


def _build_workbook(export: ReportExport) -> Workbook:
    filters, _errors = ReportFilters.from_query(export.filters)
    workbook = Workbook(write_only=True)
    if export.kind == ReportExport.Kind.PACK:
        for table in pack_sheets(pack_for(export)):
            _add_sheet(workbook, table.title, [table.header, *table.rows])
    elif export.kind == ReportExport.Kind.PARTICIPANTS:
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
