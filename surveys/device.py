"""The device's random token, kept in a signed cookie, by which a phone answers once per
service and period. It stops a second answer from the same browser, double taps and a second
tab; it cannot stop someone who clears their cookies or uses another browser. The rate limit on
answers (surveys/views.py) bounds what that can add."""

import secrets

from django.conf import settings

COOKIE = "skm_device"
SALT = "surveys.device"
MAX_AGE = 2 * 365 * 24 * 3600


def device_token(request) -> str | None:
    return request.get_signed_cookie(COOKIE, default=None, salt=SALT)


def remember_device(response) -> None:
    response.set_signed_cookie(
        COOKIE,
        secrets.token_urlsafe(18),
        salt=SALT,
        max_age=MAX_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
