"""Concurrent duplicates: many identical requests at the same moment must store one row, never
exceed a session's capacity and never answer 5xx. bench/concurrency.sh runs this against
gunicorn with the production settings (bench/README.md, "Concurrency"):

    python bench/concurrency.py --base http://127.0.0.1:8000 --trials 20 --requests 50 \\
        --out /tmp/run/sqlite/concurrency.json

It runs in the server's environment (DATABASE_URL, SECRET_KEY, ...) on a fresh database: it
creates its own modules, sessions and residents, signs the residents in through the sign-in
form, then runs every scenario TRIALS times on new pages or sessions. A trial sends REQUESTS
POSTs (or GETs) from as many threads, released together by a barrier; each carries a signed-in
session cookie and the CSRF token of the page the form is on, as a browser would. After each
trial it counts the rows in the database. The results go to --out as JSON, for
bench/concurrency_report.py.
"""

import argparse
import json
import re
import secrets
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))
import setup_data  # noqa: E402 - the load benchmark's data helpers, next to this file

CAPACITY = 10
REGISTRANTS = 25  # more residents than seats, each tapping "register" twice: 50 requests
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
ATTEMPT = re.compile(r'name="attempt" value="([^"]+)"')
TIMEOUT = 120


@dataclass(frozen=True)
class Call:
    cookies: dict[str, str]
    method: str
    path: str
    data: dict | None = None


@dataclass
class Outcome:
    statuses: Counter = field(default_factory=Counter)
    locations: set = field(default_factory=set)
    in_flight: int = 0
    seconds: float = 0.0


# --- data -------------------------------------------------------------------------------------


def _module(index, title: str, lessons: list[dict]):
    from courses.models import LessonPage, ModulePage, Topic

    module = setup_data._publish(
        index,
        ModulePage(
            title=title,
            slug=f"konkurensi-{secrets.token_hex(4)}",
            summary="Modul khusus untuk uji konkurensi (benchmark); tidak untuk warga.",
            topic=Topic.objects.filter(locale__language_code="id").first(),
            estimated_minutes=10,
        ),
    )
    pages = [
        setup_data._publish(
            module,
            LessonPage(
                title=f"{title}: pelajaran {number}",
                slug=f"pelajaran-{number}",
                body=[("paragraph", setup_data.PARAGRAPHS[0])],
                **extra,
            ),
        )
        for number, extra in enumerate(lessons, 1)
    ]
    return module, pages


QUIZ = [
    (
        "question",
        {
            "question": "Siapa yang boleh ikut musrenbang?",
            "kind": "single",
            "choices": [
                {"text": "Semua warga", "correct": True},
                {"text": "Hanya pengurus RW", "correct": False},
            ],
            "explanation": "Musrenbang terbuka untuk semua warga.",
        },
    )
]


def build_fixtures(trials: int) -> dict:
    """Fresh pages and sessions for every trial, so that each starts from nothing."""
    from django.utils import timezone

    from courses.models import WorkshopSession

    index = setup_data._module_index(setup_data._home())
    soon = timezone.now() + timedelta(days=3)
    fixtures: dict[str, list] = {key: [] for key in ("enrol", "lesson", "quiz", "certificate")}
    for trial in range(1, trials + 1):
        fixtures["enrol"].append(_module(index, f"Daftar {trial}", [{}])[0])
        fixtures["lesson"].append(_module(index, f"Tandai {trial}", [{}, {}])[1][0])
        fixtures["quiz"].append(_module(index, f"Kuis {trial}", [{"quiz": QUIZ}])[1][0])
        fixtures["certificate"].append(_module(index, f"Sertifikat {trial}", [{}]))
    for kind, capacity in (("registration", CAPACITY), ("check_in", 40)):
        fixtures[kind] = [
            WorkshopSession.objects.create(
                title=f"Uji konkurensi {kind} {trial}",
                starts_at=soon,
                ends_at=soon + timedelta(hours=2),
                venue="Aula",
                capacity=capacity,
            )
            for trial in range(1, trials + 1)
        ]
    return fixtures


# --- HTTP -------------------------------------------------------------------------------------


def sign_in(base: str, email: str, password: str) -> dict[str, str]:
    """Through the sign-in form; waits out the sign-in rate limit (30 a minute) if it is hit."""
    for _attempt in range(5):
        client = requests.Session()
        form = client.get(f"{base}/accounts/login/", timeout=TIMEOUT)
        data = {"login": email, "password": password, "csrfmiddlewaretoken": _csrf(form.text)}
        response = client.post(
            f"{base}/accounts/login/", data=data, allow_redirects=False, timeout=TIMEOUT
        )
        if response.status_code == 302 and "sessionid" in client.cookies:
            return client.cookies.get_dict()
        if response.status_code != 429:
            raise SystemExit(f"Signing in {email} failed: HTTP {response.status_code}")
        time.sleep(61)
    raise SystemExit(f"Signing in {email}: still rate-limited")


