"""Real processes for tests: `manage.py` commands, scripts and tests/paused_worker.py as
subprocesses on the test database, with the production settings (tests/worker_settings.py)."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from django.db import connection

PROJECT_DIR = Path(__file__).resolve().parent.parent
WAIT_SECONDS = 120


def database_url(name: str | None = None) -> str:
    """The test database (or another one on its server) as a DATABASE_URL."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{name or db['NAME']}"
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    server = f"{db['USER']}{password}@{db['HOST']}:{db['PORT'] or 5432}"
    return f"postgres://{server}/{name or db['NAME']}"


def production_env(private_media: Path, **overrides: str) -> dict[str, str]:
    """The environment of a production process on the test database; the public media folder
    is next to `private_media`."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.worker_settings",
        "DATABASE_URL": database_url(),
        "SECRET_KEY": "worker-test-secret-key-only-for-subprocesses-0123456789",
        "ALLOWED_HOSTS": "testserver",
        "SITE_URL": "https://testserver",
        "MEDIA_ROOT": str(private_media.parent / "media"),
        "PRIVATE_MEDIA_ROOT": str(private_media),
        "LOG_LEVEL": "WARNING",
        **overrides,
    }


def run(env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess:
    """Run a Python script of the project (`manage.py`, `scripts/…`) in `env`."""
    return subprocess.run(  # noqa: S603 - our own scripts with fixed arguments
        [sys.executable, *args],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=WAIT_SECONDS,
        check=check,
    )


def manage(private_media: Path, *args: str) -> subprocess.CompletedProcess:
    return run(production_env(private_media), "manage.py", *args)


def kill_worker_mid_write(private_media: Path, paused: Path) -> subprocess.CompletedProcess:
    """Start a worker, wait until it has handed half a file to the storage, SIGKILL it."""
    worker = subprocess.Popen(  # noqa: S603 - our own script
        [sys.executable, str(PROJECT_DIR / "tests" / "paused_worker.py"), str(paused)],
        cwd=PROJECT_DIR,
        env=production_env(private_media),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    deadline = time.monotonic() + WAIT_SECONDS
    while not paused.exists() and worker.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    worker.send_signal(signal.SIGKILL)
    output, _ = worker.communicate(timeout=WAIT_SECONDS)
    assert paused.exists(), f"the worker never reached the file write:\n{output}"
    return subprocess.CompletedProcess(worker.args, worker.returncode, output)


def files_in(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file())
