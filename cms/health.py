"""What `/healthz` reports: whether each thing the site depends on answers, and whether a host
without it must be taken out of the load balancer (a required check) or only works less well.
Cheap enough to be asked every few seconds; it says nothing an outsider could use."""

import secrets
from dataclasses import dataclass, field
from datetime import timedelta

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.utils import timezone
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, TaskResultStatus, task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

#: A task waiting longer than this means no worker takes tasks; one running longer was most
#: likely left by a killed worker (`recover_interrupted_work`'s default waits as long).
TASKS_LATE_AFTER = timedelta(minutes=15)


@dataclass(frozen=True)
class Check:
    ok: bool
    required: bool
    figures: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict:
        return {"status": "ok" if self.ok else "fail", "required": self.required, **self.figures}


def check_database() -> Check:
    """Required: no page works without it."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return Check(ok=False, required=True)
    return Check(ok=True, required=True)


def check_cache() -> Check:
    """Not required: pages work without the cache (cms/cache.py), and every host shares the one
    Redis, so taking hosts out for it would take the whole site down."""
    key, token = f"healthz:{secrets.token_hex(8)}", secrets.token_hex(8)
    cache.set(key, token, timeout=10)
    return Check(ok=cache.get(key) == token, required=False)


def check_tasks() -> Check | None:
    """Not required: the queue is shared by every host, and taking a web host out does not
    start a worker. None where tasks run inside the request and there is no queue."""
    if not isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], DatabaseBackend):
        return None
    now = timezone.now()
    queue = DBTaskResult.objects.filter(backend_name=DEFAULT_TASK_BACKEND_ALIAS)
    try:
        oldest = queue.ready().order_by("enqueued_at").values_list("enqueued_at", flat=True)
        oldest = oldest.first()
        late = queue.filter(
            status=TaskResultStatus.RUNNING, started_at__lt=now - TASKS_LATE_AFTER
        ).count()
        waiting = (now - oldest).total_seconds() if oldest else 0
    except DatabaseError:
        return Check(ok=False, required=False)
    return Check(
        ok=waiting < TASKS_LATE_AFTER.total_seconds() and not late,
        required=False,
        figures={"oldest_ready_seconds": int(waiting), "running_too_long": late},
    )


@dataclass(frozen=True)
class Report:
    checks: dict[str, Check]

    @property
    def serving(self) -> bool:
        """False when a required check fails: the host must be taken out."""
        return all(check.ok for check in self.checks.values() if check.required)

    def as_json(self) -> dict:
        if not self.serving:
            status = "fail"
        else:
            status = "ok" if all(check.ok for check in self.checks.values()) else "degraded"
        checks = {name: check.as_json() for name, check in self.checks.items()}
        return {"status": status, "checks": checks}


def report() -> Report:
    checks = {"database": check_database(), "cache": check_cache(), "tasks": check_tasks()}
    return Report({name: check for name, check in checks.items() if check is not None})
