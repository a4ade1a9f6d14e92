"""A resident's rights over their personal data (UU 27/2022): see and download everything the
site keeps about them, and delete their account. Deleting erases or anonymises every personal
detail in one transaction but keeps the rows the participation report counts, so its numbers stay
true (docs/decisions/account-deletion.md says what is kept and why)."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from .models import Profile, User
from .permissions import is_staff_member
from .personal_data import sources as personal_data_sources


class StaffAccount(Exception):
    """Staff accounts hold a role and authored content: an administrator removes them."""


def personal_data(user: User) -> dict:
    """Everything about the person, as plain values (dates stay dates, for the page to format)."""
    return {
        "exported_at": timezone.now(),
        "account": {
            "email": user.email,
            "joined_at": user.date_joined,
            "last_sign_in_at": user.last_login,
            "email_addresses": list(
                EmailAddress.objects.filter(user=user).values("email", "verified", "primary")
            ),
        },
        "profile": _profile(Profile.objects.filter(user=user).first()),
        **{
            key: value
            for source in personal_data_sources()
            for key, value in source.records(user).items()
        },
    }


def _profile(profile: Profile | None) -> dict | None:
    if profile is None:
        return None
    return {
        "full_name": profile.full_name,
        "rw": profile.rw,
        "rt": profile.rt,
        "preferred_language": profile.get_preferred_language_display(),
        "workshop_emails": profile.workshop_emails,
        "demographics_consent": profile.demographics_consent,
        "demographics_consent_at": profile.demographics_consent_at,
        "age_band": profile.get_age_band_display(),
        "gender": profile.get_gender_display(),
    }


@transaction.atomic
def delete_account(user: User) -> None:
    """Erase the person: every registered source erases what it keeps (certificates revoked
    and nameless, feedback comments erased, seats at sessions still to come given up, …), the
    profile is reduced to the RW and the account made unusable. Enrolments, completions, quiz
    attempts, past registrations, attendance and ratings stay attached to the anonymous
    account."""
    if is_staff_member(user):
        raise StaffAccount
    user = User.objects.select_for_update().get(pk=user.pk)
    for source in personal_data_sources():
        source.erase(user)
    Profile.objects.filter(user=user).update(
        full_name="",
        rt=None,
        demographics_consent=False,
        demographics_consent_at=None,
        age_band="",
        gender="",
        preferred_language=settings.LANGUAGE_CODE,
    )
    _anonymise(user)


def _anonymise(user: User) -> None:
    """No e-mail, name or password: nobody can sign in as it, and changing the password hash
    ends every session it still has."""
    user.email = f"deleted-{user.pk}@deleted.invalid"
    user.first_name = user.last_name = ""
    user.set_unusable_password()
    user.is_active = False
    user.last_login = None
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    UserProfile.objects.filter(user=user).delete()
    ModelLogEntry.objects.for_instance(user).update(label=str(user))
