"""An issued certificate as an unsigned OpenBadgeCredential (1EdTech Open Badges 3.0): the
achievement is the module or the workshop session, the subject the holder (a random urn:uuid,
their name as printed), the issuer the kelurahan's profile."""

from datetime import UTC

from django.conf import settings
from django.templatetags.static import static
from django.utils import formats, translation
from django.utils.translation import gettext

from cms.pdf import public_url
from cms.services import kelurahan_settings

from .. import rendering
from ..models import Certificate
from . import status_list
from .contexts import OB_V3, VC_V2
from .did import issuer_did


def timestamp(moment) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def absolute(url: str) -> str:
    return public_url(url) if url.startswith("/") else url


def issuer_profile() -> dict:
    """The kelurahan as an Open Badges Profile, with the name, address and logo of its settings."""
    kelurahan = kelurahan_settings()
    profile = {
        "id": issuer_did(),
        "type": ["Profile"],
        "name": kelurahan.kelurahan_name,
        "url": public_url("/"),
        "image": {"id": absolute(logo_url(kelurahan.logo)), "type": "Image"},
        "address": {
            "type": ["Address"],
            "addressCountry": "Indonesia",
            "addressCountryCode": "ID",
            **({"streetAddress": kelurahan.address} if kelurahan.address else {}),
            **({"addressRegion": kelurahan.region} if kelurahan.region else {}),
        },
    }
    if kelurahan.email:
        profile["email"] = kelurahan.email
    if kelurahan.phone:
        profile["phone"] = kelurahan.phone
    return profile


def logo_url(image) -> str:
    return rendering.image_url(image, "max-400x400") or static("img/logo.svg")


def achievement(certificate: Certificate) -> dict:
    """What the certificate is for. The module or session may have been deleted since: then
    what the certificate itself says stands in."""
    module, session = certificate.module, certificate.session
    if module is not None:
        objectives = [str(block.value) for block in module.learning_objectives]
        return _achievement(
            public_url(module.url or "/"),
            name=certificate.achievement,
            description=module.summary or certificate.achievement,
            criteria="\n".join(
                [gettext("Complete every lesson and quiz of the module."), *objectives]
            ),
            image=module.cover_image,
            kind="Course",
        )
    day = formats.date_format(certificate.completed_on, "j F Y")
    description = gettext("Attended the workshop %(title)s on %(date)s.") % {
        "title": certificate.achievement,
        "date": day,
    }
    home = session.module.url if session is not None and session.module else None
    return _achievement(
        public_url(home or "/") + f"#lokakarya-{certificate.session_id or certificate.pk}",
        name=certificate.achievement,
        description=description,
        criteria=gettext("Attend the workshop in person."),
        image=None,
        kind="Achievement",
    )


def _achievement(url, *, name, description, criteria, image, kind) -> dict:
    return {
        "id": url,
        "type": ["Achievement"],
        "achievementType": kind,
        "name": name,
        "description": description,
        "criteria": {"narrative": criteria},
        "image": {"id": absolute(logo_url(image)), "type": "Image"},
        "inLanguage": settings.LANGUAGE_CODE,
    }


def unsigned_credential(certificate: Certificate) -> dict:
    with translation.override(settings.LANGUAGE_CODE):
        return {
            "@context": [VC_V2, OB_V3],
            "id": rendering.verification_url(certificate.code),
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "name": certificate.achievement,
            "issuer": issuer_profile(),
            "validFrom": timestamp(certificate.issued_at),
            "credentialSubject": {
                "id": f"urn:uuid:{certificate.subject_uuid}",
                "type": ["AchievementSubject"],
                "identifier": [
                    {
                        "type": "IdentityObject",
                        "identityType": "name",
                        "identityHash": certificate.recipient_name,
                        "hashed": False,
                    }
                ],
                "achievement": achievement(certificate),
            },
            "credentialStatus": status_list.entry(certificate.pk),
        }
