"""Text typed by people, cleaned before it is stored: no control characters (PostgreSQL
refuses NUL; spreadsheets and PDFs choke on the others) and no bidirectional overrides, which
could make a printed name read differently from the stored one."""

import unicodedata

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _unwanted(character: str) -> bool:
    return character in BIDI_CONTROLS or unicodedata.category(character) == "Cc"


def one_line(text: str) -> str:
    """A name, title or place: unwanted characters become spaces, runs of spaces one space."""
    return " ".join("".join(" " if _unwanted(c) else c for c in text).split())


def multi_line(text: str) -> str:
    """A comment: line breaks and tabs kept, other unwanted characters dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text if c in "\n\t" or not _unwanted(c)).strip()
