"""Locust scenario for `make bench` (see bench/README.md); bench/run.sh drives it.

Two kinds of simulated user share one run:

- Learner: signs in once (and enrols) in on_start, then walks through the bench module's
  lessons in order, one step per task: open the module page, open the next lesson, mark it done.
  After the last lesson it starts again from the first; those completions are named
  "complete lesson (again)" because the row already exists.
- Reference: requests /healthz, the cheapest view there is (one `SELECT 1`), as the yardstick.

Every learner signs in first; once all have (or after BENCH_READY_TIMEOUT s) they all start
their journeys, each after one think time so that they do not arrive together. The measured
window opens BENCH_SETTLE s later and closes BENCH_DURATION s after that, when this file stops
the run itself. Sign-in and enrolment happen before the window and are reported apart; the
journey requests made while settling are left out. Every response is checked against what the
endpoint must answer (status, and where it redirects to); anything else counts as a failure.
The raw response times go to BENCH_SAMPLES (JSON) for bench/report.py.

Environment: BENCH_DATA (JSON from setup_data.py), BENCH_SAMPLES, BENCH_DURATION, BENCH_SETTLE,
BENCH_LEARNERS, BENCH_REF_USERS, BENCH_WAIT (learner think time "min,max" in seconds),
BENCH_REF_WAIT, BENCH_READY_TIMEOUT, BENCH_SERVER_PID (gunicorn's master, to measure its CPU).
"""

import json
import os
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import gevent
import psutil
from gevent.event import Event
from locust import HttpUser, between, events, task
from locust.exception import StopUser

DATA = json.loads(Path(os.environ["BENCH_DATA"]).read_text())
SAMPLES_PATH = Path(os.environ["BENCH_SAMPLES"])
DURATION = float(os.environ.get("BENCH_DURATION", "30"))
SETTLE = float(os.environ.get("BENCH_SETTLE", "5"))
LEARNERS = int(os.environ.get("BENCH_LEARNERS", str(len(DATA["learners"]))))
REF_USERS = int(os.environ.get("BENCH_REF_USERS", "2"))
READY_TIMEOUT = float(os.environ.get("BENCH_READY_TIMEOUT", "60"))
SERVER_PID = int(os.environ.get("BENCH_SERVER_PID", "0"))
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def _wait_range(name: str, default: str) -> tuple[float, float]:
    low, high = (float(part) for part in os.environ.get(name, default).split(","))
    return low, high


WAIT = _wait_range("BENCH_WAIT", "0.5,1.5")
REF_WAIT = _wait_range("BENCH_REF_WAIT", "0.2,0.5")

if len(DATA["learners"]) < LEARNERS:
    raise SystemExit(
        f"{LEARNERS} learners asked for, but setup_data.py created {len(DATA['learners'])}."
    )

# Names of the rows in the report. The ids in URLs are folded into one row per endpoint.
LOGIN_FORM = "login form (GET)"
LOGIN = "login (POST)"
ENROL = "enrol (POST)"
MODULE = "module page"
LESSON = "lesson page"
COMPLETE = "complete lesson (POST)"
COMPLETE_AGAIN = "complete lesson (again)"
HEALTHZ = "/healthz"


class Run:
    """State shared by all simulated users (one process, gevent greenlets)."""

    accounts = iter(DATA["learners"])
    signed_in = 0
    all_signed_in = Event()
    go = Event()
    window: dict[str, float | None] = {"start": None, "stop": None}
    samples: dict[str, dict] = defaultdict(
        lambda: {
            "times_ms": [],
            "starts": [],
            "failures": 0,
            "codes": Counter(),
            "errors": Counter(),
        }
    )
    user_errors: Counter = Counter()
    cpu: dict = {}
    environment = None


def _cpu_snapshot() -> dict:
    """CPU seconds used so far: by the whole machine, by the server's processes, by locust."""
    machine = psutil.cpu_times()
    server: dict[int, float] = {}
    if SERVER_PID:
        try:
            master = psutil.Process(SERVER_PID)
            for process in [master, *master.children(recursive=True)]:
                times = process.cpu_times()
                server[process.pid] = times.user + times.system
        except psutil.Error:
            pass
    own = psutil.Process().cpu_times()
    return {
        "wall": time.time(),
        "busy": sum(machine) - machine.idle - getattr(machine, "iowait", 0.0),
        "server": server,
        "locust": own.user + own.system,
    }


def _cpu_usage(before: dict, after: dict) -> dict:
    """Average number of cores busy over the window: in all, by the server, by locust."""
    wall = after["wall"] - before["wall"]
    server = sum(t - before["server"].get(pid, 0.0) for pid, t in after["server"].items())
    return {
        "cores": psutil.cpu_count(),
        "machine": (after["busy"] - before["busy"]) / wall,
        "server": server / wall,
        "locust": (after["locust"] - before["locust"]) / wall,
    }


@events.init.add_listener
def on_init(environment, **_kwargs):
    host = urlsplit(environment.host or "").hostname
    if host not in LOOPBACK:
        raise SystemExit(f"Refusing to load {environment.host!r}: only loopback addresses.")
    Run.environment = environment


@events.test_start.add_listener
def on_test_start(**_kwargs):
    gevent.spawn(_open_window)


