"""The kelurahan's Ed25519 signing key (docs/open-badges.md): PEM text in the setting
CREDENTIAL_SIGNING_KEY, or a file outside the repository named by CREDENTIAL_SIGNING_KEY_FILE.
Public keys of earlier signing keys stay in CREDENTIAL_RETIRED_KEYS, so what they signed stays
verifiable after a rotation."""

from functools import lru_cache
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.conf import settings

from . import multibase


class NoSigningKey(Exception):
    """No signing key is configured, or it cannot be read: credentials cannot be signed."""


def new_private_key_pem() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def signing_key() -> Ed25519PrivateKey:
    pem = settings.CREDENTIAL_SIGNING_KEY
    if not pem and settings.CREDENTIAL_SIGNING_KEY_FILE:
        try:
            pem = Path(settings.CREDENTIAL_SIGNING_KEY_FILE).read_text()
        except OSError as error:
            raise NoSigningKey(f"cannot read CREDENTIAL_SIGNING_KEY_FILE: {error}") from error
    if not pem:
        raise NoSigningKey("neither CREDENTIAL_SIGNING_KEY nor CREDENTIAL_SIGNING_KEY_FILE is set")
    return _load(pem.strip())


@lru_cache(maxsize=4)
def _load(pem: str) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(pem.encode(), password=None)
    except (ValueError, TypeError) as error:
        raise NoSigningKey("the signing key is not an unencrypted PEM private key") from error
    if not isinstance(key, Ed25519PrivateKey):
        raise NoSigningKey("the signing key is not an Ed25519 key")
    return key


def public_multikey(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return multibase.public_multikey(raw)


def public_key(multikey: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(multibase.raw_public_key(multikey))


def published_multikeys() -> list[str]:
    """The public keys the DID document lists: the signing key's first (when there is one),
    then the retired ones."""
    try:
        current = [public_multikey(signing_key())]
    except NoSigningKey:
        current = []
    retired = [key.strip() for key in settings.CREDENTIAL_RETIRED_KEYS if key.strip()]
    return list(dict.fromkeys(current + retired))
