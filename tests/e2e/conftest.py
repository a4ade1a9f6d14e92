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
from .results import AUDITED
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


def pytest_itemcollected(item):
    """Marked as each is collected, before `-m "not e2e"` (make test-quick) deselects."""
    item.add_marker(pytest.mark.e2e)


@pytest.hookimpl(trylast=True)  # after pytest-django has sorted the database tests
def pytest_collection_modifyitems(config, items):
    """The journeys share one stack and one browser: they come first, and under pytest-xdist
    (make test) one worker runs them all while the others run the rest of the suite beside
    them (pytest_xdist_make_scheduler in tests/conftest.py). Their
    fixtures are package-scoped, so the browser (whose event loop Django would take for an async
    context) and the stack are gone before that worker goes on to the database tests."""
    journeys = [item for item in items if "tests/e2e/" in str(item.path).replace(os.sep, "/")]
    chosen = set(journeys)
    items[:] = journeys + [item for item in items if item not in chosen]


def _require_browser() -> None:
    if CHROMIUM.exists():
        return
    message = f"{CHROMIUM} is missing: install Debian's chromium package"
    if os.environ.get("E2E_REQUIRED") == "1":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="package")
def mailbox():
    port = free_port()
    box, controller = start_mailbox(port)
    box.port = port
    yield box
    controller.stop()


@pytest.fixture(scope="package")
def stack(tmp_path_factory, mailbox):
    _require_browser()
    running = build_stack(tmp_path_factory.mktemp("stack"), mailbox.port)
    yield running
    running.stop()
    if running.kind == "postgresql":
        drop_postgres_database(running.env["DATABASE_URL"])


@pytest.fixture(scope="package")
def authenticator():
    """The staff's authenticator app, shared by the journeys as staff share their phones'."""
    return Authenticator()


@pytest.fixture(scope="package")
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
