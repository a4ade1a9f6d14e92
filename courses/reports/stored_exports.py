"""Export files built in the background (XLSX, and the report pack's PDF) into the private
"reports" storage: written whole or not at all, once however often the task runs."""

import logging
import tempfile
from collections.abc import Callable
from typing import IO

from django.core.files import File
from django.utils import translation

from .models import ReportExport
from .rows import file_name

logger = logging.getLogger(__name__)


def store_export(
    export: ReportExport, language: str, write: Callable[[ReportExport, IO[bytes]], None]
) -> ReportExport:
    """Build the export's file with `write` (the background task calls this). On any error the
    export is marked failed, so the requester sees it and can try again. An export that is no
    longer pending is left alone, so running this twice (a retried task,
    `recover_interrupted_work`) builds it once; the row points at the file only once the file
    is stored whole."""
    if export.status != ReportExport.Status.PENDING:
        return export
    try:
        with translation.override(language), tempfile.TemporaryFile() as file:
            write(export, file)
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
