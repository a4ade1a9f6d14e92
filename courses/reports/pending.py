"""Exports whose background task was lost (a killed worker): built by
`recover_interrupted_work`, in the language the export is made in."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from .models import ReportExport
from .pack_pdf import write_pdf
from .xlsx import write_xlsx

BUILDERS = {ReportExport.Format.XLSX: write_xlsx, ReportExport.Format.PDF: write_pdf}


def build_pending_exports(older_than_seconds: float) -> int:
    """Build the XLSX and PDF exports still pending after that long (their worker was killed,
    or their task was lost). Returns how many are ready now."""
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    pending = ReportExport.objects.filter(
        format__in=BUILDERS, status=ReportExport.Status.PENDING, requested_at__lte=cutoff
    ).select_related("requested_by__profile")
    built = [BUILDERS[export.format](export, language_of(export)) for export in pending]
    return sum(export.status == ReportExport.Status.READY for export in built)


def language_of(export: ReportExport) -> str:
    """A report pack is in Indonesian; other exports in the requester's preferred language:
    the row does not keep the one the export was asked for in, which only the lost task
    knew."""
    profile = getattr(export.requested_by, "profile", None)
    if export.kind == ReportExport.Kind.PACK or not profile:
        return settings.LANGUAGE_CODE
    return profile.preferred_language
