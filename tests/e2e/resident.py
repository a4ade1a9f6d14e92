"""What a resident does on the site, step by step, in the Indonesian interface."""

import re

import pypdfium2
import zxingcpp

from demo.module_content import MODULES

from .. import ics
from .mailbox import attachment, links

PASSWORD = "Sandi-warga-Tanjung-2026"


def sign_up(visitor, mailbox, email: str) -> None:
    """Sign up, open the link in the verification e-mail and confirm the address."""
    page = visitor.page
    visitor.open("/")
    visitor.follow(visitor.menu().get_by_role("link", name="Buat akun"))
    visitor.fill(page.get_by_label("E-mail:", exact=True), email)
    visitor.fill(page.get_by_label("Kata sandi:", exact=True), PASSWORD)
    visitor.fill(page.get_by_label("Kata sandi (lagi)"), PASSWORD)
    visitor.follow(page.get_by_role("main").get_by_role("button", name="Buat akun"))
    assert "/accounts/confirm-email/" in page.url
    visitor.open(mailbox.link_in(email, "/accounts/confirm-email/"))
    visitor.follow(page.get_by_role("button", name="Konfirmasi"))


def complete_profile(visitor, full_name: str, rw: int, rt: int) -> None:
    page = visitor.page
    assert page.get_by_role("heading", name="Profil Saya").is_visible()
    visitor.fill(page.get_by_label("Nama lengkap"), full_name)
    visitor.select(page.get_by_label("RW:", exact=True), f"RW {rw:02d}")
    visitor.fill(page.get_by_label("RT:", exact=True), str(rt))
    visitor.follow(page.get_by_role("button", name="Simpan profil"))
    assert page.get_by_text("Profil Anda sudah disimpan.").is_visible()


def open_module(visitor, title: str) -> None:
    page = visitor.page
    visitor.follow(visitor.menu().get_by_role("link", name="Modul Pelatihan"))
    visitor.follow(page.get_by_role("heading", name=title).get_by_role("link"))
    assert page.get_by_role("heading", level=1, name=title).is_visible()


def start_module(visitor) -> None:
    visitor.follow(visitor.page.get_by_role("button", name="Mulai"))


def read_and_mark_lessons(visitor, module_title: str, *, until_quiz: bool = False) -> int:
    """From the current lesson, complete each lesson in turn: mark a lesson without a quiz as
    done (which leads to the next one), pass a lesson's quiz and follow the link to the next.
    Stops at the first quiz when `until_quiz`, else after the last lesson. Returns how many
    lessons it completed; each moves the progress bar on by one."""
    page = visitor.page
    completed = 0
    while page.locator(".lesson").count():
        assert page.locator(".prose").inner_text().strip(), f"{page.url} has no lesson text"
        done_before = lessons_done(page)
        if page.get_by_role("heading", name="Kuis").count():
            if until_quiz:
                return completed
            pass_quiz(visitor, module_title, fail_first=False)
            assert lessons_done(page) == done_before + 1
            completed += 1
            following = page.locator("a[rel=next]")
            if not following.count():
                return completed
            visitor.follow(following)
        else:
            visitor.follow(page.get_by_role("button", name="Tandai selesai"))
            assert lessons_done(page) == done_before + 1
            completed += 1
    return completed


def lessons_done(page) -> int:
    """The number the progress bar shows: "2 dari 5 pelajaran selesai"."""
    return int(page.locator(".progress__text").inner_text().split()[0])


def pass_quiz(visitor, module_title: str, *, fail_first: bool, wait_out=None) -> None:
    """Answer the quiz. With `fail_first`, answer wrongly once: the result gives the score but
    not the right answers, and no new attempt while the waiting time runs; `wait_out()` moves
    the test clock past it, then the right answers pass."""
    page = visitor.page
    if fail_first:
        _answer(visitor, lambda question: {_wrong_choice(module_title, question)})
        visitor.follow(page.get_by_role("button", name="Periksa jawaban saya"))
        assert page.locator(".quiz-result--failed").is_visible()
        assert page.locator(".quiz-review").count() == 0
        assert "✓" not in page.locator(".quiz").inner_text()
        assert page.locator("form.quiz-form").count() == 0
        wait_out()
        visitor.open(page.url.split("?")[0])
    _answer(visitor, lambda question: _right_choices(module_title, question))
    visitor.follow(page.get_by_role("button", name="Periksa jawaban saya"))
    assert page.get_by_text("Bagus, Anda lulus!").is_visible(), page.locator(".quiz").inner_text()


def wait_out_quizzes(stack, email: str) -> None:
    """The production-mode stack's test clock for quizzes: the resident's attempts move a day
    back, as if the waiting time had passed."""
    stack.manage(
        "shell",
        "-c",
        "from datetime import timedelta\n"
        "from django.db.models import F\n"
        "from courses.models import QuizAttempt\n"
        f"QuizAttempt.objects.filter(user__email={email!r})"
        ".update(submitted_at=F('submitted_at') - timedelta(days=1))",
    )


def _answer(visitor, choices_for) -> None:
    for fieldset in visitor.page.locator("form.quiz-form fieldset").all():
        question = re.sub(r"^\d+\.\s*", "", fieldset.locator("legend").inner_text()).strip()
        for choice in choices_for(question):
            visitor.tick(fieldset.get_by_label(choice, exact=True))


def _demo_question(module_title: str, question: str) -> dict:
    module = next(module for module in MODULES if module["title"] == module_title)
    return next(
        item
        for lesson in module["lessons"]
        for item in lesson["quiz"]
        if item["question"] == question
    )


