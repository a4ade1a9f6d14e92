from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.utils import get_login_redirect_url
from django.urls import reverse, translate_url
from django.utils.http import urlencode

from .services import get_profile


class AccountAdapter(DefaultAccountAdapter):
    """Whichever way a resident signs in (password, code, e-mail confirmation), they land in
    their preferred language, and first complete their profile if it is not complete yet."""

    def post_login(self, request, user, *, redirect_url, signup, **kwargs):
        destination = get_login_redirect_url(request, redirect_url, signup=signup)
        profile = get_profile(user)
        destination = translate_url(destination, profile.preferred_language)
        if not profile.is_complete:
            profile_url = translate_url(reverse("profile"), profile.preferred_language)
            destination = f"{profile_url}?{urlencode({'next': destination})}"
        return super().post_login(request, user, redirect_url=destination, signup=signup, **kwargs)
