"""A small fixed-window rate limit per client address, kept in the cache (shared between
processes when REDIS_URL is set)."""

import time

from allauth.account.adapter import get_adapter
from django.core.cache import cache

from .cache import CacheUnavailable


def client_address(request) -> str:
    """The client's address as allauth's own limits see it: REMOTE_ADDR, or behind the
    proxies counted in ALLAUTH_TRUSTED_PROXY_COUNT, the address they say they forward for."""
    return get_adapter(request).get_client_ip(request)


def allow(request, action: str, *, limit: int, period: int, if_cache_down: bool) -> bool:
    """Count one use of `action` by this client; False once it exceeds `limit` per `period` s.
    While the cache cannot be reached nothing can be counted, and the answer is
    `if_cache_down`: each limit says whether it lets requests through then or refuses them."""
    window = int(time.time() // period)
    key = f"ratelimit:{action}:{client_address(request)}:{window}"
    cache.add(key, 0, timeout=period)
    try:
        count = cache.incr(key)
    except CacheUnavailable:
        return if_cache_down
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=period)
        count = 1
    return count <= limit
