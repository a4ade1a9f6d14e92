"""Certificates as Open Badges 3.0 verifiable credentials (docs/open-badges.md): built from an
issued certificate, signed with the kelurahan's Ed25519 key as a Data Integrity proof
(eddsa-rdfc-2022), revocable through a Bitstring Status List, checked without the network."""
