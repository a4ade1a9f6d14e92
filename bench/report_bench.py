"""Time the participation report and its exports on the database DATABASE_URL names (filled by
`manage.py generate_participation_data`), and write a Markdown table.

    DJANGO_SETTINGS_MODULE=config.settings.dev DATABASE_URL=postgres://postgres@127.0.0.1/akademi_report_bench \\
        .venv/bin/python bench/report_bench.py --repeat 10 --out bench/results/report.md

Every request runs in this process through Django's test client, signed in as an official, so
the times are the server's work (view, queries, template) without HTTP or a network. Each is
made once to warm up, then `--repeat` times; the table has the minimum, median, 95th
percentile and maximum in milliseconds and the number of SQL queries of one request, and the
header the machine's load average before and after (the times stretch with it). `--only`
times only the requests whose label contains its text (e.g. "learning statistics"). Streamed CSV is read to the end.
The XLSX export is timed by calling the background task's function directly. A report URL that
does not exist (yet) is listed as such and the others still run. With `--explain`, every query
slower than `--slow` ms gets its EXPLAIN ANALYZE plan written next to the table.
"""

import argparse
import logging
import os
import platform
import statistics
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
OFFICIAL_EMAIL = "bench-official@data.akademiwarga.test"
COORDINATOR_EMAIL = "bench-coordinator@data.akademiwarga.test"
#: Views a coordinator reads (learning statistics, targets) rather than an official.
COORDINATORS_ONLY = ("learning_statistics", "targets:")


@dataclass
class Result:
    name: str
    times: list[float] = field(default_factory=list)  # milliseconds
    queries: int | None = None
    status: str = ""
    notes: str = ""
    slow_queries: list[dict] = field(default_factory=list)


