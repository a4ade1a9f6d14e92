"""/healthz: one JSON answer with a status per dependency. It answers 503 only when a required
one fails (the database), so a load balancer takes out a host that cannot serve; a cache or a
task queue in trouble is reported without taking out every host."""

from datetime import timedelta

import pytest
from django.db import OperationalError
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

pytestmark = pytest.mark.django_db
QUEUED = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def queued_task(status: str, minutes_ago: int) -> DBTaskResult:
    then = timezone.now() - timedelta(minutes=minutes_ago)
    row = DBTaskResult.objects.create(
        status=status,
        args_kwargs={"args": [1], "kwargs": {}},
        task_path="courses.learning.tasks.recheck_module_completion",
        backend_name="default",
        run_after=then,
        started_at=then if status == "RUNNING" else None,
    )
    DBTaskResult.objects.filter(pk=row.pk).update(enqueued_at=then)
    return row


def test_all_well(client, settings):
    settings.TASKS = QUEUED
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "status": "ok",
        "checks": {
            "database": {"status": "ok", "required": True},
            "cache": {"status": "ok", "required": False},
            "tasks": {
                "status": "ok",
                "required": False,
                "oldest_ready_seconds": 0,
                "running_too_long": 0,
            },
        },
    }


def test_without_a_task_queue_there_is_no_queue_to_check(client):
    assert set(client.get("/healthz").json()["checks"]) == {"database", "cache"}


def test_without_the_database_the_host_is_taken_out(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise OperationalError("connection to server at 10.0.0.5 refused")

    monkeypatch.setattr("cms.health.connection.cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "fail"
    assert response.json()["checks"]["database"] == {"status": "fail", "required": True}
    assert "10.0.0.5" not in response.content.decode()


def test_with_redis_down_the_host_keeps_serving_and_says_so(client, redis_down):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["checks"]["cache"] == {"status": "fail", "required": False}
    assert "127.0.0.1" not in response.content.decode()


def test_a_stalled_queue_and_a_task_left_running_are_reported(client, settings):
    settings.TASKS = QUEUED
    queued_task("READY", minutes_ago=20)
    queued_task("READY", minutes_ago=1)
    queued_task("RUNNING", minutes_ago=40)
    queued_task("RUNNING", minutes_ago=2)  # a worker may still be at it

    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    tasks = response.json()["checks"]["tasks"]
    assert tasks["status"] == "fail"
    assert 20 * 60 <= tasks["oldest_ready_seconds"] < 21 * 60
    assert tasks["running_too_long"] == 1
