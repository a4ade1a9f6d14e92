import importlib
import io
import json
import shutil
import subprocess
from pathlib import Path

import pypdfium2
import pytest
from django.core.exceptions import ValidationError
from django.urls import clear_url_caches
from wagtail.models import Site

import config.urls
from cms.blocks import OtherChannelBlock
from cms.models import GuideBrochure, KelurahanSettings

from ..factories import GuideIndexPageFactory, GuidePageFactory

pytestmark = pytest.mark.django_db
PROJECT = Path(__file__).resolve().parents[2]


@pytest.fixture
def guides(home_page):
    return GuideIndexPageFactory(parent=home_page)


@pytest.fixture
def ktp_guide(guides):
    return GuidePageFactory(
        parent=guides,
        title="Membuat atau Memperbarui KTP Elektronik",
        slug="membuat-ktp-elektronik",
        summary="Cara membuat KTP elektronik di Kelurahan Tanjung Barat. Layanan ini gratis.",
        rights=[("item", "Anda berhak mendapat KTP tanpa biaya.")],
        fee="",
        office_name="Kantor Kelurahan Tanjung Barat",
    )


def pdf_pages(data: bytes):
    document = pypdfium2.PdfDocument(io.BytesIO(data))
    return [(page.get_size(), page.get_textpage().get_text_range()) for page in document]


def test_guide_page_shows_rights_obligations_steps_and_where_to_go(client, ktp_guide):
    content = client.get(ktp_guide.url).content.decode()
    for text in [
        "Anda berhak mendapat KTP tanpa biaya.",
        "Anda wajib membawa dokumen asli.",
        "Datang ke kantor",
        "Kartu Keluarga asli",
        "Gratis",
        "Kantor Kelurahan Tanjung Barat",
        "LAPOR!",
    ]:
        assert text in content
    assert f"/guides/{ktp_guide.pk}/brochure/" in content


@pytest.fixture
def counter_guide(guides):
    return GuidePageFactory(
        parent=guides,
        title="Mengurus Kartu Keluarga",
        summary="Cara memperbarui KK di kelurahan.",
        fee="Rp0, tanpa pungutan",
        service_time="Paling lama 3 hari kerja",
        office_name="Loket Dukcapil Kantor Kelurahan",
        office_address="Jl. Contoh Raya No. 1, Tanjung Barat, Jagakarsa, Jakarta Selatan 12530",
        office_hours="Senin–Jumat 08.00–15.00",
        office_contact="Telepon (021) 7800-123 psw. 4, e-mail loket@tanjungbarat.example",
        documents=[("item", "KK lama"), ("item", "KTP-el kepala keluarga")],
        complaint="Jika diminta uang, telepon kepala loket di 0812-3456-7890.",
        complaint_channels=[
            ("official", "jaki"),
            ("official", "crm"),
            ("official", "lapor"),
            ("official", "ombudsman"),
            (
                "other",
                {
                    "name": "BPJS Kesehatan Care Center",
                    "url": "",
                    "phone": "165",
                    "email": "pengaduan@bpjs.example",
                    "description": "",
                },
            ),
        ],
    )


def section(content: str, start_marker: str) -> str:
    start = content.index(start_marker)
    return content[start : content.index("</section>", start)]


def test_what_to_take_to_the_counter_comes_right_after_the_summary(client, counter_guide):
    content = client.get(counter_guide.url).content.decode()
    order = [
        "Cara memperbarui KK di kelurahan.",
        'id="counter"',
        'id="rights"',
        'id="obligations"',
        'id="steps"',
        'id="complaint"',
    ]
    positions = [content.index(marker) for marker in order]
    assert positions == sorted(positions)
    counter = section(content, 'id="counter"')
    for expected in [
        "Rp0, tanpa pungutan",
        "Paling lama 3 hari kerja",
        "Loket Dukcapil Kantor Kelurahan",
        "Jl. Contoh Raya No. 1, Tanjung Barat",
        "Senin–Jumat 08.00–15.00",
        "<li>KK lama</li>",
        "<li>KTP-el kepala keluarga</li>",
    ]:
        assert expected in counter, expected
    assert "<dl" in counter and "<dt>" in counter
    assert content.count('id="documents"') == 1  # the checklist is not repeated further down


def test_the_counter_block_is_headed_di_loket_and_says_free(client, ktp_guide):
    """Reads the Indonesian catalogue: passes once "At the counter" is translated."""
    counter = section(client.get(ktp_guide.url).content.decode(), 'id="counter"')
    assert "Di loket" in counter and "Gratis" in counter


def test_telephone_numbers_and_e_mail_addresses_are_links(client, counter_guide):
    kelurahan = KelurahanSettings.for_site(Site.objects.get(is_default_site=True))
    kelurahan.phone = "(021) 000-0000"
    kelurahan.email = "kelurahan@tanjungbarat.example"
    kelurahan.save()
    content = client.get(counter_guide.url).content.decode()
    for href in [
        "tel:+62217800123;ext=4",  # the office, from the guide's contact line
        "mailto:loket@tanjungbarat.example",
        "tel:+6281234567890",  # in the text on how to complain
        "tel:165",  # another complaint channel
        "mailto:pengaduan@bpjs.example",
        "tel:+62210000000",  # the kelurahan, in the footer
        "mailto:kelurahan@tanjungbarat.example",
    ]:
        assert f'href="{href}"' in content, href