def _csrf(html: str) -> str:
    match = CSRF.search(html)
    if match is None:
        raise SystemExit("No CSRF token in the page")
    return match.group(1)


def form_page(base: str, cookies: dict[str, str], path: str) -> tuple[dict[str, str], str]:
    """Open the page a form is on, as the signed-in resident: its cookies and its HTML."""
    client = requests.Session()
    client.cookies.update(cookies)
    response = client.get(f"{base}{path}", timeout=TIMEOUT)
    if response.status_code != 200:
        raise SystemExit(f"GET {path}: HTTP {response.status_code}")
    return client.cookies.get_dict(), response.text


def fire(base: str, calls: list[Call]) -> Outcome:
    """Every call from its own thread, all released at once."""
    barrier = threading.Barrier(len(calls))
    outcome = Outcome()
    lock = threading.Lock()
    spans: list[tuple[float, float]] = []

    def send(call: Call) -> None:
        client = requests.Session()
        client.cookies.update(call.cookies)
        barrier.wait()
        start = time.monotonic()
        try:
            response = client.request(
                call.method,
                base + call.path,
                data=call.data,
                allow_redirects=False,
                timeout=TIMEOUT,
            )
            status, location = response.status_code, response.headers.get("Location")
        except requests.RequestException as error:
            status, location = f"no response ({type(error).__name__})", None
        with lock:
            spans.append((start, time.monotonic()))
            outcome.statuses[str(status)] += 1
            if location:
                outcome.locations.add(location)

    threads = [threading.Thread(target=send, args=(call,)) for call in calls]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    outcome.seconds = time.monotonic() - began
    outcome.in_flight = _most_in_flight(spans)
    return outcome


def _most_in_flight(spans: list[tuple[float, float]]) -> int:
    """The largest number of requests that were sent and not yet answered at one moment."""
    events = sorted([(start, 1) for start, _ in spans] + [(end, -1) for _, end in spans])
    most = current = 0
    for _moment, change in events:
        current += change
        most = max(most, current)
    return most


# --- scenarios --------------------------------------------------------------------------------


@dataclass
class Run:
    base: str
    requests: int
    resident: object  # the user of the one-person scenarios
    cookies: dict[str, str]
    registrants: list[dict[str, str]]  # their signed-in cookies
    fixtures: dict


def one_row(found: int, **extra) -> dict:
    return {"expected": 1, "found": found, "duplicates": max(found - 1, 0), **extra}


def same_form(run: Run, page: str, action: str, **data) -> list[Call]:
    cookies, html = form_page(run.base, run.cookies, page)
    call = Call(cookies, "POST", action, {"csrfmiddlewaretoken": _csrf(html), **data})
    return [call] * run.requests


def enrol(run: Run, trial: int):
    from courses.models import Enrolment

    module = run.fixtures["enrol"][trial]
    calls = same_form(run, module.url, f"/modules/{module.pk}/enrol/")
    return calls, lambda _outcome: one_row(
        Enrolment.objects.filter(user=run.resident, module=module).count()
    )


def complete_lesson(run: Run, trial: int):
    from courses.models import LessonCompletion

    lesson = run.fixtures["lesson"][trial]
    calls = same_form(run, lesson.url, f"/lessons/{lesson.pk}/complete/")
    return calls, lambda _outcome: one_row(
        LessonCompletion.objects.filter(user=run.resident, lesson=lesson).count()
    )


def submit_quiz(run: Run, trial: int):
    """The same rendered quiz form, sent REQUESTS times: a double tap on a slow phone."""
    from courses.models import QuizAttempt

    lesson = run.fixtures["quiz"][trial]
    cookies, html = form_page(run.base, run.cookies, lesson.url)
    data = {"csrfmiddlewaretoken": _csrf(html), "attempt": ATTEMPT.search(html).group(1)}
    for question in lesson.quiz:
        right = [c.id for c in question.value["choices"].bound_blocks if c.value["correct"]]
        data[f"q-{question.id}"] = right
    calls = [Call(cookies, "POST", f"/lessons/{lesson.pk}/quiz/", data)] * run.requests
    return calls, lambda outcome: one_row(
        QuizAttempt.objects.filter(user=run.resident, lesson=lesson).count(),
        results_shown=len(outcome.locations),
    )


