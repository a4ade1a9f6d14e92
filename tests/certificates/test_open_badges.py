"""Certificates as signed Open Badges credentials: keys, proofs, the status list, and what the
site serves (the independent verifier's tests are in test_open_badges_verifier.py)."""

import copy

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.core.management import call_command

from certificates import services
from certificates.open_badges import keys, multibase, proofs, status_list
from certificates.open_badges.did import did_document, issuer_did
from certificates.open_badges.signing import ensure_credential, sign_missing_credentials

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed(certificate):
    return ensure_credential(certificate.pk)


def test_multibase_round_trips_leading_zeros():
    assert multibase.decode(multibase.encode(b"\0\0abc")) == b"\0\0abc"


def test_an_ed25519_multikey_starts_z6mk():
    multikey = keys.public_multikey(Ed25519PrivateKey.generate())

    assert multikey.startswith("z6Mk")
    assert multibase.public_multikey(multibase.raw_public_key(multikey)) == multikey


def test_the_credential_is_signed_once_and_says_who_and_what(signed, certificate):
    again = ensure_credential(certificate.pk)

    credential = signed.credential
    assert again.credential == credential
    assert credential["issuer"]["id"] == issuer_did() == "did:web:testserver"
    subject = credential["credentialSubject"]
    assert subject["id"] == f"urn:uuid:{certificate.subject_uuid}"
    assert subject["identifier"][0]["identityHash"] == certificate.recipient_name
    assert certificate.recipient.email not in str(credential)
    assert subject["achievement"]["name"] == certificate.achievement
    assert credential["credentialStatus"]["statusListIndex"] == str(certificate.pk)
    proofs.verify(credential, keys.signing_key().public_key())


def test_a_changed_credential_does_not_verify(signed):
    changed = copy.deepcopy(signed.credential)
    changed["credentialSubject"]["identifier"][0]["identityHash"] = "Orang Lain"

    with pytest.raises(proofs.InvalidProof):
        proofs.verify(changed, keys.signing_key().public_key())


def test_without_a_key_nothing_is_signed_and_nothing_breaks(settings, certificate):
    settings.CREDENTIAL_SIGNING_KEY = ""
    settings.CREDENTIAL_SIGNING_KEY_FILE = ""

    assert ensure_credential(certificate.pk).credential is None
    assert sign_missing_credentials() == (0, 0)


def test_the_key_can_come_from_a_file(settings, tmp_path, certificate):
    path = tmp_path / "signing.pem"
    call_command("make_credential_key", str(path))
    settings.CREDENTIAL_SIGNING_KEY = ""
    settings.CREDENTIAL_SIGNING_KEY_FILE = str(path)

    credential = ensure_credential(certificate.pk).credential

    assert path.stat().st_mode & 0o777 == 0o600
    assert credential["proof"][0]["verificationMethod"].endswith(
        keys.public_multikey(keys.signing_key())
    )


def test_the_did_document_keeps_retired_keys(settings):
    retired = keys.public_multikey(Ed25519PrivateKey.generate())
    settings.CREDENTIAL_RETIRED_KEYS = [retired]

    document = did_document()

    current = keys.public_multikey(keys.signing_key())
    listed = [method["publicKeyMultibase"] for method in document["verificationMethod"]]
    assert listed == [current, retired]
    assert document["assertionMethod"] == [f"did:web:testserver#{key}" for key in listed]


def test_the_status_list_follows_revoking_and_reinstating(
    signed, certificate, coordinator, django_capture_on_commit_callbacks
):
    assert not status_list.is_revoked(certificate.pk)
    with django_capture_on_commit_callbacks(execute=True):
        services.revoke(certificate, reason="Salah orang", by=coordinator)
    assert status_list.is_revoked(certificate.pk)
    with django_capture_on_commit_callbacks(execute=True):
        services.reinstate(certificate, by=coordinator)
    assert not status_list.is_revoked(certificate.pk)
    listed = status_list.current(0)
    proofs.verify(listed, keys.signing_key().public_key())


def test_deleting_the_account_erases_the_credential_and_revokes_it(
    signed, certificate, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.forget_recipient(certificate.recipient)

    certificate.refresh_from_db()
    assert certificate.credential is None
    assert ensure_credential(certificate.pk).credential is None
    assert status_list.is_revoked(certificate.pk)


def test_the_encoded_list_sets_the_bits_asked_for():
    encoded = status_list.encode([0, 9, status_list.LIST_SIZE - 1])

    assert [status_list.is_set(encoded, i) for i in (0, 1, 9, status_list.LIST_SIZE - 1)] == [
        True,
        False,
        True,
        True,
    ]


def test_the_site_serves_what_verifiers_fetch(client, signed, certificate):
    did = client.get("/.well-known/did.json")
    issued = client.get(f"/sertifikat/kredensial/{certificate.code}.json?unduh=1")
    listed = client.get("/sertifikat/status/0.json")
    profile = client.get("/sertifikat/penerbit.json")

    assert did.json()["id"] == "did:web:testserver"
    assert did["Access-Control-Allow-Origin"] == "*"
    assert issued.json() == signed.credential
    assert issued["Content-Disposition"].startswith("attachment")
    assert listed.json()["credentialSubject"]["type"] == "BitstringStatusList"
    assert profile.json()["id"] == "did:web:testserver"


def test_an_erased_certificate_has_no_credential_to_serve(client, signed, certificate):
    services.forget_recipient(certificate.recipient)

    assert client.get(f"/sertifikat/kredensial/{certificate.code}.json").status_code == 404
    assert client.get("/sertifikat/kredensial/not-a-code.json").status_code == 404
