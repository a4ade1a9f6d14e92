"""Checking a credential someone pasted or uploaded on the verification page: was it issued by
this kelurahan, is its signature intact, and is it still valid? Each answer in plain words."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from . import keys, proofs, status_list
from .did import issuer_did


@dataclass
class Verdict:
    """Three checks, each passed (True), failed (False) or not reached (None)."""

    issuer: bool | None = None
    signature: bool | None = None
    status: bool | None = None
    problems: list[str] = field(default_factory=list)
    name: str = ""
    achievement: str = ""

    @property
    def is_valid(self) -> bool:
        return self.issuer is self.signature is self.status is True


def check(credential: dict) -> Verdict:
    verdict = Verdict(name=_holder_name(credential), achievement=_achievement_name(credential))
    verdict.issuer = _issuer_id(credential) == issuer_did()
    if not verdict.issuer:
        verdict.problems.append(_("It was not issued by this kelurahan."))
        return verdict
    verdict.signature = _signature_holds(credential)
    if not verdict.signature:
        verdict.problems.append(
            _(
                "Its signature does not match: it was changed after it was issued, or it was "
                "not signed with this kelurahan's key."
            )
        )
        return verdict
    verdict.status = _still_valid(credential)
    if verdict.status is None:
        verdict.problems.append(_("It does not say where to check whether it was revoked."))
    elif not verdict.status:
        verdict.problems.append(_("It has been revoked by the kelurahan."))
    return verdict


def _issuer_id(credential: dict) -> str:
    issuer = credential.get("issuer")
    return str(issuer.get("id", "") if isinstance(issuer, dict) else issuer or "")


def _signature_holds(credential: dict) -> bool:
    try:
        method = str(proofs.proof_of(credential).get("verificationMethod", ""))
        did, _hash, multikey = method.partition("#")
        if did != issuer_did() or multikey not in keys.published_multikeys():
            return False
        proofs.verify(credential, keys.public_key(multikey))
    except (proofs.InvalidProof, ValueError, TypeError, KeyError):
        return False
    return True


def _still_valid(credential: dict) -> bool | None:
    """True while the status list says valid, False once revoked, None without a status in
    one of this site's lists."""
    entry = credential.get("credentialStatus")
    if not isinstance(entry, dict):
        return None
    number = status_list.number_of(str(entry.get("statusListCredential", "")))
    try:
        index = int(entry.get("statusListIndex", ""))
    except (TypeError, ValueError):
        return None
    if number is None or not 0 <= index < status_list.LIST_SIZE:
        return None
    try:
        return not status_list.is_revoked(number * status_list.LIST_SIZE + index)
    except keys.NoSigningKey:  # no list was ever signed, and none can be now
        return None


def _holder_name(credential: dict) -> str:
    subject = credential.get("credentialSubject")
    identifiers = subject.get("identifier") if isinstance(subject, dict) else None
    for identifier in identifiers if isinstance(identifiers, list) else []:
        if isinstance(identifier, dict) and identifier.get("identityType") == "name":
            return str(identifier.get("identityHash", ""))[:150]
    return ""


def _achievement_name(credential: dict) -> str:
    subject = credential.get("credentialSubject")
    achievement = subject.get("achievement") if isinstance(subject, dict) else None
    return str(achievement.get("name", ""))[:255] if isinstance(achievement, dict) else ""
