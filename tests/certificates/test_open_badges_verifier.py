"""Done when (issue 20): a demo certificate's signed credential passes Digital Bazaar's verifier
and 1EdTech's Open Badges 3.0 schema, and fails once its name is changed, once it is signed by
another key, and once the certificate is revoked."""

import copy

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.utils import timezone

from certificates import services
from certificates.open_badges import keys, proofs, status_list
from certificates.open_badges.credential import unsigned_credential
from certificates.open_badges.did import did_document
from certificates.open_badges.signing import ensure_credential
from courses.workshops import services as sessions

from ..factories import WorkshopSessionFactory
from .ob3_verifier import install, verify

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


@pytest.fixture(scope="module")
def node():
    return install()


@pytest.fixture
def signed(certificate):
    return ensure_credential(certificate.pk).credential


def check(node, credential, certificate):
    number, _index = status_list.position(certificate.pk)
    lists = {status_list.list_url(number): status_list.current(number)}
    return verify(node, credential, did_document(), lists)


def test_a_signed_credential_verifies_and_follows_the_schema(node, signed, certificate):
    result = check(node, signed, certificate)

    assert result == {"verified": True, "errors": [], "schemaErrors": []}


def test_a_walk_ins_attendance_credential_verifies_too(node, facilitator):
    session = WorkshopSessionFactory(title="Lokakarya Musrenbang", in_progress=True)
    walk_in = sessions.record_walk_in(
        session, name="Bu Sumarni", rw=4, method="facilitator", by=facilitator
    ).attendance
    certificate = services.issue_for_attendance(walk_in)
    credential = ensure_credential(certificate.pk).credential

    result = check(node, credential, certificate)

    assert result == {"verified": True, "errors": [], "schemaErrors": []}
    assert credential["credentialSubject"]["achievement"]["name"] == "Lokakarya Musrenbang"


def test_after_a_key_rotation_old_credentials_still_verify(node, signed, certificate, settings):
    retired = keys.public_multikey(keys.signing_key())
    settings.CREDENTIAL_SIGNING_KEY = keys.new_private_key_pem().decode()
    settings.CREDENTIAL_RETIRED_KEYS = [retired]

    assert check(node, signed, certificate)["verified"]
    settings.CREDENTIAL_RETIRED_KEYS = []
    assert not check(node, signed, certificate)["verified"]


def test_a_changed_name_fails(node, signed, certificate):
    tampered = copy.deepcopy(signed)
    tampered["credentialSubject"]["identifier"][0]["identityHash"] = "Orang Lain"

    result = check(node, tampered, certificate)

    assert not result["verified"]
    assert result["schemaErrors"] == []


def test_a_credential_signed_by_another_key_fails(node, signed, certificate):
    claimed = signed["proof"][0]["verificationMethod"]  # the site's key, falsely
    forged = proofs.sign(
        unsigned_credential(certificate),
        Ed25519PrivateKey.generate(),
        verification_method=claimed,
        created=timezone.now(),
    )

    assert not check(node, forged, certificate)["verified"]


def test_a_revoked_certificate_fails(
    node, signed, certificate, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.revoke(certificate, reason="Salah orang", by=coordinator)

    result = check(node, signed, certificate)

    assert not result["verified"]
    assert "the credential is revoked" in result["errors"]
