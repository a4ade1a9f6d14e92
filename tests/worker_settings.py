"""Settings for the task workers that tests start as subprocesses (tests/workers.py): the
production settings, except that static files are read from the project, so that no
collectstatic is needed. The environment gives the database and the media folders."""

from config.settings.production import *  # noqa: F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Tasks send e-mails (a certificate is ready): kept in memory, there is no mail server here.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