def _right_choices(module_title: str, question: str) -> set[str]:
    choices = _demo_question(module_title, question)["choices"]
    return {choice["text"] for choice in choices if choice["correct"]}


def _wrong_choice(module_title: str, question: str) -> str:
    choices = _demo_question(module_title, question)["choices"]
    return next(choice["text"] for choice in choices if not choice["correct"])


def give_feedback(visitor) -> None:
    page = visitor.page
    assert page.get_by_role("heading", name="Masukan Anda").is_visible()
    for fieldset in page.locator("fieldset.rating").all():
        visitor.tick(fieldset.get_by_label(re.compile(r"^5 – ")))
    visitor.fill(page.get_by_label("Komentar (tidak wajib)"), "Materinya jelas dan berguna.")
    visitor.follow(page.get_by_role("button", name="Kirim jawaban saya"))


def download_certificate(visitor, achievement: str) -> tuple[str, str]:
    """From "Sertifikat Saya", download the certificate of `achievement`; return its code and
    the text of the PDF. The PDF is also read as a phone camera would read its QR code."""
    page = visitor.page
    visitor.follow(visitor.menu().get_by_role("link", name="Sertifikat Saya"))
    card = page.locator(".card").filter(has=page.get_by_role("heading", name=achievement))
    code = card.locator("code").inner_text().strip()
    download = visitor.download(card.get_by_role("link", name="Unduh PDF"))
    return code, download.path()


def download_credential(visitor, achievement: str) -> str:
    """From "Sertifikat Saya", download the verifiable credential of `achievement`; return the
    path of the .json file."""
    page = visitor.page
    visitor.follow(visitor.menu().get_by_role("link", name="Sertifikat Saya"))
    card = page.locator(".card").filter(has=page.get_by_role("heading", name=achievement))
    return visitor.download(card.locator("a[download]")).path()


def check_credential(visitor, path: str) -> str:
    """Upload a credential's file on the verification page; return the verdict it shows."""
    page = visitor.page
    visitor.open("/sertifikat/verifikasi/kredensial/")
    page.locator("input[type=file]").set_input_files(path)
    visitor.follow(page.locator("form button[type=submit]"))
    return page.locator("[data-verdict]").get_attribute("data-verdict")


def open_certificate_email(visitor, mailbox, email: str) -> None:
    """The e-mail saying the certificate is ready: its links open *Sertifikat Saya* and the
    certificate's public verification page."""
    message = mailbox.wait_for(email, timeout=60, linking="/sertifikat/verifikasi/")
    [verification] = links(message, "/sertifikat/verifikasi/")
    [mine] = [url for url in links(message, "/sertifikat/") if url != verification]
    visitor.open(verification)
    assert visitor.page.get_by_text("Sertifikat ini asli dan berlaku.").is_visible()
    visitor.open(mine)
    assert visitor.page.get_by_role("heading", name="Sertifikat Saya", level=1).is_visible()


def register_for_session(visitor, title: str) -> None:
    """From the menu's workshop list, take a seat in the session called `title`."""
    page = visitor.page
    visitor.follow(visitor.menu().get_by_role("link", name="Lokakarya"))
    card = page.locator(".session-card").filter(has_text=title)
    visitor.follow(card.get_by_role("button", name="Daftar sesi ini"))
    assert card.get_by_text("Anda sudah terdaftar").is_visible()


def open_registration_email(visitor, mailbox, email: str, title: str) -> None:
    """The e-mail saying the resident has a seat: the session as a calendar file, and a link to
    the session's page."""
    message = mailbox.wait_for(email, linking="/sessions/")
    event = ics.event(attachment(message, "text/calendar"))
    assert ics.unescape(event["SUMMARY"]) == title
    assert ics.utc(event["DTEND"]) > ics.utc(event["DTSTART"])
    [session_url] = set(links(message, "/sessions/"))
    assert ics.unescape(event["DESCRIPTION"]) == session_url
    visitor.open(session_url)
    assert visitor.page.get_by_role("heading", name=title).is_visible()
    assert visitor.page.get_by_role("link", name=re.compile("WhatsApp")).is_visible()


def pdf_text(path) -> str:
    document = pypdfium2.PdfDocument(path)
    return "\n".join(page.get_textpage().get_text_range() for page in document)


def qr_link_in(path) -> str:
    """Render the PDF's first page and scan it, as a phone camera reads the QR code."""
    document = pypdfium2.PdfDocument(path)
    image = document[0].render(scale=3).to_pil()
    found = [barcode.text for barcode in zxingcpp.read_barcodes(image)]
    assert found, "No QR code could be read from the certificate"
    return found[0]


def verify_by_code(visitor, code: str) -> None:
    """A stranger types the code, in lower case with spaces, as people do."""
    page = visitor.page
    visitor.open("/sertifikat/verifikasi/")
    visitor.fill(page.get_by_label("Kode"), code.lower().replace("-", " "))
    visitor.follow(page.get_by_role("button", name="Periksa", exact=True))


def sign_in(visitor, email: str, password: str) -> None:
    page = visitor.page
    visitor.open("/accounts/login/")
    visitor.fill(page.get_by_label("E-mail:", exact=True), email)
    visitor.fill(page.get_by_label("Kata sandi:", exact=True), password)
    visitor.follow(page.get_by_role("main").get_by_role("button", name="Masuk"))
