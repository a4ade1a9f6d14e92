"""The root URLconf: every app's URLs in one place, the language prefix around the public site."""

from allauth.account.views import LogoutView
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms import admin_access, crawlers, views

handler500 = "cms.views.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", crawlers.robots_txt, name="robots_txt"),
    path("favicon.ico", crawlers.favicon, name="favicon"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": crawlers.PublicSitemap}}, name="sitemap"),
    # Wagtail's own sign-in, sign-out and password reset pages hand over to allauth's.
    path("admin/login/", admin_access.to_allauth_login, name="admin_login_to_allauth"),
    path("admin/logout/", LogoutView.as_view(), name="admin_logout"),
    re_path(
        r"^admin/password_reset/",
        RedirectView.as_view(pattern_name="account_reset_password"),
        name="admin_password_reset_to_allauth",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("certificates.credential_urls")),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    # Uploaded images, for a site with no web server in front of it (docs/deploy.md).
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

urlpatterns += i18n_patterns(
    path("", include("cms.urls")),  # before allauth's: it owns some of accounts/
    path("accounts/", include("allauth.urls")),
    path("", include("courses.urls")),
    path("", include("certificates.urls")),
    path("", include("surveys.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
