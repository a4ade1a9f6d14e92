"""Journey 3 of docs/architecture.md: a facilitator runs an in-person session of a blended module, records
attendance (a registered resident and a walk-in without an account), and the resident, who has
done every lesson online, completes the module."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from . import resident, staff
from .screens import PHONE
from .visitor import Visitor

MODULE = "Advokasi Kebijakan"
SESSION = "Latihan Audiensi dengan Lurah"
EMAIL = "blended.journey@warga.test"
JAKARTA = ZoneInfo("Asia/Jakarta")


def test_attendance_completes_a_blended_module(new_page, stack, mailbox, authenticator, audit):
    # At the venue, on a phone.
    phone = new_page(viewport=PHONE, has_touch=True, is_mobile=True)
    facilitator = Visitor(phone, audit, mode="touch")
    staff.sign_in(facilitator, "fasilitator@akademiwarga.test", stack.demo_password, authenticator)
    plan_session_starting_now(facilitator)

    learner = Visitor(new_page(), audit)
    resident.sign_up(learner, mailbox, EMAIL)
    resident.complete_profile(learner, "Eka Pratiwi", rw=4, rt=2)
    resident.open_module(learner, MODULE)
    resident.start_module(learner)
    resident.read_and_mark_lessons(learner, MODULE)
    learner.follow(learner.page.get_by_role("link", name="Semua pelajaran"))
    page = learner.page
    assert page.get_by_text("Untuk menyelesaikan modul, hadiri salah satu sesi").is_visible()
    session_card = page.locator(".session-card").filter(has_text=SESSION)
    learner.follow(session_card.get_by_role("button", name="Daftar sesi ini"))
    module_url = page.url
    resident.open_registration_email(learner, mailbox, EMAIL, SESSION)

    record_attendance(facilitator, "Eka Pratiwi", walk_in=("Pak Joko Susilo", "7"))

    learner.open(module_url)
    assert page.get_by_text("Anda sudah menyelesaikan modul ini.").is_visible()
    learner.follow(learner.menu().get_by_role("link", name="Sertifikat Saya"))
    assert page.get_by_role("heading", name=MODULE).is_visible()
    staff.audit_admin_in_english(facilitator)


def plan_session_starting_now(visitor) -> None:
    page = visitor.page
    visitor.open("/admin/")
    visitor.follow(staff.admin_menu(visitor).get_by_role("link", name="Sesi Lokakarya"))
    visitor.follow(page.get_by_role("link", name="Tambah sesi lokakarya"))
    now = datetime.now(JAKARTA)
    starts, ends = now - timedelta(minutes=30), now + timedelta(hours=2)
    page.get_by_role("textbox", name="Judul*", exact=True).fill(SESSION)
    page.get_by_role("combobox", name="Modul", exact=True).select_option(
        label=f"{MODULE} (Bahasa Indonesia)"
    )
    page.get_by_role("textbox", name="Mulai pada*").fill(starts.strftime("%Y-%m-%dT%H:%M"))
    page.get_by_role("textbox", name="Selesai pada*").fill(ends.strftime("%Y-%m-%dT%H:%M"))
    page.get_by_role("textbox", name="Tempat*").fill("Balai Warga RW 04")
    page.get_by_role("spinbutton", name="Daya tampung*").fill("25")
    visitor.audit.check(page)
    visitor.follow(page.get_by_role("button", name="Buat"))
    assert page.get_by_role("link", name=SESSION).is_visible()


def record_attendance(visitor, registered: str, walk_in: tuple[str, str]) -> None:
    page = visitor.page
    visitor.open("/admin/")
    visitor.follow(staff.admin_menu(visitor).get_by_role("link", name="Sesi Lokakarya"))
    row = page.locator("tr").filter(has=page.get_by_role("link", name=SESSION))
    visitor.follow(row.get_by_role("link", name="0 hadir"))
    visitor.follow(page.get_by_role("button", name=re.compile(rf"Catat kehadiran\W+{registered}")))
    registered_row = page.locator("tr").filter(has=page.get_by_role("cell", name=registered))
    assert registered_row.get_by_text("Hadir pukul").is_visible()
    name, rw = walk_in
    page.get_by_label("Nama").fill(name)
    page.get_by_label("RW").select_option(label=rw)
    visitor.follow(page.get_by_role("button", name="Simpan peserta datang langsung"))
    others = page.locator("table").filter(has=page.get_by_role("cell", name=name))
    assert others.get_by_role("cell", name=rw, exact=True).is_visible()