def issue_certificate(run: Run, trial: int):
    """Half mark the module's only lesson done (which completes it and issues the certificate),
    half open "My certificates" (which issues any certificate still missing)."""
    from django_tasks_db.models import DBTaskResult

    from certificates.models import Certificate

    module, (lesson,) = run.fixtures["certificate"][trial]
    marks = same_form(run, lesson.url, f"/lessons/{lesson.pk}/complete/")
    opens = [Call(run.cookies, "GET", "/sertifikat/")] * run.requests

    def count(_outcome) -> dict:
        issued = Certificate.objects.filter(recipient=run.resident, module=module)
        renders = DBTaskResult.objects.filter(
            task_path="certificates.tasks.render_certificate",
            args_kwargs__args__0__in=list(issued.values_list("pk", flat=True)),
        )
        return one_row(issued.count(), render_tasks=renders.count())

    return [*marks[: run.requests // 2], *opens[run.requests // 2 :]], count


def register(run: Run, trial: int):
    """More residents than seats, each tapping "register" twice at once."""
    from courses.models import Registration

    session = run.fixtures["registration"][trial]
    residents = run.registrants[: (run.requests + 1) // 2]
    calls = []
    for signed_in in residents:
        cookies, html = form_page(run.base, signed_in, f"/sessions/{session.pk}/")
        data = {"csrfmiddlewaretoken": _csrf(html)}
        calls += [Call(cookies, "POST", f"/sessions/{session.pk}/register/", data)] * 2

    def count(_outcome) -> dict:
        rows = Registration.objects.filter(session=session)
        found, people = rows.count(), rows.values("user").distinct().count()
        seated = rows.filter(status=Registration.Status.REGISTERED).count()
        return {
            "expected": len(residents),
            "found": found,
            "duplicates": found - people,
            "seated": seated,
            "over_capacity": max(seated - session.capacity, 0),
        }

    return calls[: run.requests], count


def check_in(run: Run, trial: int):
    from courses.models import Attendance
    from courses.workshops.services import check_in_token

    session = run.fixtures["check_in"][trial]
    path = f"/sessions/{session.pk}/check-in/{check_in_token(session)}/"
    calls = same_form(run, path, path)
    return calls, lambda _outcome: one_row(
        Attendance.objects.filter(session=session, user=run.resident).count()
    )


# name: (what it does, the scenario, the statuses a correct answer has)
SCENARIOS = {
    "enrolment": ("enrol in a module", enrol, {"302"}),
    "lesson completion": ("mark a lesson done", complete_lesson, {"302"}),
    "quiz submission": ("send the same quiz form", submit_quiz, {"302"}),
    "certificate issue": (
        "complete the module / open certificates",
        issue_certificate,
        {"302", "200"},
    ),
    "registration at capacity": (
        f"{REGISTRANTS} residents × 2 taps, {CAPACITY} seats",
        register,
        {"302"},
    ),
    "check-in": ("tap the check-in button", check_in, {"200"}),
}


def trial_result(run: Run, scenario, expected_statuses: set[str], trial: int) -> dict:
    calls, count = scenario(run, trial)
    outcome = fire(run.base, calls)
    return {
        "requests": len(calls),
        "statuses": dict(outcome.statuses),
        "unexpected": sum(n for s, n in outcome.statuses.items() if s not in expected_statuses),
        "server_errors": sum(n for s, n in outcome.statuses.items() if s.startswith("5")),
        "in_flight": outcome.in_flight,
        "seconds": round(outcome.seconds, 3),
        "rows": count(outcome),
    }


def prepare(base: str, trials: int, requests_per_trial: int) -> Run:
    from django.db import transaction

    from cms.models import User

    password = secrets.token_urlsafe(16)
    with transaction.atomic():
        fixtures = build_fixtures(trials)
        emails = setup_data.create_learners(1 + REGISTRANTS, password)
    users = list(User.objects.filter(email__in=emails).order_by("email"))
    cookies = [sign_in(base, user.email, password) for user in users]
    return Run(base, requests_per_trial, users[0], cookies[0], cookies[1:], fixtures)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True)
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if args.requests > 2 * REGISTRANTS:
        raise SystemExit(f"At most {2 * REGISTRANTS} requests: {REGISTRANTS} residents tap twice.")
    setup_data._setup_django()
    run = prepare(args.base, args.trials, args.requests)
    results = {}
    for name, (description, scenario, statuses) in SCENARIOS.items():
        trials = [trial_result(run, scenario, statuses, trial) for trial in range(args.trials)]
        results[name] = {"description": description, "trials": trials}
        rows = [trial["rows"] for trial in trials]
        sys.stdout.write(
            f"{name}: {sum(r['duplicates'] for r in rows)} duplicates, "
            f"{sum(t['server_errors'] for t in trials)} 5xx in {len(trials)} trials\n"
        )
    args.out.write_text(json.dumps({"requests": args.requests, "scenarios": results}, indent=1))


if __name__ == "__main__":
    main()
