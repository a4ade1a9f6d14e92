import time
from urllib.parse import urlsplit, urlunsplit

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.authentication import get_authentication_records
from allauth.account.utils import get_login_redirect_url
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.http import urlencode

from .admin_access import is_admin_url
from .emails import layout_context
from .models import Profile
from .pdf import public_url
from .permissions import is_staff_member
from .services import get_profile, start_profile


class AccountAdapter(DefaultAccountAdapter):
    """Whichever way a resident signs in (password, code, e-mail confirmation), they land in
    their preferred language, and first complete their profile if it is not complete yet.
    Staff land in the admin unless they asked for another page."""

    def is_reauthentication_required(self, *, app: str, **kwargs) -> bool:
        """Having just signed in counts as having confirmed one's password: staff sent to set
        up two-factor sign-in right after signing in are not asked for it again."""
        if self.request is not None and _signed_in_recently(self.request):
            return False
        return super().is_reauthentication_required(app=app, **kwargs)

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Links in e-mails (confirmation, password reset, sign-up) go to the site's public
        address, whichever of the allowed hosts the request came to. The e-mail is in the
        language of the profile with that address, else of the page it was asked from, in the
        layout of the site's other e-mails (cms/emails.py)."""
        links = {
            name: _on_public_site(value)
            for name, value in context.items()
            if name.endswith("_url") and isinstance(value, str)
        }
        with translation.override(_language_of(email)):
            super().send_mail(template_prefix, email, {**layout_context(), **context, **links})

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            start_profile(user, translation.get_language())
        return user

    def get_login_redirect_url(self, request):
        if is_staff_member(request.user):
            return reverse("wagtailadmin_home")
        return super().get_login_redirect_url(request)

    def post_login(self, request, user, *, redirect_url, signup, **kwargs):
        destination = get_login_redirect_url(request, redirect_url, signup=signup)
        if not is_admin_url(destination):
            destination = self._resident_destination(user, destination)
        return super().post_login(request, user, redirect_url=destination, signup=signup, **kwargs)

    @staticmethod
    def _resident_destination(user, destination: str) -> str:
        profile = get_profile(user)
        destination = translate_url(destination, profile.preferred_language)
        if not profile.is_complete:
            profile_url = translate_url(reverse("profile"), profile.preferred_language)
            destination = f"{profile_url}?{urlencode({'next': destination})}"
        return destination


def _language_of(email: str) -> str:
    preferred = (
        Profile.objects.filter(user__email__iexact=email)
        .values_list("preferred_language", flat=True)
        .first()
    )
    return preferred or translation.get_language()


def _on_public_site(url: str) -> str:
    parts = urlsplit(url)
    return public_url(urlunsplit(("", "", parts.path, parts.query, parts.fragment)))


def _signed_in_recently(request) -> bool:
    """Signed in, in this session, within allauth's reauthentication timeout."""
    if not request.user.is_authenticated:
        return False
    signed_in_at = [
        record["at"]
        for record in get_authentication_records(request, request.user)
        if record.get("method") in account_settings.REAUTHENTICATION_METHODS
    ]
    return bool(signed_in_at) and (
        time.time() - max(signed_in_at) < account_settings.REAUTHENTICATION_TIMEOUT
    )
