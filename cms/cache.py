"""The Redis cache, where a Redis that cannot be reached is a miss, not an error: every page
works without the cache, only slower. Whether a rate limit lets a request through while nothing
can be counted is decided where the limit is (cms/ratelimit.py), and for allauth's below; what
people see is in docs/deploy.md, "When something fails"."""

import logging
import time
from dataclasses import dataclass, field

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis import exceptions as redis_errors

logger = logging.getLogger(__name__)

#: Redis is down, or what answers is not a Redis that takes writes (a replica after a failover).
UNREACHABLE = (
    redis_errors.ConnectionError,
    redis_errors.TimeoutError,
    redis_errors.InvalidResponse,
    redis_errors.ReadOnlyError,
)
#: After a failure, how long every process leaves Redis alone before trying it again, so that a
#: dead Redis costs a request nothing, not a timeout per cache call.
RETRY_AFTER_SECONDS = 5.0


class CacheUnavailable(ValueError):
    """`incr` on a cache that cannot be reached. A ValueError, as `incr` of a missing key
    raises, so code written for any cache treats it as a miss; a caller that must tell the two
    apart (a rate limit) catches this."""


@dataclass
class _Outage:
    until: float = 0.0
    reported: set[str] = field(default_factory=set)


# One per server and process: each thread has a backend of its own, and they share this.
_outages: dict[str, _Outage] = {}


class ResilientRedisCache(RedisCache):
    """Django's RedisCache, except that when Redis cannot be reached reads miss, writes are
    dropped, `incr` raises CacheUnavailable and `add` answers "not added". That last one is a
    choice: allauth takes a lock with `add` before counting, so its rate limits (sign-in,
    sign-up, password reset, sign-in codes) and its check that a TOTP code is used once refuse
    what they cannot count. They fail closed on purpose: a sign-in nobody counts could be
    guessed without limit. Each kind of failure is logged once until Redis answers again."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._outage = _outages.setdefault(str(server), _Outage())

    def _call(self, operation, *args, fallback=None):
        if time.monotonic() < self._outage.until:
            return fallback
        try:
            result = operation(*args)
        except UNREACHABLE as error:
            self._failed(error)
            return fallback
        if self._outage.reported:
            self._outage.reported.clear()
            logger.warning("The cache answers again.")
        return result

    def _failed(self, error: Exception) -> None:
        self._outage.until = time.monotonic() + RETRY_AFTER_SECONDS
        kind = type(error).__name__
        if kind not in self._outage.reported:
            self._outage.reported.add(kind)
            logger.warning(
                "The cache cannot be reached (%s: %s): pages go on without it.", kind, error
            )

    def get(self, key, default=None, version=None):
        return self._call(super().get, key, default, version, fallback=default)

    def get_many(self, keys, version=None):
        return self._call(super().get_many, keys, version, fallback={})

    def has_key(self, key, version=None):
        return self._call(super().has_key, key, version, fallback=False)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().add, key, value, timeout, version, fallback=False)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._call(super().set, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().set_many, data, timeout, version, fallback=list(data))

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().touch, key, timeout, version, fallback=False)

    def delete(self, key, version=None):
        return self._call(super().delete, key, version, fallback=False)

    def delete_many(self, keys, version=None):
        self._call(super().delete_many, keys, version)

    def incr(self, key, delta=1, version=None):
        missing = object()
        result = self._call(super().incr, key, delta, version, fallback=missing)
        if result is missing:
            raise CacheUnavailable(key)
        return result

    def clear(self):
        return self._call(super().clear, fallback=False)
