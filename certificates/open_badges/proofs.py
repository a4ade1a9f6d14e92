"""Data Integrity proofs with the eddsa-rdfc-2022 cryptosuite (W3C vc-di-eddsa): both the
document and the proof options are canonicalised (RDFC-1.0, which pyld's URDNA2015 implements),
hashed with SHA-256, and the two hashes signed with Ed25519."""

import hashlib
from datetime import datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyld import jsonld

from . import multibase
from .contexts import document_loader

PROOF_TYPE = "DataIntegrityProof"
CRYPTOSUITE = "eddsa-rdfc-2022"
PURPOSE = "assertionMethod"


class InvalidProof(Exception):
    """The document has no proof this module can check, or its signature does not match."""


def canonical(document: dict) -> str:
    return jsonld.normalize(
        document,
        {
            "algorithm": "URDNA2015",
            "format": "application/n-quads",
            "documentLoader": document_loader,
        },
    )


def _hash_data(document: dict, options: dict) -> bytes:
    unsigned = {key: value for key, value in document.items() if key != "proof"}
    options = {"@context": document["@context"], **options}
    return (
        hashlib.sha256(canonical(options).encode()).digest()
        + hashlib.sha256(canonical(unsigned).encode()).digest()
    )


def sign(
    document: dict, key: Ed25519PrivateKey, *, verification_method: str, created: datetime
) -> dict:
    """The document with its proof added."""
    options = {
        "type": PROOF_TYPE,
        "cryptosuite": CRYPTOSUITE,
        "created": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "verificationMethod": verification_method,
        "proofPurpose": PURPOSE,
    }
    signature = key.sign(_hash_data(document, options))
    # A list of one: 1EdTech's Open Badges schema wants a list, and every verifier reads one.
    return {**document, "proof": [{**options, "proofValue": multibase.encode(signature)}]}


def proof_of(document: dict) -> dict:
    """The document's one eddsa-rdfc-2022 proof, or InvalidProof."""
    proof = document.get("proof")
    if isinstance(proof, list) and len(proof) == 1:
        proof = proof[0]
    if not isinstance(proof, dict):
        raise InvalidProof("no single proof")
    if (proof.get("type"), proof.get("cryptosuite")) != (PROOF_TYPE, CRYPTOSUITE):
        raise InvalidProof("not an eddsa-rdfc-2022 Data Integrity proof")
    if proof.get("proofPurpose") != PURPOSE:
        raise InvalidProof("not an assertion")
    return proof


def verify(document: dict, public_key: Ed25519PublicKey) -> None:
    """Raise InvalidProof unless the document's proof is a valid signature by `public_key`."""
    proof = proof_of(document)
    options = {name: value for name, value in proof.items() if name != "proofValue"}
    try:
        signature = multibase.decode(str(proof.get("proofValue", "")))
        public_key.verify(signature, _hash_data(document, options))
    except (multibase.InvalidMultibase, InvalidSignature) as error:
        raise InvalidProof("the signature does not match") from error
    except jsonld.JsonLdError as error:
        raise InvalidProof("the document cannot be read as JSON-LD") from error
