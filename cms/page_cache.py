"""Anonymous pages from a full-page cache.

What a visitor without an account sees (home, catalogue, modules, first lessons, guides, the
about page, the session list) is the same for every such visitor, so it is stored whole, keyed
by the address (scheme, host, path and an allow-listed query) and the language, and served by a
middleware that runs before the session, authentication and locale work.

**Invalidation is by generation.** The key holds a *generation*, a random token kept in the same
cache. Anything that may change what such a page shows replaces the token
(`cms.page_cache_invalidation`): a write to any model not listed there as never shown (pages,
snippets, settings, images, menus, sessions and their registrations, accounts' names), once
its transaction commits, and every successful POST except the few that only write the
requester's own records. The pages stored under the old token are then never read again and
expire. This is coarser than working out which pages a change touches, and always correct: a
new kind of content invalidates without anyone having to remember to. A page rendered while a
change commits is stored under the token read *before* it rendered, so it cannot outlive the
change. The token lives without expiry; if it is lost (evicted, or the cache emptied), a new one
is made and every page is rendered again.

Pages also expire after PAGE_CACHE_SECONDS, which bounds what no signal announces: time passing
(a session that has started drops off the list), a `QuerySet.update()` outside a POST, a change
made while Redis could not be reached.

**What is never stored or served** (`may_serve`, `may_store`): a request with a session or
messages cookie or an Authorization header is never answered from the cache; only a GET of a
view in PAGE_CACHE_VIEWS that answered 200 with a complete body, set no cookie, wrote nothing
into the session, used no CSRF token, no CSP nonce and no message, and did not mark itself
private, is stored. Reading the session is allowed: the request had no session cookie, so the
session it read was empty, the same for every visitor.

Stored pages carry an ETag (a hash of the body) and a Last-Modified date and answer a
conditional request with 304 Not Modified. Their Cache-Control is `no-cache`: browsers keep
them but ask again each time, so a visitor who signs in never sees the anonymous copy.
"""

import hashlib
import logging
import secrets

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.http import http_date, parse_http_date_safe

logger = logging.getLogger(__name__)

CACHE_ALIAS = "pages"
GENERATION_KEY = "generation"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
#: A header on every answer of a view the cache may serve, for operators and the benchmark.
STATUS_HEADER = "X-Page-Cache"
UNCACHEABLE_DIRECTIVES = ("private", "no-store", "no-cache")


_warned: set[str] = set()


def _warn_once(what: str, error: OSError) -> None:
    """Once per process and kind: a folder that cannot be written fails every request alike."""
    if what not in _warned:
        _warned.add(what)
        logger.warning("%s (%s): pages are rendered instead.", what, error)


def _cache():
    return caches[CACHE_ALIAS]


def generation() -> str | None:
    """The current generation token, made if there is none; None while the cache cannot be
    reached or written (then nothing is served from it or stored in it)."""
    try:
        store = _cache()
        value = store.get(GENERATION_KEY)
        if value is None:
            value = secrets.token_hex(8)
            if not store.add(GENERATION_KEY, value, timeout=None):
                value = store.get(GENERATION_KEY)  # another process made one first, or no cache
    except OSError as error:  # the file cache's folder cannot be read or written
        _warn_once("The page cache cannot be used", error)
        return None
    return value


def bump() -> None:
    """Start a new generation: every page stored so far is stale."""
    try:
        _cache().set(GENERATION_KEY, secrets.token_hex(8), timeout=None)
    except OSError as error:
        logger.error("The page cache could not be invalidated (%s).", error)


def may_serve(request) -> bool:
    """Whether the request is one an anonymous page from the cache may answer."""
    if request.method not in ("GET", "HEAD") or "HTTP_AUTHORIZATION" in request.META:
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or CookieStorage.cookie_name in cookies:
        return False
    allowed = settings.PAGE_CACHE_QUERY_PARAMETERS
    return all(name in allowed for name in request.GET)


def key(request, token: str) -> str:
    """The cache key of the request's page in generation `token`."""
    query = sorted((name, value) for name, values in request.GET.lists() for value in values)
    address = f"{request.scheme}://{request.get_host()}{request.path}?{query!r}"
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"{token}:{language}:{digest}"


def may_store(request, response) -> bool:
    """Whether the response is an anonymous page, the same for every visitor without an
    account (see the module's docstring)."""
    match = getattr(request, "resolver_match", None)
    if (
        request.method != "GET"
        or response.status_code != 200
        or response.streaming
        or match is None
        or match.view_name not in settings.PAGE_CACHE_VIEWS
        or response.cookies
    ):
        return False
    cache_control = response.get("Cache-Control", "")
    if any(directive in cache_control for directive in UNCACHEABLE_DIRECTIVES):
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or getattr(request, "_csp_nonce", None):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    messages = getattr(request, "_messages", None)
    return messages is None or not (messages.used or len(messages))


def prepare_for_storage(response) -> None:
    """The validators a conditional request is answered from, and no-cache for browsers."""
    set_response_etag(response)
    if not response.has_header("Last-Modified"):
        response.headers["Last-Modified"] = http_date()
    patch_cache_control(response, no_cache=True)


def conditional(request, response):
    """304 Not Modified when the request's validators match the stored page."""
    return get_conditional_response(
        request,
        etag=response.get("ETag"),
        last_modified=parse_http_date_safe(response.get("Last-Modified", "")),
        response=response,
    )


class AnonymousPageCacheMiddleware:
    """Serves and stores anonymous pages; put it right after WhiteNoise, before the session,
    locale and authentication middleware. Also bumps the generation after a POST that may have
    changed what pages show (see PAGE_CACHE_PRIVATE_WRITES)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.seconds = settings.PAGE_CACHE_SECONDS

    def __call__(self, request):
        if request.method not in SAFE_METHODS:
            return self._after_write(request, self.get_response(request))
        if not self.seconds or not may_serve(request):
            return self.get_response(request)
        token = generation()
        if token is None:
            return self.get_response(request)
        page_key = key(request, token)
        cached = self._read(page_key)
        if cached is not None:
            cached.headers[STATUS_HEADER] = "hit"
            return conditional(request, cached)
        response = self.get_response(request)
        if not may_store(request, response):
            return response
        prepare_for_storage(response)
        self._write(page_key, response)
        response.headers[STATUS_HEADER] = "miss"
        return conditional(request, response)

    def _after_write(self, request, response):
        match = getattr(request, "resolver_match", None)
        private = match is not None and match.view_name in settings.PAGE_CACHE_PRIVATE_WRITES
        if response.status_code < 400 and not private:
            bump()
        return response

    def _read(self, page_key: str):
        try:
            return _cache().get(page_key)
        except OSError as error:
            _warn_once("A page could not be read from the cache", error)
            return None

    def _write(self, page_key: str, response) -> None:
        try:
            _cache().set(page_key, response, timeout=self.seconds)
        except OSError as error:
            _warn_once("A page could not be stored in the cache", error)
