"""XLSX exports, built by a background task into the private "reports" storage."""

import logging
import tempfile
from datetime import timedelta

from django.conf import settings
from django.core.files import File
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from openpyxl import Workbook

from .filters import ReportFilters
from .models import ReportExport
from .rows import escape_cell, file_name, participant_rows
from .summary import summary_sections

logger = logging.getLogger(__name__)


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
