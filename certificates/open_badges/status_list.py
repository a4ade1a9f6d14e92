"""Revocation through W3C Bitstring Status Lists: certificate n is bit n % LIST_SIZE of list
n // LIST_SIZE. Each list is a signed credential the site serves; revoking or reinstating a
certificate re-signs its list once the change is committed."""

import base64
import contextlib
import gzip
from datetime import UTC
from urllib.parse import urlsplit

from django.db import transaction
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone

from cms.pdf import public_url

from ..models import Certificate, StatusList
from . import keys, proofs
from .contexts import VC_V2
from .did import issuer_did, verification_method

#: The spec's minimum length (16 KB), so one list hides which of many certificates is which.
LIST_SIZE = 131_072
PURPOSE = "revocation"


def position(certificate_pk: int) -> tuple[int, int]:
    """(list number, index in that list) of a certificate."""
    return divmod(certificate_pk, LIST_SIZE)


def list_url(number: int) -> str:
    return public_url(reverse("credentials:status_list", args=[number]))


def last_number() -> int:
    """The number of the last list that has a certificate."""
    last = Certificate.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    return position(last)[0]


def number_of(url: str) -> int | None:
    """The number of the list at `url`, if it is one of this site's lists."""
    base = public_url("")
    if not url.startswith(base + "/"):
        return None
    try:
        match = resolve(urlsplit(url).path)
    except Resolver404:
        return None
    if match.view_name != "credentials:status_list" or url != list_url(match.kwargs["number"]):
        return None
    number = match.kwargs["number"]
    return number if number <= last_number() else None


def entry(certificate_pk: int) -> dict:
    """The credentialStatus of a certificate's credential."""
    number, index = position(certificate_pk)
    url = list_url(number)
    return {
        "id": f"{url}#{index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": PURPOSE,
        "statusListIndex": str(index),
        "statusListCredential": url,
    }


def encode(indexes) -> str:
    """The list's bits (the first is the most significant bit of the first byte), gzipped, as
    multibase base64url."""
    bits = bytearray(LIST_SIZE // 8)
    for index in indexes:
        bits[index // 8] |= 0x80 >> (index % 8)
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).decode().rstrip("=")


def is_set(encoded_list: str, index: int) -> bool:
    if not encoded_list.startswith("u") or not 0 <= index < LIST_SIZE:
        raise ValueError("not a multibase base64url list, or the index is outside it")
    body = encoded_list[1:]
    bits = gzip.decompress(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def revoked_indexes(number: int) -> list[int]:
    start = number * LIST_SIZE
    pks = Certificate.objects.filter(
        pk__gte=start, pk__lt=start + LIST_SIZE, revoked_at__isnull=False
    ).values_list("pk", flat=True)
    return [pk - start for pk in pks]


def signed_list(number: int) -> dict:
    url = list_url(number)
    key = keys.signing_key()
    now = timezone.now().astimezone(UTC)
    document = {
        "@context": [VC_V2],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_did(),
        "validFrom": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": PURPOSE,
            "encodedList": encode(revoked_indexes(number)),
        },
    }
    method = verification_method(keys.public_multikey(key))
    return proofs.sign(document, key, verification_method=method, created=now)


def refresh(number: int) -> StatusList:
    """Sign list `number` again from the certificates as committed. The row lock makes
    concurrent refreshes take turns, so the last one saved has read every change."""
    with transaction.atomic():
        status, _created = StatusList.objects.get_or_create(
            number=number, defaults={"credential": {}}
        )
        status = StatusList.objects.select_for_update().get(pk=status.pk)
        status.credential = signed_list(number)
        status.save(update_fields=["credential", "updated_at"])
    return status


def current(number: int) -> dict:
    """List `number` as served: the stored one, or (before its first certificate's credential
    stored it) signed now and not stored, so that reading it writes nothing."""
    stored = StatusList.objects.filter(number=number).values_list("credential", flat=True).first()
    return stored or signed_list(number)


def ensure(number: int) -> None:
    """Store list `number` if it is not stored yet: signing a credential that points to it
    does this, so the list is served without signing it on each request."""
    if not StatusList.objects.filter(number=number).exists():
        refresh(number)


def refresh_after_commit(certificate_pk: int) -> None:
    number, _index = position(certificate_pk)
    transaction.on_commit(lambda: _refresh_if_signing(number))


def _refresh_if_signing(number: int) -> None:
    # Without a key no credential was signed here, so none points to this list.
    with contextlib.suppress(keys.NoSigningKey):
        refresh(number)


def is_revoked(certificate_pk: int) -> bool:
    """Whether the served list says the certificate is revoked."""
    number, index = position(certificate_pk)
    return is_set(current(number)["credentialSubject"]["encodedList"], index)
