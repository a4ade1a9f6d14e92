"""The application started the way production runs it, on loopback only.

Two layouts, chosen by the database the test run uses (DATABASE_URL, as for the rest of the
suite):
- PostgreSQL: gunicorn with the production settings, a fresh PostgreSQL database, Redis as the
  cache and a `db_worker` process for background tasks, as docs/deploy.md describes;
- SQLite (the embedded default): gunicorn with the production settings on a SQLite file, tasks
  run inside the request (TASKS_BACKEND=immediate), local-memory cache.

Both serve hashed static files through whitenoise with DEBUG off, and send e-mail over SMTP to a
mailbox the tests read. The only relaxation is for plain HTTP on localhost: no HTTPS redirect and
cookies not marked Secure.
"""

import hashlib
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

from certificates.open_badges import keys

PROJECT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
SETPRIV = shutil.which("setpriv") or "/usr/bin/setpriv"
REDIS_URL = os.environ.get("E2E_REDIS_URL", "redis://127.0.0.1:6379/8")
# The production settings leave out the demo app: the demo is loaded with the development ones,
# into the same database and media folders.
DEMO_SETTINGS = "config.settings.dev"
# Django's log line for a 500, a traceback, or a 5xx status in gunicorn's access log.
#: Collected static files, kept between runs under a digest of what they are made from.
STATIC_CACHE = PROJECT / ".e2e-static"
SERVER_ERRORS = re.compile(r'Internal Server Error|Traceback \(most recent|" 5\d\d [\d-]')


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Stack:
    kind: str  # "postgresql" or "sqlite"
    base_url: str
    demo_password: str
    work: Path
    env: dict[str, str]
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return self.base_url + path

    def log_text(self) -> str:
        return "\n".join(
            f"--- {log.name}\n{log.read_text(errors='replace')}"
            for log in sorted(self.work.glob("*.log"))
        )

    def server_errors(self) -> list[str]:
        """Lines of the process logs that report a 500 or an uncaught exception."""
        return [
            line
            for log in sorted(self.work.glob("*.log"))
            for line in log.read_text(errors="replace").splitlines()
            if SERVER_ERRORS.search(line)
        ]

    def manage(
        self, *args: str, timeout: float = 300, settings: str = "", static_root: str = ""
    ) -> str:
        """`settings` replaces the production settings, e.g. for the demo app, which they leave
        out; `static_root` the folder of collected static files."""
        env = {**self.env, "DJANGO_SETTINGS_MODULE": settings} if settings else self.env
        if static_root:
            env = {**env, "STATIC_ROOT": static_root}
        result = subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
            [sys.executable, "manage.py", *args],
            cwd=PROJECT,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr}")
        return result.stdout

    def start(self, name: str, *command: str) -> None:
        log = (self.work / f"{name}.log").open("w")
        # setpriv (util-linux): the process gets SIGTERM when the test run that started it dies,
        # however it dies; a killed CI job must not leave servers holding ports and databases.
        self.processes[name] = subprocess.Popen(  # noqa: S603 - fixed commands of this project
            [SETPRIV, "--pdeathsig", "TERM", "--", *command],
            cwd=PROJECT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )

    def wait_until_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for name, process in self.processes.items():
                if process.poll() is not None:
                    raise RuntimeError(f"{name} exited early:\n{self.log_text()}")
            try:
                with urllib.request.urlopen(self.url("/healthz"), timeout=2) as response:  # noqa: S310
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"The site did not answer /healthz within {timeout} s")

    def stop(self) -> None:
        for process in self.processes.values():
            process.terminate()
        for process in self.processes.values():
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _environment(work: Path, port: int, smtp_port: int) -> dict[str, str]:
    inherited = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("DJANGO_", "DATABASE_", "REDIS_", "TASKS_", "PYTEST_"))
    }
    return {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "CREDENTIAL_SIGNING_KEY": keys.new_private_key_pem().decode(),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "SERVE_MEDIA": "true",
        "SITE_URL": f"http://127.0.0.1:{port}",
        "MEDIA_ROOT": str(work / "media"),
        "PRIVATE_MEDIA_ROOT": str(work / "private-media"),
        "PAGE_CACHE_DIR": str(work / "page-cache"),
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_port),
        "LOG_LEVEL": "WARNING",
        # On a loaded machine the journeys type slowly enough for Wagtail's autosave to send a
        # half-filled form (answered 400, which the audit counts) and to race the Save button.
        "WAGTAIL_AUTOSAVE_INTERVAL": "0",
    }


