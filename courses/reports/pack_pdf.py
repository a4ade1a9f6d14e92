"""The report pack as a PDF: A4 portrait, on the kelurahan's letterhead, in the language the
task renders it in (Indonesian: exports.log_export asks for it)."""

from typing import IO

from django.template.loader import render_to_string
from django.utils import timezone

from cms.pdf import html_to_pdf
from cms.suppression import COMPLEMENT_MARK, THRESHOLD

from .filters import JAKARTA
from .models import ReportExport
from .pack import Pack, category_text, pack_for, pack_tables, too_few_answers
from .stored_exports import store_export

STYLESHEET = "css/report-pack.css"


def render_pack(pack: Pack) -> bytes:
    tables = pack_tables(pack)
    context = {
        "pack": pack,
        "figures": pack.report.figures,
        "category": category_text(pack.satisfaction) if pack.satisfaction else "",
        "tables": tables[1:],  # the first, the indicators, is printed as the boxes above them
        "made_on": timezone.localtime(timezone.now(), JAKARTA).date(),
        "too_few_answers": too_few_answers(),
        "threshold": THRESHOLD,
        "complement_mark": COMPLEMENT_MARK,
    }
    return html_to_pdf(render_to_string("courses/reports/pack.html", context), STYLESHEET)


def write_pdf(export: ReportExport, language: str) -> ReportExport:
    """Build the pack's PDF file (see stored_exports.store_export)."""
    return store_export(export, language, _write)


def _write(export: ReportExport, file: IO[bytes]) -> None:
    file.write(render_pack(pack_for(export)))