def test_the_complaint_channels_link_to_their_official_addresses(client, counter_guide):
    complaint = section(client.get(counter_guide.url).content.decode(), 'id="complaint"')
    for href in [
        "https://jaki.jakarta.go.id",
        "https://crm.jakarta.go.id",
        "https://www.lapor.go.id",
        "https://ombudsman.go.id/pengaduan",
    ]:
        assert f'href="{href}"' in complaint, href


def test_a_complaint_channel_with_a_telephone_that_is_not_a_number_is_refused():
    block = OtherChannelBlock()
    value = block.to_python({"name": "Posko", "url": "", "phone": "tanya RT", "email": ""})
    with pytest.raises(ValidationError) as refused:
        block.clean(value)
    assert "phone" in refused.value.block_errors
    good = block.to_python({"name": "Posko", "phone": "(021) 7800-123 psw. 4"})
    assert block.clean(good)["phone"] == "(021) 7800-123 psw. 4"


def test_guide_index_filters_by_service_area(client, ktp_guide, guides):
    from cms.models import ServiceArea

    health = ServiceArea.objects.create(
        name="Kesehatan", slug="kesehatan", locale=ktp_guide.locale
    )
    GuidePageFactory(parent=guides, title="Berobat di Puskesmas", service_area=health)
    everything = client.get(guides.url).content.decode()
    assert "Berobat di Puskesmas" in everything and "KTP Elektronik" in everything
    filtered = client.get(guides.url, {"layanan": "kesehatan"}).content.decode()
    assert "Berobat di Puskesmas" in filtered and "KTP Elektronik" not in filtered


def test_brochure_is_two_a5_pages_with_the_guides_content(client, ktp_guide):
    response = client.get(f"/guides/{ktp_guide.pk}/brochure/")
    assert response["Content-Type"] == "application/pdf"
    pages = pdf_pages(b"".join(response.streaming_content))
    assert len(pages) == 2
    for (width, height), _text in pages:
        assert (round(width), round(height)) == (420, 595)
    text = " ".join(" ".join(page_text.split()) for _size, page_text in pages)
    for expected in [
        "KTP Elektronik",
        "Anda berhak mendapat KTP tanpa biaya.",
        "Kartu Keluarga asli",
        "LAPOR!",
    ]:
        assert expected in text


def count_layouts(monkeypatch) -> list:
    """Every time WeasyPrint lays out a brochure, as the brochure code calls it or through
    html_to_pdf."""
    from cms import brochures, pdf

    laid_out, real = [], pdf.layout
    counting = lambda *args, **kwargs: laid_out.append(1) or real(*args, **kwargs)  # noqa: E731
    monkeypatch.setattr(brochures, "layout", counting)
    monkeypatch.setattr(pdf, "layout", counting)
    return laid_out


def test_a_guide_that_fits_is_laid_out_once(ktp_guide, monkeypatch):
    from cms.brochures import render_brochures

    laid_out = count_layouts(monkeypatch)
    assert len(pdf_pages(render_brochures([ktp_guide]))) == 2
    assert len(laid_out) == 1


def test_a_guide_too_long_for_its_front_page_flows_over_both_pages_uncut(guides, monkeypatch):
    from cms.brochures import render_brochures

    rights = [
        f"Hak nomor {n}: Anda berhak dilayani dengan jelas, cepat, dan ramah." for n in range(40)
    ]
    guide = GuidePageFactory(parent=guides, rights=[("item", right) for right in rights])
    laid_out = count_layouts(monkeypatch)
    pages = pdf_pages(render_brochures([guide]))
    text = " ".join(" ".join(page_text.split()) for _size, page_text in pages)
    assert "Hak nomor 39:" in text
    assert len(laid_out) == 2  # the split layout did not fit: laid out again, flowing


def test_brochure_is_rendered_once_per_revision_and_again_after_publishing(
    client, ktp_guide, monkeypatch, django_capture_on_commit_callbacks
):
    client.get(f"/guides/{ktp_guide.pk}/brochure/")
    first = GuideBrochure.objects.get(guide=ktp_guide)
    monkeypatch.setattr("cms.brochures.render_brochures", lambda guides: pytest.fail("again"))
    client.get(f"/guides/{ktp_guide.pk}/brochure/")
    monkeypatch.undo()

    ktp_guide.title = "KTP Elektronik (diperbarui)"
    with django_capture_on_commit_callbacks(execute=True):
        ktp_guide.save_revision().publish()
    brochure = GuideBrochure.objects.get(guide=ktp_guide)
    assert brochure.revision_id != first.revision_id
    text = " ".join(text for _size, text in pdf_pages(brochure.pdf.read()))
    assert "(diperbarui)" in " ".join(text.split())


