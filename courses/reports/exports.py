"""Exports of the participation report. Every export is logged as a ReportExport: who exported
what with which filter. CSV streams straight to the browser; XLSX is built by a background task
(xlsx.py). Rows are produced one at a time (rows.py), so memory stays flat however many
participants there are."""

import csv

from django.db import transaction
from django.http import StreamingHttpResponse
from django.utils import translation

from .filters import ReportFilters
from .models import ReportExport
from .rows import escape_cell, file_name, rows_of
from .tasks import build_xlsx_export


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
    build_xlsx_export.enqueue(export_id, language)


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
