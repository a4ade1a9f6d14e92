"""Issue 16's journey: a resident answers the satisfaction survey (SKM) from the QR code of the
counter's poster without signing in; a facilitator types in a paper questionnaire; a
coordinator sets the half-year's targets; an official enters this month's complaint figures,
opens the report, makes the report pack and downloads its PDF and XLSX. The PDF's text holds
the IKM and its category, the same as the survey's results page.

Targets are set by coordinators (courses.add_target): officials read them."""

import io
import re
from datetime import date

import openpyxl
import zxingcpp
from PIL import Image

from . import staff
from .resident import pdf_text
from .screens import DESKTOP, PHONE
from .visitor import Visitor

NARRATIVE = "Partisipasi warga naik semester ini.\n\nSemester depan: lebih banyak rembuk RW."
IKM = re.compile(r"IKM (\d{2,3},\d{2})")
CATEGORY = re.compile(r"[ABCD] \((?:Sangat Baik|Baik|Kurang Baik|Tidak Baik)\)")


def half_year(today: date) -> tuple[date, date]:
    """This half-year: the demo's current survey period."""
    if today.month <= 6:
        return date(today.year, 1, 1), date(today.year, 6, 30)
    return date(today.year, 7, 1), date(today.year, 12, 31)


def test_survey_targets_complaints_and_the_report_pack(new_page, stack, authenticator, audit):
    first, last = half_year(date.today())
    facilitator = Visitor(new_page(), audit)
    staff.sign_in(facilitator, "fasilitator@akademiwarga.test", stack.demo_password, authenticator)
    survey_url = scan_poster(facilitator)

    resident = Visitor(
        new_page(viewport=PHONE, has_touch=True, is_mobile=True), audit, mode="touch"
    )
    answer_survey(resident, survey_url)
    enter_paper_questionnaire(facilitator)

    coordinator = Visitor(new_page(), audit)
    staff.sign_in(coordinator, "koordinator@akademiwarga.test", stack.demo_password, authenticator)
    set_target(coordinator, first, last)

    official = Visitor(new_page(), audit)
    staff.sign_in(official, "pejabat@akademiwarga.test", stack.demo_password, authenticator)
    enter_complaint_figures(official, date.today().replace(day=1))
    open_report(official)
    make_pack(official, first, last)
    pdf = staff.download_export_when_ready(official, "pdf")
    xlsx = staff.download_export_when_ready(official, "xlsx")

    text = pdf_text(pdf)
    ikm = IKM.search(text)
    assert ikm and CATEGORY.search(text), text[:2000]
    assert "Semester depan: lebih banyak rembuk RW." in text
    assert ikm.group(1) == ikm_on_results_page(official)
    with open(xlsx, "rb") as file:
        workbook = openpyxl.load_workbook(file)
    assert len(workbook.sheetnames) == 11
    indicators = list(workbook.worksheets[0].iter_rows(values_only=True))
    assert float(ikm.group(1).replace(",", ".")) in [row[2] for row in indicators]
    pack_form_on_a_phone(official)
    staff.audit_admin_in_english(official)


def scan_poster(visitor) -> str:
    """The poster of the training programme in the open period, read as a phone camera would."""
    page = visitor.page
    visitor.open("/admin/skm/links/")
    training = page.locator("section").filter(has=page.locator("tbody")).first
    visitor.follow(training.locator("tbody tr").first.locator("a[href$='/poster/']"))
    image = Image.open(io.BytesIO(page.locator(".poster__qr").screenshot()))
    found = [barcode.text for barcode in zxingcpp.read_barcodes(image)]
    assert found, "No QR code could be read from the poster"
    return found[0]


def tick_answers(visitor, score: int) -> None:
    for number in range(1, 10):
        visitor.tick(visitor.page.locator(f"input[name=u{number}][value='{score}']"))


def answer_survey(visitor, url: str) -> None:
    page = visitor.page
    visitor.open(url)
    tick_answers(visitor, 4)
    visitor.follow(page.locator("form.survey-form button[type=submit]"))
    assert page.get_by_role("status").is_visible()


def enter_paper_questionnaire(visitor) -> None:
    page = visitor.page
    visitor.open("/admin/skm/paper/")
    page.locator("select[name=service]").select_option("pelatihan")
    tick_answers(visitor, 3)
    visitor.follow(page.locator("main form button[type=submit]"))
    assert page.locator(".messages .success").count() == 1


def set_target(visitor, first: date, last: date) -> None:
    page = visitor.page
    visitor.open("/admin/participation/targets/new/")
    page.locator("#id_name").fill(f"Semester {first:%Y-%m}")
    page.locator("#id_start").fill(first.isoformat())
    page.locator("#id_end").fill(last.isoformat())
    page.locator("#id_residents_reached").fill("300")
    page.locator("#id_ikm").fill("82")
    visitor.follow(page.get_by_role("button", name="Buat"))
    assert page.url.endswith("/admin/participation/targets/"), page.url


def enter_complaint_figures(visitor, month: date) -> None:
    page = visitor.page
    visitor.open("/admin/participation/complaints/new/")
    page.locator("#id_month").fill(f"{month:%Y-%m}")
    page.locator("#id_channel").select_option("in_person")
    page.locator("#id_received").fill("14")
    page.locator("#id_resolved").fill("12")
    page.locator("#id_median_days").fill("3.5")
    visitor.follow(page.get_by_role("button", name="Buat"))
    assert page.url.endswith("/admin/participation/complaints/"), page.url


def open_report(visitor) -> None:
    page = visitor.page
    visitor.open("/admin/")
    visitor.follow(page.get_by_role("link", name="Laporan Partisipasi"))
    assert page.locator("#complaints-chart-title").count() == 1


def make_pack(visitor, first: date, last: date) -> None:
    page = visitor.page
    visitor.follow(page.locator("main a[href='/admin/participation/pack/']"))
    page.locator("#id_year").fill("")
    page.locator("#id_start_month").fill(f"{first:%Y-%m}")
    page.locator("#id_end_month").fill(f"{last:%Y-%m}")
    visitor.fill(page.locator("#id_narrative"), NARRATIVE)
    visitor.follow(page.locator("form[action='/admin/participation/pack/'] button[type=submit]"))
    assert page.url.endswith("/admin/participation/exports/"), page.url


def ikm_on_results_page(visitor) -> str:
    """The index of all services together in the open period, as the SKM results show it."""
    page = visitor.page
    visitor.open("/admin/skm/")
    overall = page.locator("section[aria-labelledby=ikm-heading] tbody tr").last
    return overall.locator("td").nth(2).inner_text().strip()


def pack_form_on_a_phone(visitor) -> None:
    page = visitor.page
    page.set_viewport_size(PHONE)
    visitor.open("/admin/participation/pack/")
    assert page.locator("#id_narrative").input_value() == NARRATIVE
    page.set_viewport_size(DESKTOP)
