"""Journey 5 of DESIGN.md: a coordinator revokes a certificate; its public verification page
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
    page.get_by_label("Cari menurut kode, nama, atau modul").fill(RECIPIENT)
    coordinator.follow(page.get_by_role("main").get_by_role("button", name="Cari"))
    row = page.locator("tbody tr").filter(has_text=RECIPIENT)
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