def test_unpublished_guides_have_no_brochure(client, ktp_guide):
    ktp_guide.unpublish()
    assert client.get(f"/guides/{ktp_guide.pk}/brochure/").status_code == 404
    assert client.get("/guides/999999/brochure/").status_code == 404


@pytest.fixture
def served_media(settings, tmp_path):
    """Uploads on disk in MEDIA_ROOT, served by Django as SERVE_MEDIA does without a proxy."""
    settings.MEDIA_ROOT = tmp_path
    default = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    settings.STORAGES = {**settings.STORAGES, "default": default}
    settings.SERVE_MEDIA = True
    importlib.reload(config.urls)
    clear_url_caches()
    yield
    settings.SERVE_MEDIA = False
    importlib.reload(config.urls)
    clear_url_caches()


def test_a_brochure_is_not_a_public_file(
    client, ktp_guide, served_media, django_capture_on_commit_callbacks
):
    """Brochures were kept in MEDIA_ROOT as brochures/<slug>-<revision>.pdf, which the web
    server hands to anyone: an unpublished guide's brochure stayed public there."""
    with django_capture_on_commit_callbacks(execute=True):
        ktp_guide.save_revision().publish()
    assert client.get(f"/guides/{ktp_guide.pk}/brochure/").status_code == 200
    media_url = f"/media/{GuideBrochure.objects.get(guide=ktp_guide).pdf.name}"
    assert client.get(media_url).status_code == 404
    ktp_guide.unpublish()
    assert client.get(f"/guides/{ktp_guide.pk}/brochure/").status_code == 404
    assert client.get(media_url).status_code == 404


def test_coordinator_downloads_a_print_pack_of_a_service_area(
    client, ktp_guide, guides, coordinator
):
    GuidePageFactory(parent=guides, title="Mengurus Kartu Keluarga")
    client.force_login(coordinator)
    assert "Kependudukan" in client.get("/admin/print-packs/").content.decode()
    response = client.get(f"/admin/print-packs/{ktp_guide.service_area_id}/")
    pages = pdf_pages(response.content)
    assert len(pages) == 4


@pytest.mark.parametrize("role", ["facilitator", "official", "resident"])
def test_only_coordinators_get_print_packs(client, ktp_guide, role, request):
    client.force_login(request.getfixturevalue(role))
    assert client.get(f"/admin/print-packs/{ktp_guide.service_area_id}/").status_code in {302, 403}


@pytest.mark.parametrize(
    ("query", "expected_first"),
    [
        ("cara membuat KTP", "Membuat atau Memperbarui KTP Elektronik"),
        ("KTP", "Membuat atau Memperbarui KTP Elektronik"),
        ("puskesmas", "Berobat di Puskesmas"),
    ],
)
def test_search_puts_the_right_guide_first(client, ktp_guide, guides, query, expected_first):
    GuidePageFactory(
        parent=guides, title="Berobat di Puskesmas", summary="Berobat dengan BPJS di puskesmas."
    )
    content = client.get("/search/", {"q": query}).content.decode()
    first_hit = content.split('<ol class="search-results">', 1)[1]
    assert expected_first in first_hit.split("</li>", 1)[0]


def test_related_guides_and_modules_link_both_ways(client, ktp_guide, module):
    ktp_guide.related_modules.add(module)
    ktp_guide.save_revision().publish()
    assert ktp_guide.title in client.get(module.url).content.decode()
    assert module.title in client.get(ktp_guide.url).content.decode()


def test_the_editor_loads_the_readability_hint(client, ktp_guide, facilitator):
    client.force_login(facilitator)
    content = client.get(f"/admin/pages/{ktp_guide.pk}/edit/").content.decode()
    assert "readability-hint-messages" in content
    assert "js/readability-hint.js" in content


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js to run the editor script")
def test_the_readability_measure_flags_long_sentences_and_words():
    script = (
        f'const r = require("{PROJECT}/static/js/readability-hint.js");'
        'const plain = "Bawa KTP asli. Datang ke kantor kelurahan. Petugas akan membantu Anda.";'
        'const hard = "Pemohon diwajibkan melampirkan dokumen persyaratan administratif kependudukan '
        'sebagaimana dipersyaratkan dalam ketentuan peraturan perundang-undangan yang berlaku";'
        "console.log(JSON.stringify([r.verdict(r.measure(plain)), r.verdict(r.measure(hard))]));"
    )
    result = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True)  # noqa: S603, S607
    plain, hard = json.loads(result.stdout)
    assert plain == {"longSentences": False, "longWords": False}
    assert hard == {"longSentences": True, "longWords": True}


def test_a_channel_no_longer_listed_is_left_out_not_an_error(client, guides):
    guide = GuidePageFactory(
        parent=guides, complaint_channels=[("official", "gone"), ("official", "lapor")]
    )
    response = client.get(guide.url)
    assert response.status_code == 200
    complaint = section(response.content.decode(), 'id="complaint"')
    assert complaint.count("<li") == 1 and 'href="https://www.lapor.go.id"' in complaint
