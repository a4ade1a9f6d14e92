"""Journey 1 of docs/architecture.md: a new resident signs up, verifies, completes the profile, enrols,
reads, fails the first lesson's check once (no correct answers shown), waits out the waiting time on
the stack's clock, passes it, the other lessons' checks and the final quiz, gives feedback, downloads
the certificate, and a stranger verifies it by its code and by its QR code (and, by mouse, checks
its verifiable credential on the verification page). By mouse on a desktop, by touch on a 360 px
phone, and by keyboard alone; reading lessons and passing their checks also without JavaScript. On
the phone the resident also follows the links in the e-mails (verification, certificate ready) and
takes a seat in a workshop, whose e-mail brings the session as a calendar file."""

import pytest

from . import resident
from .screens import PHONE
from .visitor import Visitor

MODULE = "Pengelolaan Anggaran"
NEXT_SESSION = "Praktik Menyusun Usulan Kegiatan RW"  # a demo session a week ahead
WAYS = {
    "mouse": ("Ani Susanti", {}),
    "touch": ("Budi Santoso", {"viewport": PHONE, "has_touch": True, "is_mobile": True}),
    "keyboard": ("Citra Lestari", {}),
}


@pytest.mark.parametrize("way", WAYS)
def test_new_resident_earns_a_certificate_a_stranger_can_verify(
    way, new_page, mailbox, audit, stack
):
    full_name, options = WAYS[way]
    email = f"{way}.journey@warga.test"
    visitor = Visitor(new_page(**options), audit, mode=way)
    page = visitor.page

    resident.sign_up(visitor, mailbox, f"{way}.journey@warga.test")
    resident.complete_profile(visitor, full_name, rw=5, rt=3)
    resident.open_module(visitor, MODULE)
    resident.start_module(visitor)
    # Every lesson ends with a check: the first is failed once, then passed after the wait.
    resident.pass_quiz(
        visitor, MODULE, fail_first=True, wait_out=lambda: resident.wait_out_quizzes(stack, email)
    )
    visitor.follow(page.locator("a[rel=next]"))
    assert resident.read_and_mark_lessons(visitor, MODULE) == 5  # four checks, the final quiz
    visitor.follow(page.get_by_role("link", name="Ceritakan pendapat Anda"))
    resident.give_feedback(visitor)
    if way == "touch":
        resident.open_certificate_email(visitor, mailbox, f"{way}.journey@warga.test")
        resident.register_for_session(visitor, NEXT_SESSION)
        resident.open_registration_email(
            visitor, mailbox, f"{way}.journey@warga.test", NEXT_SESSION
        )

    code, pdf = resident.download_certificate(visitor, MODULE)
    text = resident.pdf_text(pdf)
    assert full_name in text and code in text

    # On the same kind of screen: the touch journey also sees the signed-out pages on a phone.
    stranger = Visitor(new_page(**options), audit, mode="touch" if way == "touch" else "mouse")
    resident.verify_by_code(stranger, code)
    assert page_says_valid(stranger.page, full_name)
    stranger.open(resident.qr_link_in(pdf))
    assert page_says_valid(stranger.page, full_name)
    if way == "mouse":  # the certificate is also a verifiable credential anyone can check
        credential = resident.download_credential(visitor, MODULE)
        assert resident.check_credential(stranger, credential) == "valid"
    if way == "keyboard":
        assert visitor.tab_presses > 0


def page_says_valid(page, full_name: str) -> bool:
    return (
        page.get_by_text("Sertifikat ini asli dan berlaku.").is_visible()
        and page.locator(".verify-details").get_by_text(full_name).is_visible()
        and page.locator(".verify-details").get_by_text(MODULE).is_visible()
    )


def test_reading_lessons_and_passing_their_checks_without_javascript(new_page, mailbox, audit):
    visitor = Visitor(new_page(java_script_enabled=False), audit, audited=False)
    page = visitor.page

    resident.sign_up(visitor, mailbox, "tanpa.js@warga.test")
    resident.complete_profile(visitor, "Dedi Kurniawan", rw=2, rt=7)
    resident.open_module(visitor, "Manajemen Proyek")
    resident.start_module(visitor)
    assert resident.read_and_mark_lessons(visitor, "Manajemen Proyek") == 6

    visitor.follow(page.get_by_role("link", name="Semua pelajaran"))
    assert page.locator(".lesson-list__item--done").count() == 6
    assert page.get_by_text("Anda sudah menyelesaikan modul ini.").is_visible()
