"""The issuer's identifier, did:web on the site's public address, and its DID document, served
at /.well-known/did.json: one verification method per published key."""

from urllib.parse import quote, urlsplit

from django.conf import settings

from . import keys
from .contexts import DID_V1, MULTIKEY_V1


def issuer_did() -> str:
    """did:web of SITE_URL's host (a port is written %3A, as did:web says)."""
    return "did:web:" + quote(urlsplit(settings.PUBLIC_BASE_URL).netloc, safe="")


def verification_method(multikey: str) -> str:
    """A key's id in the DID document: the key itself is the fragment, so ids never clash
    across rotations."""
    return f"{issuer_did()}#{multikey}"


def did_document() -> dict:
    did = issuer_did()
    methods = [
        {
            "id": verification_method(multikey),
            "type": "Multikey",
            "controller": did,
            "publicKeyMultibase": multikey,
        }
        for multikey in keys.published_multikeys()
    ]
    return {
        "@context": [DID_V1, MULTIKEY_V1],
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": [method["id"] for method in methods],
    }
