from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse, translate_url
from django.utils.http import urlencode

from .services import get_profile


class AccountAdapter(DefaultAccountAdapter):
    """After signing in, a resident lands in their preferred language, and is first asked to
    complete their profile if it is not complete yet."""

    def get_login_redirect_url(self, request):
        url = super().get_login_redirect_url(request)
        if not request.user.is_authenticated:
            return url
        profile = get_profile(request.user)
        url = translate_url(url, profile.preferred_language)
        if not profile.is_complete:
            profile_url = translate_url(reverse("profile"), profile.preferred_language)
            return f"{profile_url}?{urlencode({'next': url})}"
        return url
