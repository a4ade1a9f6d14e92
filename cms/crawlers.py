"""What browsers and search engines ask for at fixed addresses: /robots.txt, /favicon.ico and
the sitemap, whose addresses are on the public site (SITE_URL) whatever Wagtail's Site says."""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .pdf import public_url

# Under every language prefix: accounts and profile, My learning and feedback, My certificates
# and their downloads (the verification form stays open), search results.
PRIVATE_PATHS = ("accounts/", "learning/", "sertifikat/", "search/")
OPEN_PATHS = ("sertifikat/verifikasi/",)


def language_prefixes() -> list[str]:
    """The URL prefix of each language: none for the default one (prefix_default_language)."""
    return [
        "/" if code == settings.LANGUAGE_CODE else f"/{code}/"
        for code, _name in settings.LANGUAGES
    ]


@require_safe
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/"]
    for prefix in language_prefixes():
        lines += [f"Disallow: {prefix}{path}" for path in PRIVATE_PATHS]
        lines += [f"Allow: {prefix}{path}" for path in OPEN_PATHS]
    lines += ["", f"Sitemap: {public_url(reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
@cache_control(max_age=86400, public=True)
def favicon(request):
    """For what asks the old address; pages name the SVG icon themselves."""
    return redirect(static("img/favicon.ico"))


class PublicSitemap(Sitemap):
    """Every live public page in every language, at its address on the public site."""

    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_home = Page.objects.none()
        for home in homes:
            in_a_home |= Page.objects.descendant_of(home, inclusive=True)
        return in_a_home.live().public().order_by("path").defer_streamfields().specific()

    def get_urls(self, page=1, site=None, protocol=None):
        return [
            {**url, "location": public_url(urlsplit(url["location"]).path)}
            for url in super().get_urls(page=page, site=site, protocol=protocol)
        ]
