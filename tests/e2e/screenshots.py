"""Screenshots of the key pages at 360 px (a small phone) and 1280 px, for the README.

    python -m tests.e2e.screenshots [--output docs/img]     (make screenshots)

It installs the demo site into a temporary folder and serves it the way the journeys do
(tests/e2e/stack.py: gunicorn, production settings, SQLite), then visits it as a resident, a
facilitator and an official would; the official's report pack gives the picture of its first
page (rendered with pypdfium2).
"""

import argparse
import tempfile
from pathlib import Path

import pypdfium2
from playwright.sync_api import sync_playwright

from . import resident, staff
from .audit import Audit
from .conftest import CHROMIUM, CHROMIUM_ARGS
from .mailbox import start_mailbox
from .screens import DESKTOP, PHONE
from .stack import build_stack, free_port
from .visitor import Visitor

DEMO_RESIDENT = "warga@akademiwarga.test"  # has completed a module and has its certificate
PACK_NARRATIVE = (
    "Sepanjang tahun ini Akademi Warga menjangkau warga dari semua RW lewat modul daring, "
    "sosialisasi, dan rembuk RW. Kepuasan warga terhadap layanan kelurahan diukur dengan SKM "
    "sesuai PermenPANRB 14/2017.\n\n"
    "Tahun depan kami menambah sesi di RW yang masih jarang hadir dan mempercepat tindak lanjut "
    "pengaduan yang masuk lewat JAKI dan SP4N-LAPOR!."
)
PUBLIC = {
    "home": "/",
    "catalogue": "/modul/",
    "module": "/modul/pengelolaan-anggaran/",
    "lesson": "/modul/pengelolaan-anggaran/mengenal-anggaran-kelurahan/",
    "guides": "/hak-dan-kewajiban/",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=Path("docs/img"))
    output = parser.parse_args().output
    output.mkdir(parents=True, exist_ok=True)
    port = free_port()
    mailbox, smtp = start_mailbox(port)
    with tempfile.TemporaryDirectory(prefix="akademi-screenshots-") as work:
        stack = build_stack(Path(work), port)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
                )
                _take_all(browser, stack, mailbox, output)
                browser.close()
        finally:
            stack.stop()
            smtp.stop()


def _take_all(browser, stack, mailbox, output: Path) -> None:
    for width, viewport in (("360", PHONE), ("1280", DESKTOP)):
        page = _page(browser, stack, viewport)
        for name, path in PUBLIC.items():
            page.goto(path)
            _save(page, output, f"{name}-{width}")
        _learner(browser, stack, mailbox, viewport, output, width)
        page = _page(browser, stack, viewport)
        resident.sign_in(Visitor(page, Audit(), audited=False), DEMO_RESIDENT, stack.demo_password)
        page.goto("/sertifikat/")
        page.locator(".hint a").first.click()
        _save(page, output, f"verification-{width}")
    _staff_pages(browser, stack, output)


def _learner(browser, stack, mailbox, viewport, output: Path, width: str) -> None:
    """A new resident halfway through a module: the quiz, then "My learning"."""
    learner = Visitor(_page(browser, stack, viewport), Audit(), audited=False)
    resident.sign_up(learner, mailbox, f"layar{width}@warga.test")
    resident.complete_profile(learner, "Sari Wulandari", rw=5, rt=3)
    resident.open_module(learner, "Pengelolaan Anggaran")
    resident.start_module(learner)
    resident.read_and_mark_lessons(learner, "Pengelolaan Anggaran", until_quiz=True)
    learner.page.locator("#quiz-title").scroll_into_view_if_needed()
    _save(learner.page, output, f"quiz-{width}")
    learner.open("/learning/")
    _save(learner.page, output, f"my-learning-{width}")


def _staff_pages(browser, stack, output: Path) -> None:
    authenticator = staff.Authenticator()
    facilitator = Visitor(_page(browser, stack, PHONE), Audit(), audited=False)
    staff.sign_in(facilitator, "fasilitator@akademiwarga.test", stack.demo_password, authenticator)
    facilitator.open("/admin/sessions/")
    facilitator.follow(facilitator.page.get_by_role("link", name="4 hadir"))
    _save(facilitator.page, output, "attendance-sheet-360")
    official = Visitor(_page(browser, stack, DESKTOP), Audit(), audited=False)
    staff.sign_in(official, "pejabat@akademiwarga.test", stack.demo_password, authenticator)
    official.follow(official.page.get_by_role("link", name="Laporan Partisipasi"))
    _save(official.page, output, "participation-report-1280")
    _report_pack(official, output)


def _report_pack(official, output: Path) -> None:
    """The first page of this year's report pack, as the official downloads it."""
    page = official.page
    official.open("/admin/participation/pack/")
    page.locator("#id_narrative").fill(PACK_NARRATIVE)
    official.follow(page.locator("form[action='/admin/participation/pack/'] button[type=submit]"))
    first = pypdfium2.PdfDocument(staff.download_export_when_ready(official, "pdf"))[0]
    first.render(scale=1.25).to_pil().save(output / "report-pack.png", optimize=True)
    print(output / "report-pack.png")  # noqa: T201 - the command's output is the list of files


def _page(browser, stack, viewport):
    context = browser.new_context(
        base_url=stack.base_url, viewport=viewport, locale="id-ID", accept_downloads=True
    )
    return context.new_page()


def _save(page, output: Path, name: str) -> None:
    page.wait_for_load_state("networkidle")
    page.screenshot(path=output / f"{name}.png")
    print(output / f"{name}.png")  # noqa: T201 - the command's output is the list of files


if __name__ == "__main__":
    main()
