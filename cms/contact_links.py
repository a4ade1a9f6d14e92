"""Links a resident can tap on a phone: tel: for telephone numbers, mailto: for e-mail addresses,
from fields that hold one and from short free text such as a guide's contact line."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

COUNTRY_CODE = "62"  # a national number (leading 0) is an Indonesian one
_EXTENSION = re.compile(
    r"\s*(?:ext|extension|psw|pes|pesawat|x)\.?\s*(\d{1,6})\s*$", re.IGNORECASE
)  # "psw." (pesawat) is how Indonesian offices write an extension
_NUMBER = re.compile(r"[(\s]*\+?[\d\s().-]+")
_LINKABLE = re.compile(
    r"(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    r"|(?P<phone>(?<![\w+(])(?:\+|\(?0)[\d\s()-]{4,}\d"
    r"(?:\s*(?:ext|psw|pes|x)\.?\s*\d{1,6}\b)?)",
    re.IGNORECASE,
)
# In running text a number starts with 0, (0 or + and has 6 digits or more: not a year ("2025-2026"),
# a postcode, a time or a short code.
MIN_DIGITS_IN_TEXT = 6


def tel_href(number: str) -> str:
    """'(021) 7800-123' → 'tel:+62217800123', '0812 3456 7890 psw. 12' →
    'tel:+6281234567890;ext=12'; '' when the text is not a telephone number."""
    text = (number or "").strip()
    extension = ""
    if match := _EXTENSION.search(text):
        extension, text = match.group(1), text[: match.start()]
    if not _NUMBER.fullmatch(text):
        return ""
    digits = re.sub(r"\D", "", text)
    if not 3 <= len(digits) <= 15:  # 112 and 165 are numbers too; E.164 allows 15 digits
        return ""
    if text.lstrip("( ").startswith("+"):
        international = "+" + digits
    elif digits.startswith("00"):
        international = "+" + digits[2:]
    elif digits.startswith("0"):
        international = f"+{COUNTRY_CODE}{digits[1:]}"
    else:
        international = digits
    return f"tel:{international}" + (f";ext={extension}" if extension else "")


def mailto_href(address: str) -> str:
    address = (address or "").strip()
    try:
        validate_email(address)
    except ValidationError:
        return ""
    return f"mailto:{address}"


def link_contacts(text: str) -> SafeString:
    """The text, escaped, with its e-mail addresses and telephone numbers as links."""
    text = text or ""
    parts, done = [], 0
    for match in _LINKABLE.finditer(text):
        if match["email"]:
            href = mailto_href(match["email"])
        elif sum(char.isdigit() for char in match["phone"]) >= MIN_DIGITS_IN_TEXT:
            href = tel_href(match["phone"])
        else:
            href = ""
        if href:
            parts += [
                escape(text[done : match.start()]),
                format_html('<a href="{}">{}</a>', href, match[0]),
            ]
            done = match.end()
    parts.append(escape(text[done:]))
    return mark_safe("".join(parts))  # noqa: S308 - every part is escaped above
