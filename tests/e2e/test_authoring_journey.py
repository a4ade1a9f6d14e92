"""Journey 2 of docs/architecture.md: a facilitator drafts a module with two lessons and a quiz in the
Wagtail editor and submits it for review; a coordinator approves; a resident sees it."""

from . import editor, resident, staff
from .visitor import Visitor

MODULE = "Transparansi Dana RW"
LESSONS = ("Membaca Laporan Kas RW", "Mengumumkan Laporan Kas")
DEMO_RESIDENT = "warga@akademiwarga.test"


def test_facilitator_drafts_coordinator_approves_resident_sees(
    new_page, stack, authenticator, audit
):
    facilitator = Visitor(new_page(), audit)
    staff.sign_in(facilitator, "fasilitator@akademiwarga.test", stack.demo_password, authenticator)
    draft_module(facilitator)

    learner = Visitor(new_page(), audit)
    resident.sign_in(learner, DEMO_RESIDENT, stack.demo_password)
    learner.open("/modul/")
    assert not learner.page.get_by_role("link", name=MODULE).count()

    coordinator = Visitor(new_page(), audit)
    staff.sign_in(coordinator, "koordinator@akademiwarga.test", stack.demo_password, authenticator)
    approve_all_awaiting_review(coordinator, expected={MODULE, *LESSONS})

    learner.open("/modul/")
    learner.follow(learner.page.get_by_role("heading", name=MODULE).get_by_role("link"))
    page = learner.page
    assert page.get_by_role("heading", level=1, name=MODULE).is_visible()
    assert [item.inner_text() for item in page.locator(".lesson-list a").all()] == list(LESSONS)
    learner.follow(page.get_by_role("button", name="Mulai"))
    assert page.get_by_text("Kas RW adalah uang bersama warga.").is_visible()
    learner.follow(page.get_by_role("button", name="Tandai selesai"))
    assert page.get_by_role("heading", name="Kuis").is_visible()
    staff.audit_admin_in_english(facilitator)
    staff.audit_admin_in_english(coordinator)


def draft_module(visitor) -> None:
    page = visitor.page
    visitor.open("/admin/")
    visitor.follow(page.get_by_role("link", name="Pages created in Akademi Warga"))
    visitor.follow(
        page.get_by_role("link", name="Jelajahi halaman turunan dari 'Modul Pelatihan'")
    )
    visitor.follow(page.get_by_role("link", name="Tambahkan halaman turunan", exact=True))
    page.get_by_placeholder("Page title*").fill(MODULE)
    editor.choose_snippet(page, "Pilih topik", "Pengelolaan Anggaran")
    page.get_by_role("textbox", name="Ringkasan").fill(
        "Cara pengurus RW melaporkan uang kas kepada warga."
    )
    _, objective = editor.insert_block(page, "learning_objectives")
    page.locator(f"[name='{objective}']").fill("Menyusun laporan kas yang mudah dibaca.")
    editor.save_draft(page)
    module_id = editor.page_id(page)

    first, second = LESSONS
    add_lesson(visitor, module_id, first, "Kas RW adalah uang bersama warga.")
    add_lesson(visitor, module_id, second, "Laporan kas ditempel di papan.", with_quiz=True)
    visitor.open(f"/admin/pages/{module_id}/edit/")
    editor.submit_for_review(page)


def add_lesson(visitor, module_id: int, title: str, text: str, *, with_quiz=False) -> None:
    page = visitor.page
    visitor.open(f"/admin/pages/{module_id}/")
    visitor.follow(page.get_by_role("link", name="Tambahkan halaman turunan", exact=True))
    page.get_by_placeholder("Page title*").fill(title)
    block, prefix = editor.insert_block(page, "body", "Paragraf")
    editor.type_rich_text(page, block, prefix, text)
    if with_quiz:
        editor.add_question(
            page,
            "Di mana laporan kas sebaiknya diumumkan?",
            [("Di papan pengumuman RW", True), ("Hanya kepada bendahara", False)],
            "Semua warga berhak melihat laporan kas.",
        )
    editor.submit_for_review(page)


def approve_all_awaiting_review(visitor, expected: set[str]) -> None:
    page = visitor.page
    section = page.locator("#awaiting-review-section")
    titles = {link.inner_text().strip() for link in section.locator("td a[href$='/edit/']").all()}
    assert expected <= titles, titles
    for title in expected:
        row = section.locator("tr").filter(has=page.get_by_role("link", name=title, exact=True))
        row.get_by_role("button", name="Tindakan").click()
        with page.expect_navigation():
            row.get_by_role("button", name="Menyetujui").click()
        visitor.audit.check(page)
