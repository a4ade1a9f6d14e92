"""Production settings: refuse to start without the secrets and hosts a deployment must set."""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured
from django.http.request import validate_host

from .base import *  # noqa: F403
from .base import env_bool, env_list


def required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"The environment variable {name} must be set for production (see docs/deploy.md)."
        )
    return value


def public_base_url(value: str, *, https: bool) -> str:
    """SITE_URL, checked: it is printed on certificates, so a wrong one is wrong for ever."""
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.hostname or parts.path.strip("/"):
        raise ImproperlyConfigured(
            f"SITE_URL must be the site's address alone, like https://warga.example.id (not {value!r})."
        )
    if https and parts.scheme != "https":
        raise ImproperlyConfigured("SITE_URL must start with https:// when the site uses HTTPS.")
    if not validate_host(parts.hostname, ALLOWED_HOSTS):
        raise ImproperlyConfigured(
            f"The host of SITE_URL, {parts.hostname}, is not in ALLOWED_HOSTS."
        )
    return f"{parts.scheme}://{parts.netloc}"


SECRET_KEY = required("SECRET_KEY")
required("ALLOWED_HOSTS")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Background work (PDFs, exports) goes to a queue in the database, run by `manage.py db_worker`.
# A one-machine SQLite installation without a worker may run it inside the request instead.
task_backends = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
task_backend = os.environ.get("TASKS_BACKEND", "database")
if task_backend not in task_backends:
    raise ImproperlyConfigured(f"TASKS_BACKEND must be one of: {', '.join(task_backends)}.")
TASKS = {"default": {"BACKEND": task_backends[task_backend]}}

ACCOUNT_EMAIL_VERIFICATION = "mandatory"
STAFF_MFA_REQUIRED = env_bool("STAFF_MFA_REQUIRED", True)

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
behind_proxy = env_bool("BEHIND_TLS_PROXY", True)
if behind_proxy:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Rate limits count per client: behind one proxy, the client is the last X-Forwarded-For entry.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", int(behind_proxy)))
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True

# Plain HTTP is allowed only where both HTTPS switches are off (the browser tests' local stack).
PUBLIC_BASE_URL = public_base_url(
    required("SITE_URL"), https=SECURE_SSL_REDIRECT or SESSION_COOKIE_SECURE
)
WAGTAILADMIN_BASE_URL = PUBLIC_BASE_URL