def _postgres_database(test_database_url: str, name: str) -> str:
    """Create an empty database next to the one the test run uses; return its URL."""
    parts = urlsplit(test_database_url)
    server = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}"))


def drop_postgres_database(database_url: str) -> None:
    parts = urlsplit(database_url)
    server = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{parts.path.lstrip("/")}" WITH (FORCE)')


def build_stack(work: Path, smtp_port: int) -> Stack:
    """Install the site into `work` as a deployment would, and start its processes."""
    port = free_port()
    env = _environment(work, port, smtp_port)
    test_database_url = os.environ.get("DATABASE_URL", "")
    if test_database_url.startswith("postgres"):
        kind = "postgresql"
        env["DATABASE_URL"] = _postgres_database(test_database_url, f"e2e_{os.getpid()}")
        env["REDIS_URL"] = REDIS_URL
        _flush_redis()
    else:
        kind = "sqlite"
        env["DATABASE_URL"] = f"sqlite:///{work / 'db.sqlite3'}"
        env["TASKS_BACKEND"] = "immediate"
    stack = Stack(kind, f"http://127.0.0.1:{port}", "", work, env)
    # Collecting (and compressing) the static files needs no database: on the other core.
    with ThreadPoolExecutor(max_workers=1) as pool:
        static = pool.submit(_collect_static, stack)
        stack.manage("migrate", "--no-input")
        stack.demo_password = _demo_password(stack.manage("load_demo", settings=DEMO_SETTINGS))
        env["STATIC_ROOT"] = str(static.result())
    stack.start(
        "gunicorn",
        str(BIN / "gunicorn"),
        "config.wsgi",
        f"--bind=127.0.0.1:{port}",
        "--workers=2",
        "--threads=4",
        "--access-logfile=-",
    )
    if kind == "postgresql":
        stack.start("worker", sys.executable, "manage.py", "db_worker", "--interval=0.2")
    stack.wait_until_ready()
    return stack


def _collect_static(stack: Stack) -> Path:
    """The production settings' collected static files. Compressing them takes about 30 s of
    CPU, so they are kept for the next stack (the PostgreSQL run after the SQLite one, the next
    `make test`) until the static files, the dependencies or the settings change."""
    digest = hashlib.sha256()
    sources = [PROJECT / "uv.lock", *(PROJECT / "config" / "settings").glob("*.py")]
    sources += [path for path in (PROJECT / "static").rglob("*") if path.is_file()]
    for path in sorted(sources):
        digest.update(f"{path.relative_to(PROJECT)}\0".encode() + path.read_bytes())
    collected = STATIC_CACHE / digest.hexdigest()[:20]
    if not collected.is_dir():
        partial = STATIC_CACHE / f"partial-{os.getpid()}"
        shutil.rmtree(partial, ignore_errors=True)
        stack.manage("collectstatic", "--no-input", static_root=str(partial))
        for older in STATIC_CACHE.iterdir():
            if not older.name.startswith("partial-"):
                shutil.rmtree(older, ignore_errors=True)
        try:
            partial.rename(collected)
        except OSError:  # another test run in this checkout collected them first
            shutil.rmtree(partial)
    return collected


def _demo_password(load_demo_output: str) -> str:
    match = re.search(r"Password for every demo account: (\S+)", load_demo_output)
    if not match:
        raise RuntimeError(f"load_demo printed no password:\n{load_demo_output}")
    return match.group(1)


def _flush_redis() -> None:
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()
