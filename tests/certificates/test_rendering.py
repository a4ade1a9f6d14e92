"""The real WeasyPrint path: content, page size, hostile names, and what the renderer may read."""

import io

import pypdfium2
import pytest
import zxingcpp

from certificates import preview, rendering
from certificates.models import CertificateTemplate
from cms import pdf

pytestmark = pytest.mark.django_db


def pdf_pages(data: bytes) -> list[tuple[tuple[float, float], str]]:
    document = pypdfium2.PdfDocument(io.BytesIO(data))
    return [(page.get_size(), page.get_textpage().get_text_range()) for page in document]


def content(**changes) -> rendering.CertificateContent:
    sample = preview.sample_content(CertificateTemplate.objects.get(is_default=True))
    return rendering.CertificateContent(**{**sample.__dict__, **changes})


def test_an_issued_certificate_renders_as_one_a4_landscape_page_with_its_details(certificate):
    pages = pdf_pages(rendering.render_pdf(rendering.content_for(certificate)))
    assert len(pages) == 1
    (width, height), text = pages[0]
    assert (round(width), round(height)) == (842, 595)
    for expected in [
        "Sari Wulandari",
        "Pengelolaan Anggaran",
        certificate.code,
        "Lurah Tanjung Barat",
    ]:
        assert expected in text


@pytest.mark.parametrize(
    "name",
    [
        '<b>Ani</b> & "Budi" <script>alert(1)</script>',
        "Raden Ajeng Kartini Djojoadhiningrat binti Raden Mas Adipati Ario Sosroningrat dari Jepara",
        "Nguyễn Thị Minh Khai",
        "Zoë Ñúñez",
        "محمد عبد الله",
        "王小明",
    ],
)
def test_hostile_long_and_non_latin_names_render_on_one_page(name):
    pages = pdf_pages(rendering.render_pdf(content(recipient_name=name)))
    assert len(pages) == 1
    text = pages[0][1]
    if name.isascii():
        assert " ".join(name.split()[:2]) in " ".join(text.split())


def test_markup_in_a_name_is_printed_as_text_not_followed(monkeypatch):
    fetched = []
    real_fetch = pdf.ProjectFilesFetcher.fetch
    monkeypatch.setattr(
        pdf.ProjectFilesFetcher,
        "fetch",
        lambda self, url, headers=None: fetched.append(url) or real_fetch(self, url),
    )
    hostile = (
        '<img src="file:///etc/passwd"><link rel="stylesheet" href="http://example.com/x.css">'
    )
    text = pdf_pages(rendering.render_pdf(content(recipient_name=hostile)))[0][1]
    assert "file:///etc/passwd" in "".join(text.split())
    assert not any("passwd" in url or "example.com" in url for url in fetched)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://127.0.0.1:8000/admin/",
        "https://akademiwarga.invalid/static/../../etc/passwd",
        "https://akademiwarga.invalid/media/../manage.py",
        "https://akademiwarga.invalid/manage.py",
        "data:text/plain,hello",
    ],
)
def test_the_fetcher_refuses_anything_but_project_files(url):
    with pytest.raises(Exception):  # noqa: B017 - any refusal will do; WeasyPrint catches them all
        pdf.ProjectFilesFetcher().fetch(url)


def test_the_fetcher_serves_the_projects_static_files():
    response = pdf.ProjectFilesFetcher().fetch(pdf.BASE_URL + "static/css/certificate.css")
    assert b"@page" in response.read()


def test_the_qr_code_points_at_the_public_verification_page():
    assert rendering.verification_url("TJB-AAAA-BBBB-CCCC-DDDD") == (
        "http://testserver/sertifikat/verifikasi/TJB-AAAA-BBBB-CCCC-DDDD/"
    )
    assert pdf.qr_svg("http://testserver/x").startswith("<svg")


def test_a_certificate_prints_and_encodes_the_sites_public_address(settings, certificate):
    settings.PUBLIC_BASE_URL = "https://warga.example.id"
    document = pypdfium2.PdfDocument(rendering.render_pdf(rendering.content_for(certificate)))
    address = f"https://warga.example.id/sertifikat/verifikasi/{certificate.code}/"
    text = document[0].get_textpage().get_text_range()
    assert address in "".join(text.split())
    scanned = zxingcpp.read_barcodes(document[0].render(scale=3).to_pil())
    assert [barcode.text for barcode in scanned] == [address]


def test_coordinators_preview_a_template_as_a_sample_pdf(client, coordinator):
    client.force_login(coordinator)
    template = CertificateTemplate.objects.get(is_default=True)
    response = template.serve_preview(None, "")
    assert response["Content-Type"] == "application/pdf"
    assert "Siti Nurhaliza" in pdf_pages(response.content)[0][1]
