"""Allauth's sign-up, password reset and sign-in code forms, deciding whose an address is by
`email_addresses.owners_of`: an unconfirmed address added to someone else's account neither
blocks its owner's sign-up nor receives that account's reset link or sign-in code."""

from allauth.account import app_settings, forms
from allauth.account.adapter import get_adapter
from django.contrib.auth.hashers import make_password

from .email_addresses import owners_of


def _unknown_email():
    return get_adapter().validation_error("unknown_email")


class SignupForm(forms.SignupForm):
    def validate_unique_email(self, value: str) -> str:
        if owners_of(value):
            # Allauth's own check: with enumeration prevention, "check your e-mail" and a mail
            # saying the account exists; without it, an error.
            return super().validate_unique_email(value)
        self.account_already_exists = False
        return get_adapter().validate_unique_email(value)

    def try_save(self, request):
        if self.account_already_exists:
            # Hash the password as creating the account would: the answer then takes as long
            # for a registered address as for a new one, and its time does not tell them apart.
            make_password(self.cleaned_data["password1"])
        return super().try_save(request)


class ResetPasswordForm(forms.ResetPasswordForm):
    def clean_email(self) -> str:
        email = super().clean_email()
        self.users = [user for user in owners_of(email) if user.is_active]
        if not self.users and not app_settings.PREVENT_ENUMERATION:
            raise _unknown_email()
        return email


class RequestLoginCodeForm(forms.RequestLoginCodeForm):
    def clean_email(self) -> str:
        email = super().clean_email()
        if email:
            self._user = next((user for user in owners_of(email) if user.is_active), None)
            if not self._user and not app_settings.PREVENT_ENUMERATION:
                raise _unknown_email()
        return email
