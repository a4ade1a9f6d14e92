from urllib.parse import urlsplit, urlunsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.utils import get_login_redirect_url
from django.urls import reverse, translate_url
from django.utils.http import urlencode

from .admin_access import is_admin_url
from .pdf import public_url
from .permissions import is_staff_member
from .services import get_profile


class AccountAdapter(DefaultAccountAdapter):
    """Whichever way a resident signs in (password, code, e-mail confirmation), they land in
    their preferred language, and first complete their profile if it is not complete yet.
    Staff land in the admin unless they asked for another page."""

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Links in e-mails (confirmation, password reset, sign-up) go to the site's public
        address, whichever of the allowed hosts the request came to."""
        links = {
            name: _on_public_site(value)
            for name, value in context.items()
            if name.endswith("_url") and isinstance(value, str)
        }
        super().send_mail(template_prefix, email, {**context, **links})

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


def _on_public_site(url: str) -> str:
    parts = urlsplit(url)
    return public_url(urlunsplit(("", "", parts.path, parts.query, parts.fragment)))
