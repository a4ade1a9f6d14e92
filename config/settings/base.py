"""Settings shared by every environment. Values that differ per deployment come from the
environment; nothing secret lives here."""

import hashlib
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.urls import reverse_lazy

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms",
    "courses",
    "certificates",
    "surveys",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.locales",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "django.forms",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "cms.security.ContentSecurityPolicyMiddleware",
    "cms.security.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the session, locale and authentication work, which a cached page skips.
    "cms.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "cms.request_checks.RequestChecksMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "cms.admin_access.AdminAccessMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Every field in one wrapper with its label, help and errors (cms/form_renderer.py).
FORM_RENDERER = "cms.form_renderer.SiteFormRenderer"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several writers (web requests and the task worker) share one SQLite file: WAL lets
    # readers go on while one writes, and IMMEDIATE transactions plus a busy timeout make
    # writers wait for the lock instead of failing with "database is locked".
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The report's aggregates look expensive to the planner, so it JIT-compiles them: that
    # compiling cost more than the query itself (a participant list: 2.9 s with, 0.6 s without).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "cms.User"

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "cms.auth_backends.EmailAuthenticationBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
# Let Django serve MEDIA_ROOT when no web server (nginx, Caddy) or object storage does.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
# Certificates, exports and guide brochures are written whole or not at all (see
# cms/storage.py), outside MEDIA_ROOT: only their views, which check who asks, serve them.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "certificates": {
        "BACKEND": "cms.storage.AtomicFileSystemStorage",
        # A certificate's file is named by its unique code: a render after a killed one
        # replaces what that left instead of writing a second file beside it.
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None, "allow_overwrite": True},
    },
    "reports": {
        "BACKEND": "cms.storage.AtomicFileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    # A guide's brochure is served by its view only while the guide is live and public.
    "brochures": {
        "BACKEND": "cms.storage.AtomicFileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# The anonymous pages' cache keys start with the database they were read from, so that sites or
# test runs sharing a Redis or a folder never serve each other's pages.
_database = DATABASES["default"]
PAGE_CACHE_PREFIX = (
    "page-"
    + hashlib.sha256(
        "|".join(
            str(_database.get(part, "")) for part in ("ENGINE", "NAME", "HOST", "PORT")
        ).encode()
    ).hexdigest()[:12]
)

if os.environ.get("REDIS_URL"):
    # Pages work without Redis (cms/cache.py): a dead one must cost a request milliseconds.
    CACHES = {
        "default": {
            "BACKEND": "cms.cache.ResilientRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5},
        }
    }
    # Anonymous pages (cms/page_cache.py), under a prefix of their own in the same Redis.
    CACHES["pages"] = {**CACHES["default"], "KEY_PREFIX": PAGE_CACHE_PREFIX}
else:
    # One machine: each process has its own memory, so the pages and their generation go
    # to files every process (gunicorn's workers, the task worker, manage.py) shares.
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("PAGE_CACHE_DIR", str(BASE_DIR / "page-cache")),
            "KEY_PREFIX": PAGE_CACHE_PREFIX,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
    }

# Anonymous pages from a full-page cache (cms/page_cache.py). How long a stored page may be
# served at most (0: no page cache); a change shown on it replaces it at once.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
#: The views whose anonymous pages are stored: Wagtail's pages and the list of sessions.
PAGE_CACHE_VIEWS = frozenset({"wagtail_serve", "courses:session_list"})
#: Query parameters a cached page may have (the catalogue's topic, the guides' service area,
#: the session list's page); a request with any other is rendered.
PAGE_CACHE_QUERY_PARAMETERS = frozenset({"topik", "layanan", "page"})
#: POSTs that write only the requester's own records: they do not invalidate the page cache.
#: Every other successful POST does.
PAGE_CACHE_PRIVATE_WRITES = frozenset(
    {
        "account_login",
        "account_logout",
        "courses:enrol",
        "courses:complete_lesson",
        "courses:submit_quiz",
        "courses:module_feedback",
        "courses:session_feedback",
        "surveys:answer",
    }
)

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Akademi Warga <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Both log every task and page save at INFO, which buries what matters.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# django-allauth: residents sign in with their e-mail address; usernames do not exist.
ACCOUNT_ADAPTER = "cms.adapters.AccountAdapter"
# An address added to an account counts as that account's only once confirmed (cms/email_addresses.py).
ACCOUNT_FORMS = {
    "signup": "cms.account_forms.SignupForm",
    "reset_password": "cms.account_forms.ResetPasswordForm",
    "request_login_code": "cms.account_forms.RequestLoginCodeForm",
}
# How many proxies append to X-Forwarded-For in front of the site; 0: the client is REMOTE_ADDR.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = os.environ.get("ACCOUNT_EMAIL_VERIFICATION", "mandatory")
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Akademi Warga] "
LOGIN_URL = "account_login"
# Residents land on *My learning* (staff on the admin: cms/adapters.py); a ?next= wins over both.
LOGIN_REDIRECT_URL = reverse_lazy("courses:my_learning")

