import pytest

from cms.contact_links import link_contacts, mailto_href, tel_href


@pytest.mark.parametrize(
    ("number", "href"),
    [
        ("(021) 7800-123", "tel:+62217800123"),
        ("021-7800-123", "tel:+62217800123"),
        ("0812 3456 7890", "tel:+6281234567890"),
        ("+62 21 7800 123", "tel:+62217800123"),
        ("(+62) 21 7800 123", "tel:+62217800123"),
        ("0062 21 7800 123", "tel:+62217800123"),
        ("165", "tel:165"),
        ("  112  ", "tel:112"),
    ],
)
def test_a_telephone_number_becomes_an_international_tel_href(number, href):
    assert tel_href(number) == href


@pytest.mark.parametrize(
    ("number", "href"),
    [
        ("(021) 7800-123 ext. 45", "tel:+62217800123;ext=45"),
        ("(021) 7800-123 psw. 45", "tel:+62217800123;ext=45"),
        ("(021) 7800-123 x45", "tel:+62217800123;ext=45"),
    ],
)
def test_an_extension_is_kept_after_the_number(number, href):
    assert tel_href(number) == href


@pytest.mark.parametrize(
    "number",
    [
        "",
        None,
        "   ",
        "tidak ada",
        "021-ABC-123",
        "0812 3456 7890 ext.",
        "12",
        "1234567890123456",  # 16 digits: longer than any telephone number
        "(021) 7800-123 / 0812 3456 7890",
        "021+7800",
    ],
)
def test_what_is_not_a_telephone_number_has_no_tel_href(number):
    assert tel_href(number) == ""


def test_mailto_only_for_an_e_mail_address():
    assert mailto_href(" kelurahan@jakarta.go.id ") == "mailto:kelurahan@jakarta.go.id"
    assert mailto_href("kelurahan di jakarta") == ""
    assert mailto_href("") == ""


def test_numbers_and_addresses_in_text_become_links_and_the_rest_is_escaped():
    html = link_contacts("Telepon (021) 7800-123 psw. 4, e-mail <b>lurah@contoh.id</b>")
    assert html == (
        'Telepon <a href="tel:+62217800123;ext=4">(021) 7800-123 psw. 4</a>, e-mail '
        '&lt;b&gt;<a href="mailto:lurah@contoh.id">lurah@contoh.id</a>&lt;/b&gt;'
    )


@pytest.mark.parametrize(
    "text",
    [
        "Tahun ajaran 2025-2026",
        "Jakarta Selatan 12530 (contoh)",
        "Senin–Jumat 08.00–15.00",
        "UU 24/2013, Pasal 79A",
        "BPJS Kesehatan Care Center 165",
    ],
)
def test_years_postcodes_hours_and_short_codes_in_text_stay_text(text):
    assert link_contacts(text) == text
