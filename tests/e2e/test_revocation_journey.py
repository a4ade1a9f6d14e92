"""Journey 5 of docs/architecture.md: a coordinator revokes a certificate; its public verification page
says so at once."""

from . import staff
from .visitor import Visitor

RECIPIENT = "Dewi Lestari"  # the demo resident, who has a certificate
REASON = "Diterbitkan atas nama yang salah."


def test_coordinator_revokes_and_verification_says_so(new_page, stack, authenticator, audit):
    coordinator = Visitor(new_page(), audit)
    page = coordinator.page
    staff.sign_in(coordinator, "koordinator@akademiwarga.test", stack.demo_password, authenticator)
    coordinator.follow(page.get_by_role("link", name="Sertifikat", exact=True))
    # Wagtail's listing search: the results are swapped in as one types.
    page.get_by_label("Kata kunci pencarian").fill(RECIPIENT)
    page.wait_for_url(lambda url: "q=" in url)
    row = page.locator("tbody tr").filter(has_text=RECIPIENT)
    row.wait_for()
    coordinator.audit.check(page)
    code = row.get_by_role("link").inner_text().strip()
    coordinator.follow(row.get_by_role("link", name=code))

    stranger = Visitor(new_page(), audit)
    stranger.open(f"/sertifikat/verifikasi/{code}/")
    assert stranger.page.get_by_text("Sertifikat ini asli dan berlaku.").is_visible()

    page.get_by_label("Alasan").fill(REASON)
    coordinator.follow(page.get_by_role("button", name="Cabut", exact=True))

    stranger.open(f"/sertifikat/verifikasi/{code}/")
    status = stranger.page.get_by_role("status")
    assert "Sertifikat ini sudah dicabut." in status.inner_text()
    assert REASON in status.inner_text()
    staff.audit_admin_in_english(coordinator)