# Two-factor sign-in (allauth MFA): an authenticator app (TOTP) with recovery codes. One step of
# tolerance accepts the previous or next code, for phones whose clocks run a little off.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Akademi Warga"
MFA_TOTP_TOLERANCE = 1
# When on, staff (everyone who may open the admin) must set up an authenticator app before any
# admin page; residents are never asked.
STAFF_MFA_REQUIRED = env_bool("STAFF_MFA_REQUIRED", False)

# The site's public address: every absolute URL is made from it (certificates and their QR codes,
# brochures, attendance sheets, e-mails, the admin's notifications), never from the request.
# Production requires it (config/settings/production.py).
PUBLIC_BASE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").strip().rstrip("/")

# Wagtail
WAGTAIL_SITE_NAME = "Akademi Warga"
WAGTAILADMIN_BASE_URL = PUBLIC_BASE_URL
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Milliseconds of quiet in the editor before Wagtail saves a draft on its own (0: never).
WAGTAIL_AUTOSAVE_INTERVAL = int(os.environ.get("WAGTAIL_AUTOSAVE_INTERVAL", "500"))
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL ships an Indonesian stemmer: "pembuatan" finds "membuat".
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "indonesian"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Making a page's renditions of an image takes about 22 MB of memory per megapixel; 13 million
# pixels take every phone's 12-megapixel photo and keep two such pages at once within what a
# 2 GB host has to spare (docs/deploy.md, bench/image_memory.py). A larger host may allow more.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(float(os.environ.get("IMAGE_MAX_MEGAPIXELS", "13")) * 10**6)
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.uploads.ImageForm"
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "ppt", "pptx", "txt"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cms.uploads.DocumentForm"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: staff e-mail addresses (hashed) would go to a third party, and
# the images break where the site has no internet access.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Indonesia's three time zones (WIB, WITA, WIT). Wagtail would otherwise offer every zone the
# system knows, including Debian's "localtime", which breaks its account page in the browser.
WAGTAIL_USER_TIME_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]
# Every way in goes through allauth (its rate limits and two-factor step): the admin's and the
# front end's login pages redirect there, and passwords and e-mail addresses are changed there.
WAGTAILADMIN_LOGIN_URL = LOGIN_URL
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
CERTIFICATE_CODE_PREFIX = os.environ.get("CERTIFICATE_CODE_PREFIX", "TJB").upper()
# The Ed25519 key that signs certificates' Open Badges credentials (docs/open-badges.md): PEM
# text, or the path of a file outside the repository; without one no credential is signed. The
# public keys of earlier signing keys (comma-separated Multikeys) stay in the DID document.
CREDENTIAL_SIGNING_KEY = os.environ.get("CREDENTIAL_SIGNING_KEY", "")
CREDENTIAL_SIGNING_KEY_FILE = os.environ.get("CREDENTIAL_SIGNING_KEY_FILE", "")
CREDENTIAL_RETIRED_KEYS = [
    key.strip() for key in os.environ.get("CREDENTIAL_RETIRED_KEYS", "").split(",") if key.strip()
]

# Security headers (cms/security.py). The public site runs no inline script or style, and loads
# nothing from other hosts except the video players lessons embed.
VIDEO_PLAYERS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": VIDEO_PLAYERS,
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Wagtail's admin still writes some inline scripts and styles (and styles attributes), and
# shows previews of images and documents it made itself as blob: and data: addresses.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "media-src": [SELF, "blob:"],
        "frame-ancestors": [SELF],  # the page editor's preview panel
    }
}
PERMISSIONS_POLICY_OFF = [
    "camera",
    "microphone",
    "geolocation",
    "payment",
    "usb",
    "serial",
    "browsing-topics",
]
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
