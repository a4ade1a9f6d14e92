"""Writes about people: their profile. Views call these; they never save models themselves."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from .models import KelurahanSettings, Profile, User
from .text import one_line


def kelurahan_settings() -> KelurahanSettings:
    """The kelurahan's settings outside a request (tasks, PDF rendering): the default site's."""
    return KelurahanSettings.for_site(Site.objects.get(is_default_site=True))


def get_profile(user: User) -> Profile:
    profile, _created = Profile.objects.get_or_create(user=user)
    return profile


def start_profile(user: User, language: str) -> Profile:
    """A new account's profile, in the language of the page the account was made on."""
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    return Profile.objects.get_or_create(user=user, defaults={"preferred_language": language})[0]


@transaction.atomic
def update_profile(
    user: User,
    *,
    full_name: str,
    rw: int,
    rt: int,
    preferred_language: str,
    demographics_consent: bool,
    age_band: str = "",
    gender: str = "",
    workshop_emails: bool = True,
) -> Profile:
    """Save what a resident says about themselves. Age band and gender are kept only with
    consent; withdrawing consent erases them."""
    profile = Profile.objects.select_for_update().get_or_create(user=user)[0]
    profile.full_name = one_line(full_name)
    profile.rw = rw
    profile.rt = rt
    profile.preferred_language = preferred_language
    profile.workshop_emails = workshop_emails
    if demographics_consent:
        if not profile.demographics_consent:
            profile.demographics_consent_at = timezone.now()
        profile.age_band = age_band
        profile.gender = gender
    else:
        profile.demographics_consent_at = None
        profile.age_band = ""
        profile.gender = ""
    profile.demographics_consent = demographics_consent
    profile.full_clean()
    profile.save()
    return profile
