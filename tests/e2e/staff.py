"""Staff sign in as in production: password, then two-factor sign-in with an authenticator app,
set up the first time (STAFF_MFA_REQUIRED is on by default in the production settings). The
"app" is tests.helpers.totp_code, fed with the secret the setup page shows."""

import re
import time

from ..helpers import totp_code
from . import resident


class Authenticator:
    """One phone's authenticator app: the secrets it holds, and the time steps whose codes were
    used. The site accepts each code once, from the previous, current or next 30 s step
    (MFA_TOTP_TOLERANCE), so a second sign-in soon after the first uses the next step's code and
    waits only if that one is used too."""

    def __init__(self):
        self.secrets: dict[str, str] = {}
        self.used: dict[str, set[int]] = {}

    def code(self, email: str) -> str:
        used = self.used.setdefault(email, set())
        now = int(time.time() // 30)
        step = next((step for step in (now, now + 1) if step not in used), None)
        if step is None:
            time.sleep(30 - time.time() % 30 + 0.5)
            return self.code(email)
        used.add(step)
        return totp_code(self.secrets[email], at=step * 30)


def sign_in(visitor, email: str, password: str, authenticator: Authenticator) -> None:
    """Sign in and open the admin dashboard, setting up two-factor sign-in if it is not yet."""
    page = visitor.page
    resident.sign_in(visitor, email, password)
    if "/accounts/2fa/authenticate/" in page.url:
        visitor.fill(page.get_by_label("Kode:", exact=True), authenticator.code(email))
        visitor.follow(page.get_by_role("button", name="Masuk"))
    visitor.open("/admin/")
    if "/accounts/2fa/totp/activate/" in page.url:
        _set_up_authenticator(visitor, email, authenticator)
        visitor.follow(page.get_by_role("main").locator('a.button[href="/admin/"]'))
    assert page.url.endswith("/admin/"), page.url


def _set_up_authenticator(visitor, email: str, authenticator: Authenticator) -> None:
    page = visitor.page
    authenticator.secrets[email] = page.locator("#authenticator_secret").input_value()
    visitor.fill(page.get_by_label("Kode autentikator"), authenticator.code(email))
    visitor.follow(page.get_by_role("button", name="Aktifkan"))
    assert "/accounts/2fa/recovery-codes/" in page.url, page.url


def admin_menu(visitor):
    """The admin's sidebar, opened first on a phone, where it is folded away."""
    page = visitor.page
    toggle = page.get_by_role("button", name="Toggle sidebar").filter(visible=True)
    if toggle.count() and toggle.get_attribute("aria-expanded") == "false":
        visitor.press(toggle)
    return page.locator("#wagtail-sidebar")


def audit_admin_in_english(visitor) -> None:
    """The admin speaks each staff member's chosen language. Choose English, open again every
    admin page this person visited (so axe checks it in English too), then choose Indonesian."""
    visited = list(dict.fromkeys(visitor.admin_paths))
    _choose_admin_language(visitor, "English")
    for path in visited:
        visitor.open(path)
    _choose_admin_language(visitor, "Bahasa Indonesia")


def _choose_admin_language(visitor, language: str) -> None:
    page = visitor.page
    visitor.open("/admin/account/")
    page.locator("select[name='locale-preferred_language']").select_option(label=language)
    visitor.follow(page.get_by_role("main").locator("button[type=submit]").last)


def download_export_when_ready(visitor, format: str, attempts: int = 60):
    """On the report exports page, reload until the newest export in `format` (pdf, xlsx) can be
    downloaded; its path."""
    page = visitor.page
    row = page.locator("tbody tr").filter(has_text=re.compile(rf"\b{format}\b")).first
    for _ in range(attempts):
        if row.get_by_role("link", name="Unduh").count():
            return visitor.download(row.get_by_role("link", name="Unduh")).path()
        assert "Gagal" not in row.inner_text(), row.inner_text()
        time.sleep(1)
        visitor.open(page.url)
    raise AssertionError(f"The {format} was not ready after {attempts} reloads")
