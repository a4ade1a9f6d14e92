"""Every way into the admin goes through allauth: its sign-in, sign-out and password reset pages,
with their rate limits and the two-factor step. Wagtail's own sign-in pages only pass the visitor
on, so a POST to them signs nobody in. Once signed in, staff without an authenticator app are sent
to set one up first when STAFF_MFA_REQUIRED is on; residents who open the admin are told that it
is for staff (Wagtail would send them back to the sign-in page, which sends them back here)."""

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _

from .permissions import is_staff_member

# Where staff were going when sent to set up two-factor sign-in; the recovery codes page, the
# last step of setting it up, links on to it (templates/mfa/recovery_codes/index.html).
AFTER_MFA_SETUP = "after_mfa_setup"


def to_allauth_login(request):
    """Wagtail's admin and front-end sign-in pages: on to allauth's, keeping a safe `next`."""
    login_url = reverse("account_login")
    destination = request.GET.get(REDIRECT_FIELD_NAME, "")
    if url_has_allowed_host_and_scheme(destination, {request.get_host()}, request.is_secure()):
        login_url = f"{login_url}?{urlencode({REDIRECT_FIELD_NAME: destination})}"
    return redirect(login_url)


def is_admin_url(url: str) -> bool:
    return url.startswith(reverse("wagtailadmin_home"))


def _is_admin_page(path: str) -> bool:
    """An admin page proper, not one of the sign-in pages that lead to allauth."""
    sign_in_pages = tuple(
        reverse(name)
        for name in ("wagtailadmin_login", "wagtailadmin_logout", "wagtailadmin_password_reset")
    )
    return is_admin_url(path) and not path.startswith(sign_in_pages)


class AdminAccessMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self._refusal(request) or self.get_response(request)

    def _refusal(self, request):
        if not request.user.is_authenticated or not _is_admin_page(request.path_info):
            return None
        if not is_staff_member(request.user):
            return render(request, "cms/admin_staff_only.html", status=403)
        if settings.STAFF_MFA_REQUIRED and not is_mfa_enabled(
            request.user, [Authenticator.Type.TOTP]
        ):
            messages.warning(
                request,
                _(
                    "Staff accounts need two-factor sign-in. Set up an authenticator app on "
                    "your phone to continue to the admin."
                ),
            )
            request.session[AFTER_MFA_SETUP] = request.get_full_path()
            return redirect("mfa_activate_totp")
        return None