def _setup_django() -> None:
    sys.path.insert(0, str(PROJECT_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()


def official():
    from django.contrib.auth.models import Group

    from cms.models import Profile, User
    from demo import roles

    user = User.objects.filter(groups__name=roles.OFFICIAL, is_active=True).order_by("pk").first()
    if user is None:
        user = User.objects.create_user(OFFICIAL_EMAIL, first_name="Pejabat Bench")
        user.groups.add(Group.objects.get(name=roles.OFFICIAL))
        Profile.objects.create(user=user, full_name="Pejabat Bench", rw=1, rt=1)
    return user


def coordinator():
    """Learning statistics and targets are for coordinators: a coordinator reads them."""
    from django.contrib.auth.models import Group

    from cms.models import Profile, User
    from demo import roles

    user = User.objects.filter(email=COORDINATOR_EMAIL).first()
    if user is None:
        user = User.objects.create_user(COORDINATOR_EMAIL, first_name="Koordinator Bench")
        user.groups.add(Group.objects.get(name=roles.COORDINATOR))
        Profile.objects.create(user=user, full_name="Koordinator Bench", rw=1, rt=1)
    return user


def samples() -> dict:
    """The filter values and objects the requests use: the busiest module, RW and session."""
    from django.db.models import Count
    from django.utils import timezone

    from cms.models import Profile
    from courses.models import Attendance, Enrolment, ModulePage, Target
    from surveys.models import SurveyPeriod

    busiest = Enrolment.objects.values("module").annotate(n=Count("pk")).order_by("-n").first()
    module = (
        ModulePage.objects.get(pk=busiest["module"]) if busiest else ModulePage.objects.first()
    )
    rw = Profile.objects.values("rw").annotate(n=Count("pk")).order_by("-n").first()
    session = Attendance.objects.values("session").annotate(n=Count("pk")).order_by("-n").first()
    today = timezone.localdate()
    return {
        "module": module,
        "filters": {
            "start": (today - timedelta(days=91)).isoformat(),
            "end": today.isoformat(),
            "module": str(module.pk) if module else "",
            "topic": str(module.topic_id) if module and module.topic_id else "",
            "rw": str(rw["rw"]) if rw and rw["rw"] else "1",
        },
        "session_id": session["session"] if session else None,
        "target": Target.objects.filter(start__lte=today, end__gte=today)
        .order_by("-start")
        .first(),
        "survey_periods": list(SurveyPeriod.objects.filter(starts_on__lte=today)),
    }


def request_list(sample: dict) -> list[tuple[str, str, dict, object]]:
    """(label, URL name, query, URL argument) of every request to time."""
    filters = sample["filters"]
    period = {"start": filters["start"], "end": filters["end"]}
    everything = dict(filters)
    module_id = filters["module"]
    return [
        ("report, no filter", "participation_report", {}, None),
        ("report, last 3 months", "participation_report", period, None),
        ("report, module", "participation_report", {"module": module_id}, None),
        ("report, topic", "participation_report", {"topic": filters["topic"]}, None),
        ("report, RW", "participation_report", {"rw": filters["rw"]}, None),
        ("report, online", "participation_report", {"kind": "online"}, None),
        ("report, in person", "participation_report", {"kind": "in_person"}, None),
        ("report, all filters + online", "participation_report", {**everything, "kind": "online"}, None),
        ("report, all filters + in person", "participation_report", {**everything, "kind": "in_person"}, None),
        ("CSV summary, no filter", "participation_report_export", {"format": "csv", "kind": "summary"}, None),
        ("CSV participants, one module", "participation_report_export", {"format": "csv", "kind": "participants", "module": module_id}, None),
        ("participants of the module", "participation_report_module", {}, module_id),
        ("attendance of the busiest session", "participation_report_session", {}, sample["session_id"]),
        ("feedback comments", "participation_report_comments", {}, None),
        *indicator_requests(sample),
        ("complaint figures (admin list)", "complaint_figures:index", {}, None),
        ("targets (admin list)", "targets:index", {}, None),
        ("learning statistics of the module", "learning_statistics_module", {}, module_id),
        ("learning statistics, last 3 months", "learning_statistics_module", period, module_id),
        ("learning statistics CSV", "learning_statistics_csv", {}, module_id),
    ]  # fmt: skip


def indicator_requests(sample: dict) -> list[tuple[str, str, dict, object]]:
    """The report over a target's period (targets against actuals, the IKM, complaints), and
    the SKM results and their CSV for every period that has started."""
    requests = []
    target = sample["target"]
    if target:
        period = {"start": target.start.isoformat(), "end": target.end.isoformat()}
        label = f"indicators: report for target {target.name}"
        requests.append((label, "participation_report", period, None))
    for period in sample["survey_periods"]:
        requests += [
            (f"SKM results, {period.name}", "surveys_results", {"period": period.pk}, None),
            (f"SKM results CSV, {period.name}", "surveys_results_csv", {}, period.pk),
        ]
    return requests


def measure(name: str, call, repeat: int, warmup: int, slow_ms: float) -> Result:
    """Time `call`; a failure (a view's error, the statement timeout) ends the series and is
    reported with the queries that ran until then."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from courses.models import ReportExport

    result = Result(name)
    for run in range(warmup + repeat):
        with CaptureQueriesContext(connection) as context:
            started = time.perf_counter()
            try:
                result.status, result.notes = call()
            except Exception as error:  # noqa: BLE001 - reported in the table; the others go on
                result.status, result.notes = "error", f"{type(error).__name__}: {error}"[:300]
            elapsed = (time.perf_counter() - started) * 1000
        result.queries = len(context.captured_queries)
        result.slow_queries = [
            query for query in context.captured_queries if float(query["time"]) * 1000 > slow_ms
        ]
        if result.status in ("error", ReportExport.Status.FAILED):
            result.notes = f"after {elapsed:,.0f} ms: {result.notes}".rstrip(": ")
            break
        if run >= warmup:
            result.times.append(elapsed)
    return result


def limit_statements(seconds: float) -> None:
    """Cancel any query running longer than `seconds` (PostgreSQL), on every connection."""
    from django.db.backends.signals import connection_created

    def set_timeout(sender, connection, **kwargs):
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(f"SET statement_timeout = {int(seconds * 1000)}")

    connection_created.connect(set_timeout, weak=False)


def http_call(send, url: str, query: dict):
    """`send`: the test client's get, or its post for an export (exports are logged)."""

    def call():
        response = send(url, query)
        if response.streaming:
            rows = size = 0
            for chunk in response.streaming_content:
                size += len(chunk)
                rows += chunk.count(b"\n")
            return str(response.status_code), f"{rows:,} lines, {size:,} bytes"
        size = len(response.content)
        note = f"{size:,} bytes" if response.status_code == 200 else response.get("Location", "")
        return str(response.status_code), note

    return call


def xlsx_call(user, kind: str, filters: dict):
    from courses.models import ReportExport
    from courses.reports.tasks import build_xlsx_export

    def call():
        export = ReportExport.objects.create(
            requested_by=user, kind=kind, format=ReportExport.Format.XLSX, filters=filters
        )
        build_xlsx_export.call(export.pk, "id")
        export.refresh_from_db()
        note = f"{export.file.size:,} bytes" if export.file else ""
        return export.status, note

    return call


def run(repeat: int, warmup: int, slow_ms: float, only: str = "") -> list[Result]:
    from django.test import Client
    from django.urls import NoReverseMatch, reverse

    from courses.models import ReportExport

    user = official()
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    coordinator_client = Client(HTTP_HOST="localhost")
    coordinator_client.force_login(coordinator())
    sample = samples()
    started = datetime.now(UTC)
    results = []
    for label, url_name, query, argument in request_list(sample):
        if only not in label:
            continue
        try:
            url = reverse(url_name, args=[argument] if argument is not None else [])
        except NoReverseMatch:
            results.append(
                Result(label, status="missing", notes=f"URL {url_name} does not exist yet")
            )
            continue
        reader = coordinator_client if url_name.startswith(COORDINATORS_ONLY) else client
        send = reader.post if url_name == "participation_report_export" else reader.get
        results.append(measure(label, http_call(send, url, query), repeat, warmup, slow_ms))
        _say(_line(results[-1]))
    for label, kind, filters in [
        ("XLSX summary (task), no filter", ReportExport.Kind.SUMMARY, {}),
        ("XLSX participants (task), one module", ReportExport.Kind.PARTICIPANTS, {"module": sample["filters"]["module"]}),
    ]:  # fmt: skip
        if only not in label:
            continue
        try:
            call = xlsx_call(user, kind, filters)
        except (ImportError, AttributeError) as error:
            results.append(Result(label, status="missing", notes=f"no XLSX task yet ({error})"))
        else:
            results.append(measure(label, call, repeat, warmup, slow_ms))
        _say(_line(results[-1]))
    for label, filters in [
        ("breakdown by type of event, no filter", {}),
        ("breakdown by type of event, RW", {"rw": int(sample["filters"]["rw"])}),
    ]:
        if only not in label:
            continue
        results.append(measure(label, type_breakdown_call(filters), repeat, warmup, slow_ms))
        _say(_line(results[-1]))
    _forget_exports(user, started)
    return results


def type_breakdown_call(filters: dict):
    """The report's breakdown by type of event on its own (it is part of every report above)."""
    from courses.reports.breakdowns import type_breakdown
    from courses.reports.filters import ReportFilters
    from courses.reports.scope import Scope

    def call():
        rows = type_breakdown(Scope(ReportFilters(**filters)))
        return "ok", f"{sum(row.sessions for row in rows):,} sessions held"

    return call


def _forget_exports(user, since: datetime) -> None:
    """The benchmark's exports are not real ones: remove them and their files."""
    from courses.models import ReportExport

    for export in ReportExport.objects.filter(requested_by=user, requested_at__gte=since):
        if export.file:
            export.file.delete(save=False)
        export.delete()


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _line(result: Result) -> str:
    if not result.times:
        return f"{result.name}: {result.status} {result.notes}"
    return (
        f"{result.name}: median {statistics.median(result.times):.0f} ms, "
        f"{result.queries} queries, {result.status} {result.notes}"
    )


def dataset_table() -> list[str]:
    from django.db import connection

    from demo.participation.counts import dataset_counts

    lines = ["| data | rows |", "|---|---:|"]
    lines += [f"| {label} | {count:,} |" for label, count in dataset_counts().items()]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_size_pretty(pg_database_size(current_database()))")
            lines.append(f"| database size | {cursor.fetchone()[0]} |")
    return lines


def timing_table(results: list[Result]) -> list[str]:
    lines = [
        "| request | status | min ms | median ms | p95 ms | max ms | queries | notes |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        if r.times:
            numbers = (
                f"{min(r.times):.0f} | {statistics.median(r.times):.0f} | "
                f"{_p95(r.times):.0f} | {max(r.times):.0f}"
            )
        else:
            numbers = "– | – | – | –"
        queries = "–" if r.queries is None else r.queries
        lines.append(f"| {r.name} | {r.status} | {numbers} | {queries} | {r.notes} |")
    return lines


def _p95(times: list[float]) -> float:
    if len(times) < 2:
        return times[0]
    return statistics.quantiles(times, n=20, method="inclusive")[-1]


def _load() -> str:
    return ", ".join(f"{load:.2f}" for load in os.getloadavg())


def explain(results: list[Result], timeout: float) -> list[str]:
    """EXPLAIN ANALYZE of the slow SELECTs (PostgreSQL only; read-only statements)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return []
    lines, seen = ["", "## Plans of the slow queries", ""], set()
    for result in results:
        for query in result.slow_queries:
            sql = query["sql"]
            if not sql.lstrip().upper().startswith("SELECT") or sql in seen:
                continue
            seen.add(sql)
            timed_out = float(query["time"]) >= timeout * 0.99
            note = (
                " (cancelled by the statement timeout: plan without ANALYZE)" if timed_out else ""
            )
            with connection.cursor() as cursor:
                cursor.execute(("EXPLAIN " if timed_out else "EXPLAIN (ANALYZE, BUFFERS) ") + sql)
                plan = "\n".join(row[0] for row in cursor.fetchall())
            took = float(query["time"]) * 1000
            title = f"### {result.name}: {took:.0f} ms{note}"
            lines += [title, "", "```sql", sql, "```", "", "```", plan, "```", ""]
    return lines


def header(args) -> list[str]:
    from django.conf import settings
    from django.db import connection

    database = connection.vendor
    if database == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW jit")
            jit = cursor.fetchone()[0]
        version = f"{connection.pg_version // 10000}.{connection.pg_version % 10000}"
        database += f" {version} (jit={jit})"
    return [
        "# Participation report benchmark",
        "",
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC · {database} · {os.cpu_count()} cores · "
        f"Python {platform.python_version()} · settings `{os.environ['DJANGO_SETTINGS_MODULE']}` "
        f"(DEBUG={settings.DEBUG}) · {args.warmup} warm-up + {args.repeat} timed requests each, "
        "in process (Django test client, signed in as an official; the learning statistics as "
        "a coordinator).",
        "",
        f"Load average (1, 5, 15 min) before: {args.load_before}; after: {_load()}.",
        "",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--out", default=str(PROJECT_DIR / "bench" / "results" / "report.md"))
    parser.add_argument("--explain", action="store_true", help="EXPLAIN ANALYZE slow queries")
    parser.add_argument("--only", default="", help="time only requests whose label has this")
    parser.add_argument("--slow", type=float, default=300, help="slow query threshold in ms")
    parser.add_argument(
        "--statement-timeout", type=float, default=120, help="cancel queries after these seconds"
    )
    args = parser.parse_args()
    _setup_django()
    limit_statements(args.statement_timeout)
    logging.getLogger("django.request").setLevel(logging.CRITICAL)  # errors go in the table
    args.load_before = _load()
    results = run(args.repeat, args.warmup, args.slow, args.only)
    lines = [*header(args), "## Data set", "", *dataset_table(), "", "## Requests", ""]
    lines += timing_table(results)
    if args.explain:
        lines += explain(results, args.statement_timeout)
    text = "\n".join(lines) + "\n"
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(text)
    _say(f"\n{text}Written to {args.out}.")


if __name__ == "__main__":
    main()
