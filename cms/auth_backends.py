from allauth.account import app_settings
from allauth.account.app_settings import LoginMethod
from allauth.account.auth_backends import AuthenticationBackend

from .email_addresses import owners_of


class EmailAuthenticationBackend(AuthenticationBackend):
    """Allauth's backend, signing in by an address only the accounts it belongs to: never one
    that merely added it to their account without confirming it."""

    def _authenticate_by_email(self, email: str, password: str):
        if not email or LoginMethod.EMAIL not in app_settings.LOGIN_METHODS:
            return None
        for user in owners_of(email):
            if self._check_password(user, password):
                return user
        return None
