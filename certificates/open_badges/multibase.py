"""Multibase base58btc (the "z" prefix) and Ed25519 Multikeys: how Data Integrity proofs write
signatures and public keys."""

ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BASE58BTC = "z"
#: The multicodec prefix of an Ed25519 public key (0xed, as an unsigned varint).
ED25519_PUBLIC = b"\xed\x01"


class InvalidMultibase(ValueError):
    """The text is not base58btc multibase, or not the kind of key expected."""


def encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    digits = ""
    while number:
        number, remainder = divmod(number, 58)
        digits = ALPHABET[remainder] + digits
    leading_zeros = len(data) - len(data.lstrip(b"\0"))
    return BASE58BTC + ALPHABET[0] * leading_zeros + digits


def decode(text: str) -> bytes:
    if not text.startswith(BASE58BTC) or any(c not in ALPHABET for c in text[1:]):
        raise InvalidMultibase("not base58btc multibase")
    body = text[1:]
    number = 0
    for character in body:
        number = number * 58 + ALPHABET.index(character)
    leading_zeros = len(body) - len(body.lstrip(ALPHABET[0]))
    return b"\0" * leading_zeros + number.to_bytes((number.bit_length() + 7) // 8, "big")


def public_multikey(raw_public_key: bytes) -> str:
    return encode(ED25519_PUBLIC + raw_public_key)


def raw_public_key(multikey: str) -> bytes:
    data = decode(multikey)
    if not data.startswith(ED25519_PUBLIC) or len(data) != len(ED25519_PUBLIC) + 32:
        raise InvalidMultibase("not an Ed25519 public key")
    return data[len(ED25519_PUBLIC) :]
