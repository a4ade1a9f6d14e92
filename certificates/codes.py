"""Verification codes: random, short enough to type from paper, with a check character.

A code looks like ``TJB-7K3Q-9XWD-M2PA-4RZC``: a prefix, 15 random characters (75 bits) and
one check character, from Crockford's alphabet (no I, L, O or U, so nothing looks alike). The
check character (Luhn mod 32) catches any single mistyped character and most swapped pairs
before the database is asked."""

import re
import secrets

from django.conf import settings

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RANDOM_LENGTH = 15
GROUP = 4
# What people type by mistake for what they mean: O for zero, I and L for one.
LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


class InvalidCode(ValueError):
    """The text cannot be a code: wrong length or characters."""


class TypoInCode(InvalidCode):
    """The text has the shape of a code but its check character does not match."""


def prefix() -> str:
    return settings.CERTIFICATE_CODE_PREFIX


def check_character(body: str) -> str:
    total = 0
    for position, character in enumerate(reversed(body)):
        value = ALPHABET.index(character)
        if position % 2 == 0:
            value *= 2
            value = value // 32 + value % 32
        total += value
    return ALPHABET[(32 - total % 32) % 32]


def new_code() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_LENGTH))
    return format_code(body + check_character(body))


def format_code(characters: str) -> str:
    groups = [characters[i : i + GROUP] for i in range(0, len(characters), GROUP)]
    return "-".join([prefix(), *groups])


def normalise(text: str) -> str:
    """Turn what someone typed into the canonical code, or raise InvalidCode."""
    cleaned = re.sub(r"[\s\-_.]", "", text.upper())
    if cleaned.startswith(prefix()) and len(cleaned) == len(prefix()) + RANDOM_LENGTH + 1:
        cleaned = cleaned[len(prefix()) :]
    cleaned = cleaned.translate(LOOKALIKES)
    if len(cleaned) != RANDOM_LENGTH + 1 or any(c not in ALPHABET for c in cleaned):
        raise InvalidCode("length or characters")
    if check_character(cleaned[:-1]) != cleaned[-1]:
        raise TypoInCode
    return format_code(cleaned)
