"""Exports of the participation report. Every export is logged as a ReportExport: who exported
what with which filter. CSV streams straight to the browser; XLSX and the report pack's PDF are
built by a background task (xlsx.py, pack_pdf.py). Rows are produced one at a time (rows.py), so memory stays flat however many
participants there are."""

import csv

from django.conf import settings
from django.db import transaction
from django.http import StreamingHttpResponse
from django.utils import translation

from .filters import ReportFilters
from .models import ReportExport
from .rows import escape_cell, file_name, rows_of
from .tasks import build_pdf_export, build_xlsx_export

BUILT_IN_THE_BACKGROUND = {
    ReportExport.Format.XLSX: build_xlsx_export,
    ReportExport.Format.PDF: build_pdf_export,
}


@transaction.atomic
def log_export(
    user, filters: ReportFilters, kind: str, format: str, narrative: str = ""
) -> ReportExport:
    """Record who exported what. An XLSX or PDF file is then built in the background: a report
    pack in Indonesian, the other exports in the language they were asked for in."""
    task = BUILT_IN_THE_BACKGROUND.get(format)
    export = ReportExport.objects.create(
        requested_by=user,
        kind=kind,
        format=format,
        filters=filters.as_query(),
        narrative=narrative,
        status=ReportExport.Status.PENDING if task else ReportExport.Status.READY,
    )
    if task:
        pack = kind == ReportExport.Kind.PACK
        language = settings.LANGUAGE_CODE if pack else translation.get_language()
        transaction.on_commit(lambda: task.enqueue(export.pk, language))
    return export


@transaction.atomic
def log_pack(user, filters: ReportFilters, narrative: str) -> list[ReportExport]:
    """A report pack for the period of `filters`: its PDF and its XLSX, both logged and built
    in the background, each keeping the narrative."""
    return [
        log_export(user, filters, ReportExport.Kind.PACK, format, narrative)
        for format in (ReportExport.Format.PDF, ReportExport.Format.XLSX)
    ]


def latest_narrative() -> str:
    """The narrative of the last report pack, for the next one to start from."""
    packs = ReportExport.objects.filter(kind=ReportExport.Kind.PACK).exclude(narrative="")
    return packs.order_by("-requested_at", "-pk").values_list("narrative", flat=True).first() or ""


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
