"""The JSON-LD contexts the credentials use, read from the files shipped in contexts/: signing
and verifying never fetch anything from the network."""

import copy
import json
from functools import cache
from pathlib import Path

from pyld import jsonld

FOLDER = Path(__file__).parent / "contexts"
VC_V2 = "https://www.w3.org/ns/credentials/v2"
OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
DID_V1 = "https://www.w3.org/ns/did/v1"
MULTIKEY_V1 = "https://w3id.org/security/multikey/v1"


@cache
def shipped() -> dict[str, dict]:
    """Each shipped context by its URL (contexts/index.json)."""
    index = json.loads((FOLDER / "index.json").read_text())
    return {url: json.loads((FOLDER / name).read_text()) for url, name in index.items()}


def document_loader(url: str, options=None) -> dict:
    """pyld's document loader: a shipped context, or an error for anything else."""
    try:
        document = shipped()[url]
    except KeyError as error:
        raise jsonld.JsonLdError(
            f"{url} is not a shipped context",
            "jsonld.LoadDocumentError",
            code="loading document failed",
        ) from error
    # pyld may keep what it is given; the shipped copy must stay as read.
    return {"contextUrl": None, "documentUrl": url, "document": copy.deepcopy(document)}