def _open_window():
    if LEARNERS and not Run.all_signed_in.wait(timeout=READY_TIMEOUT):
        Run.user_errors[f"not every learner signed in within {READY_TIMEOUT:.0f} s"] += 1
    Run.go.set()
    gevent.sleep(SETTLE)
    before = _cpu_snapshot()
    Run.window["start"] = before["wall"]
    gevent.sleep(DURATION)
    after = _cpu_snapshot()
    Run.window["stop"] = after["wall"]
    Run.cpu = _cpu_usage(before, after)
    Run.environment.runner.quit()


@events.request.add_listener
def on_request(name, response_time, response, exception, start_time=None, **_kwargs):
    sample = Run.samples[name]
    sample["times_ms"].append(round(response_time, 3))
    sample["starts"].append(round(start_time or time.time(), 3))
    code = getattr(response, "status_code", None) or 0
    sample["codes"][str(code)] += 1
    if exception is not None:
        sample["failures"] += 1
        sample["errors"][str(exception)[:300]] += 1


@events.user_error.add_listener
def on_user_error(user_instance, exception, **_kwargs):
    Run.user_errors[
        f"{type(user_instance).__name__}: {type(exception).__name__}: {exception}"
    ] += 1


@events.quitting.add_listener
def on_quitting(**_kwargs):
    SAMPLES_PATH.write_text(
        json.dumps(
            {
                "window": Run.window,
                "config": {
                    "learners": LEARNERS,
                    "ref_users": REF_USERS,
                    "duration_s": DURATION,
                    "settle_s": SETTLE,
                    "learner_wait_s": WAIT,
                    "ref_wait_s": REF_WAIT,
                    "lessons": len(DATA["lessons"]),
                    "host": Run.environment.host,
                },
                "endpoints": Run.samples,
                "user_errors": Run.user_errors,
                "cpu": Run.cpu,
            }
        )
    )


def _location(response) -> str:
    return urlsplit(response.headers.get("Location", "")).path


class Learner(HttpUser):
    fixed_count = LEARNERS
    wait_time = between(*WAIT)

    def on_start(self):
        try:
            self.email = next(Run.accounts)
        except StopIteration:
            raise StopUser from None
        self.position = 0
        self.passes = 0
        try:
            self._sign_in()
            self._enrol()
        finally:
            Run.signed_in += 1
            if Run.signed_in >= LEARNERS:
                Run.all_signed_in.set()
        Run.go.wait()
        self.wait()

    def _post(self, url: str, name: str, data: dict | None = None, referer: str | None = None):
        token = self.client.cookies.get("csrftoken", "")
        return self.client.post(
            url,
            data={**(data or {}), "csrfmiddlewaretoken": token},
            headers={"Referer": self.host + (referer or url)},
            allow_redirects=False,
            name=name,
            catch_response=True,
        )

    def _sign_in(self):
        with self.client.get("/accounts/login/", name=LOGIN_FORM, catch_response=True) as response:
            if response.status_code != 200 or "csrftoken" not in self.client.cookies:
                response.failure(f"HTTP {response.status_code}, csrftoken cookie missing")
        data = {"login": self.email, "password": DATA["password"]}
        with self._post("/accounts/login/", LOGIN, data) as response:
            target = _location(response)
            if response.status_code != 302:
                response.failure(f"HTTP {response.status_code} (sign-in refused)")
            elif target.startswith(("/accounts/", "/en/accounts/")):
                response.failure(f"redirected to {target} instead of the site")

    def _enrol(self):
        module = DATA["module"]
        with self._post(
            f"/modules/{module['id']}/enrol/", ENROL, referer=module["url"]
        ) as response:
            if response.status_code != 302:
                response.failure(f"HTTP {response.status_code}")

    def _get_page(self, url: str, name: str):
        with self.client.get(
            url, name=name, allow_redirects=False, catch_response=True
        ) as response:
            if response.status_code != 200:
                where = f" to {_location(response)}" if response.is_redirect else ""
                response.failure(f"HTTP {response.status_code}{where}")

    @task
    def next_lesson(self):
        lesson = DATA["lessons"][self.position]
        self._get_page(DATA["module"]["url"], MODULE)
        self.wait()
        self._get_page(lesson["url"], LESSON)
        self.wait()
        name = COMPLETE if self.passes == 0 else COMPLETE_AGAIN
        with self._post(
            f"/lessons/{lesson['id']}/complete/", name, referer=lesson["url"]
        ) as response:
            if response.status_code != 302:
                response.failure(f"HTTP {response.status_code}")
            elif _location(response).startswith(("/accounts/", "/en/accounts/")):
                response.failure(f"redirected to {_location(response)}: not signed in")
        self.position += 1
        if self.position == len(DATA["lessons"]):
            self.position = 0
            self.passes += 1


class Reference(HttpUser):
    fixed_count = REF_USERS
    wait_time = between(*REF_WAIT)

    def on_start(self):
        Run.go.wait()

    @task
    def healthz(self):
        with self.client.get("/healthz", name=HEALTHZ, catch_response=True) as response:
            if response.status_code != 200 or response.text.strip() != "ok":
                response.failure(f"HTTP {response.status_code}: {response.text[:80]!r}")
