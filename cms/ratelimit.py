"""A small fixed-window rate limit per client address, kept in the cache (shared between
processes when REDIS_URL is set)."""

import time

from django.core.cache import cache


def client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "unknown")


def allow(request, action: str, *, limit: int, period: int) -> bool:
    """Count one use of `action` by this client; False once it exceeds `limit` per `period` s."""
    window = int(time.time() // period)
    key = f"ratelimit:{action}:{client_address(request)}:{window}"
    cache.add(key, 0, timeout=period)
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=period)
        count = 1
    return count <= limit
