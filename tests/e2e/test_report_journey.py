"""Journey 4 of docs/architecture.md: an official filters the participation report by module, period and
RW, sees the chart and the table, and downloads the XLSX export, whose numbers match the page."""

import time
from datetime import datetime
from zoneinfo import ZoneInfo

import openpyxl
from django.conf import settings

from . import staff
from .visitor import Visitor

MODULE = "Pengelolaan Anggaran"


def test_official_filters_the_report_and_downloads_xlsx(new_page, stack, authenticator, audit):
    official = Visitor(new_page(), audit)
    page = official.page
    staff.sign_in(official, "pejabat@akademiwarga.test", stack.demo_password, authenticator)
    official.follow(page.get_by_role("link", name="Laporan Partisipasi"))

    today = datetime.now(ZoneInfo(settings.TIME_ZONE)).date()  # the report counts the site's days
    page.get_by_label("Dari (hari pertama)").fill(today.isoformat())
    page.get_by_label("Sampai (hari terakhir)").fill(today.isoformat())
    page.get_by_role("combobox", name="Modul", exact=True).select_option(label=MODULE)
    page.get_by_role("combobox", name="RW", exact=True).select_option(label="RW 05")
    official.follow(page.get_by_role("button", name="Terapkan saringan"))
    assert "rw=5" in page.url and "module=" in page.url
    assert page.get_by_role("img", name="Partisipasi per bulan").is_visible()
    # The demo's year of made-up activity ends at midnight; today only the demo resident of
    # RW 05 completed this module: too few people to show.
    completions = headline(page, "Penyelesaian")
    assert completions == "<5"

    summary = page.get_by_text("Ringkasan (hanya angka):")
    official.follow(summary.get_by_role("button", name="XLSX"))
    with open(download_when_ready(official), "rb") as xlsx:
        workbook = openpyxl.load_workbook(xlsx)
    assert cell_beside(workbook, "Penyelesaian") == completions
    staff.audit_admin_in_english(official)


def headline(page, label: str) -> str:
    row = page.locator("tr").filter(has=page.get_by_role("rowheader", name=label, exact=True))
    return row.get_by_role("cell").first.inner_text().split()[0]


def download_when_ready(visitor, attempts: int = 30):
    """On the exports page the XLSX file is prepared in the background: reload until it is
    ready, as the page tells the official to."""
    page = visitor.page
    newest = page.locator("tbody tr").first
    for _ in range(attempts):
        if newest.get_by_role("link", name="Unduh").count():
            return visitor.download(newest.get_by_role("link", name="Unduh")).path()
        assert "Gagal" not in newest.inner_text(), newest.inner_text()
        time.sleep(1)
        visitor.open(page.url)
    raise AssertionError(f"The export was not ready after {attempts} reloads")


def cell_beside(workbook, label: str):
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            if row and row[0] == label:
                return row[1]
    raise AssertionError(f"No row {label!r} in the workbook")
