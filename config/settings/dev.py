import os

from .base import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "django-insecure-dev-only-never-use-in-production")  # noqa: S105
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
WHITENOISE_AUTOREFRESH = True
# `make demo` makes this key (manage.py make_credential_key) when it is missing; git ignores it.
CREDENTIAL_SIGNING_KEY_FILE = os.environ.get(
    "CREDENTIAL_SIGNING_KEY_FILE",
    str(BASE_DIR / ".credential-signing-key.pem"),  # noqa: F405
)
