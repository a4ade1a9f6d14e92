"""Milliseconds to sign and to verify one certificate's Open Badges credential (eddsa-rdfc-2022:
two RDFC-1.0 canonicalisations with pyld, then Ed25519), in one process.

Run from the project root: .venv/bin/python bench/credential_signing.py [--count 50]
"""

import argparse
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from certificates.open_badges import keys, proofs  # noqa: E402
from certificates.open_badges.contexts import OB_V3, VC_V2  # noqa: E402

SITE = "https://warga.example"
DID = "did:web:warga.example"


def credential() -> dict:
    """As the site issues one for a module (certificates/open_badges/credential.py)."""
    return {
        "@context": [VC_V2, OB_V3],
        "id": f"{SITE}/sertifikat/verifikasi/TJB-7K3Q-9XWD-M2PA-4RZC/",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": "Pengelolaan Anggaran",
        "issuer": {
            "id": DID,
            "type": ["Profile"],
            "name": "Kelurahan Tanjung Barat",
            "url": f"{SITE}/",
            "image": {"id": f"{SITE}/static/img/logo.svg", "type": "Image"},
            "address": {
                "type": ["Address"],
                "addressCountry": "Indonesia",
                "addressCountryCode": "ID",
                "streetAddress": "Jl. Raya Tanjung Barat No. 1",
                "addressRegion": "Kecamatan Jagakarsa, Jakarta Selatan",
            },
        },
        "validFrom": "2026-11-27T09:00:00Z",
        "credentialSubject": {
            "id": "urn:uuid:0b9f3c1e-8d7a-4f7e-9a55-2c1d3e4f5a6b",
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "identityHash": "Siti Nurhaliza",
                    "hashed": False,
                }
            ],
            "achievement": {
                "id": f"{SITE}/modul/pengelolaan-anggaran/",
                "type": ["Achievement"],
                "achievementType": "Course",
                "name": "Pengelolaan Anggaran",
                "description": "Menyusun dan membaca anggaran kegiatan warga.",
                "criteria": {"narrative": "Menyelesaikan seluruh pelajaran dan kuis modul ini."},
                "image": {"id": f"{SITE}/static/img/logo.svg", "type": "Image"},
                "inLanguage": "id",
            },
        },
        "credentialStatus": {
            "id": f"{SITE}/sertifikat/status/0.json#42",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": "42",
            "statusListCredential": f"{SITE}/sertifikat/status/0.json",
        },
    }


def milliseconds(action, count: int) -> list[float]:
    action()  # warm up: contexts read and processed once
    timings = []
    for _ in range(count):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=50)
    count = parser.parse_args().count
    key = Ed25519PrivateKey.generate()
    method = f"{DID}#{keys.public_multikey(key)}"
    document = credential()
    now = datetime.now(UTC)
    signed = proofs.sign(document, key, verification_method=method, created=now)
    results = {
        "sign": milliseconds(
            lambda: proofs.sign(document, key, verification_method=method, created=now), count
        ),
        "verify": milliseconds(lambda: proofs.verify(signed, key.public_key()), count),
    }
    for name, timings in results.items():
        print(  # noqa: T201 - the benchmark's report
            f"{name}: median {statistics.median(timings):.1f} ms, "
            f"min {min(timings):.1f} ms, max {max(timings):.1f} ms ({count} runs)"
        )


if __name__ == "__main__":
    main()
