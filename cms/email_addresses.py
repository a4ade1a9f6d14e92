"""Whose an e-mail address is. An account's own address (the one it signed up with, or staff
gave it) is its own, confirmed or not. An address a resident adds beside it is only a claim until
someone confirms it from that mailbox: anyone can type anyone's address. Allauth counts such
claims as the account's for sign-up, sign-in and password resets; here they count for nothing,
and confirming or signing up with an address clears the claims others made to it."""

from allauth.account.internal.flows.email_verification import (
    send_verification_email_to_address,
)
from allauth.account.models import EmailAddress

from .models import User


def owners_of(email: str) -> list[User]:
    """The account that confirmed `email`; failing that, the accounts whose own address it is."""
    email = email.lower()
    confirmed = EmailAddress.objects.filter(email=email, verified=True).select_related("user")
    if owners := [address.user for address in confirmed]:
        return owners
    return list(User.objects.filter(email__iexact=email))


def release_claims(email: str, *, owner: User) -> int:
    """Remove the unconfirmed copies of `email` that other accounts added beside their own
    address (the confirmation links sent for them stop working); how many there were."""
    claims = EmailAddress.objects.filter(email=email.lower(), verified=False)
    claims = claims.exclude(user=owner).exclude(user__email__iexact=email)
    return claims.delete()[1].get(EmailAddress._meta.label, 0)


def resend_confirmation(request, email: str) -> None:
    """Send the confirmation link again to an account's own unconfirmed address (never to a
    claim). Whether there is one is not told; allauth's cooldown (one e-mail per address every
    few minutes, the links already sent still work) applies."""
    address = (
        EmailAddress.objects.filter(email=email.lower(), verified=False, user__email__iexact=email)
        .select_related("user")
        .first()
    )
    if address is not None:
        send_verification_email_to_address(request, address)
