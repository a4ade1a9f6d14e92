"""The verification page checks a pasted or uploaded credential: issuer, signature and status,
with a clear message for anything that is not a credential."""

import copy
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from certificates import services
from certificates.forms import CREDENTIAL_MAX_BYTES
from certificates.open_badges import checking
from certificates.open_badges.signing import ensure_credential

pytestmark = pytest.mark.django_db
URL = reverse("certificates:verify_credential")


@pytest.fixture
def credential(certificate):
    return ensure_credential(certificate.pk).credential


def test_a_genuine_credential_passes_every_check(credential):
    verdict = checking.check(credential)

    assert (verdict.issuer, verdict.signature, verdict.status) == (True, True, True)
    assert verdict.is_valid
    assert verdict.name == credential["credentialSubject"]["identifier"][0]["identityHash"]


def test_another_issuer_is_refused_before_anything_else(credential):
    other = copy.deepcopy(credential)
    other["issuer"]["id"] = "did:web:elsewhere.example"

    verdict = checking.check(other)

    assert (verdict.issuer, verdict.signature, verdict.status) == (False, None, None)


def test_a_changed_credential_fails_the_signature(credential):
    changed = copy.deepcopy(credential)
    changed["credentialSubject"]["achievement"]["name"] = "Modul Lain"

    assert checking.check(changed).signature is False


def test_a_proof_by_an_unknown_key_fails_the_signature(credential):
    other = copy.deepcopy(credential)
    other["proof"][0]["verificationMethod"] = "did:web:testserver#z6MkNotOurs"

    assert checking.check(other).signature is False


def test_a_revoked_certificate_fails_the_status(
    credential, certificate, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.revoke(certificate, reason="Salah orang", by=coordinator)

    verdict = checking.check(credential)

    assert (verdict.signature, verdict.status) == (True, False)


def test_the_page_checks_a_pasted_credential(client, credential):
    response = client.post(URL, {"text": json.dumps(credential)})

    assert response.status_code == 200
    assert b'data-verdict="valid"' in response.content


def test_the_page_checks_an_uploaded_file(client, credential):
    upload = SimpleUploadedFile("sertifikat.json", json.dumps(credential).encode())

    response = client.post(URL, {"file": upload})

    assert b'data-verdict="valid"' in response.content


def test_a_changed_upload_is_shown_invalid(client, credential):
    changed = copy.deepcopy(credential)
    changed["credentialSubject"]["identifier"][0]["identityHash"] = "Orang Lain"

    response = client.post(URL, {"text": json.dumps(changed)})

    assert b'data-verdict="invalid"' in response.content
    assert b'data-check="signature"' in response.content


@pytest.mark.parametrize(
    "data",
    [
        {"text": "{not json"},
        {"text": "[1, 2]"},
        {"text": ""},
        {"text": "x" * (CREDENTIAL_MAX_BYTES + 1)},
        {"file": SimpleUploadedFile("big.json", b" " * (CREDENTIAL_MAX_BYTES + 1))},
        {"file": SimpleUploadedFile("image.json", b"\xff\xfe\x00binary")},
        {"text": "{}", "file": SimpleUploadedFile("a.json", b"{}")},
    ],
    ids=["bad json", "not an object", "nothing", "too long", "too large", "binary", "both"],
)
def test_what_is_not_a_credential_gets_a_clear_error(client, data):
    response = client.post(URL, data)

    assert response.status_code == 200
    assert b'class="form-errors"' in response.content
    assert b"data-verdict" not in response.content


@pytest.mark.parametrize(
    "change",
    [
        lambda c: {"proof": 1, "issuer": [None]},
        lambda c: {key: value for key, value in c.items() if key != "@context"},
        lambda c: {**c, "@context": 5},
        lambda c: {**c, "@context": ["https://evil.example/context.json"]},
        lambda c: {**c, "credentialStatus": {"statusListIndex": [1], "statusListCredential": 2}},
        lambda c: {**c, "proof": [{**c["proof"][0], "proofValue": "z0OIl"}]},
    ],
    ids=["nonsense", "no context", "odd context", "remote context", "odd status", "odd proof"],
)
def test_a_json_object_that_is_no_good_credential_is_invalid_not_an_error(
    client, credential, change
):
    response = client.post(URL, {"text": json.dumps(change(credential))})

    assert response.status_code == 200
    assert b'data-verdict="invalid"' in response.content
