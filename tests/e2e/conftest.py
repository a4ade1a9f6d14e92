"""Fixtures for the journeys: the production-mode stack, a real Chromium, an SMTP mailbox.

The browser is Debian's Chromium (E2E_CHROMIUM, default /usr/bin/chromium). Without it the
journeys are skipped, unless E2E_REQUIRED=1 (CI sets it): then a missing browser fails the run.
"""

import os
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from .audit import Audit
from .mailbox import start_mailbox
from .results import AUDITED, WEIGHTS
from .screens import DESKTOP
from .stack import build_stack, drop_postgres_database, free_port
from .staff import Authenticator

CHROMIUM = Path(os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_terminal_summary(terminalreporter):
    """The numbers behind the journeys, for the record (CI log, closing notes)."""
    if not AUDITED and not WEIGHTS:
        return
    terminalreporter.write_sep("-", "end-to-end measurements")
    languages = sorted({language for _, language in AUDITED})
    per_language = ", ".join(
        f"{sum(1 for _, lang in AUDITED if lang == language)} in {language}"
        for language in languages
    )
    terminalreporter.write_line(
        f"axe-core WCAG 2.1 A/AA: {len(AUDITED)} distinct pages checked ({per_language})"
    )
    for name, weight in WEIGHTS.items():
        terminalreporter.write_line(f"HTML+CSS+JS transferred, {name}: {weight / 1024:.1f} KB")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/e2e/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)


def _require_browser() -> None:
    if CHROMIUM.exists():
        return
    message = f"{CHROMIUM} is missing: install Debian's chromium package"
    if os.environ.get("E2E_REQUIRED") == "1":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def mailbox():
    port = free_port()
    box, controller = start_mailbox(port)
    box.port = port
    yield box
    controller.stop()


@pytest.fixture(scope="session")
def stack(tmp_path_factory, mailbox):
    _require_browser()
    running = build_stack(tmp_path_factory.mktemp("stack"), mailbox.port)
    yield running
    running.stop()
    if running.kind == "postgresql":
        drop_postgres_database(running.env["DATABASE_URL"])


@pytest.fixture(scope="session")
def authenticator():
    """The staff's authenticator app, shared by the journeys as staff share their phones'."""
    return Authenticator()


@pytest.fixture(scope="session")
def browser(stack):
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser, stack):
    """Pages in fresh browser contexts (no cookies, no cache), closed after the test."""
    contexts = []

    def make(viewport=DESKTOP, **options):
        context = browser.new_context(
            base_url=stack.base_url,
            viewport=viewport,
            locale="id-ID",
            accept_downloads=True,
            **options,
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def audit(stack, new_page):
    """Accessibility and console findings of one test; the test fails if there are any, and
    if the server logged an error while it ran. (It uses `new_page` so that the browser is
    still open when it checks the pages in the other language, after the test.)"""
    errors_before = len(stack.server_errors())
    findings = Audit()
    yield findings
    findings.check_other_languages()
    AUDITED.update(findings.pages)
    findings.assert_clean()
    assert stack.server_errors()[errors_before:] == [], stack.log_text()
