"""Summarise the samples that bench/locustfile.py wrote: one table for every database, printed
and written as Markdown (bench/results/latest.md).

    python bench/report.py --out bench/results/latest.md --workers 2 --pg-version 15.2 \\
        sqlite=/tmp/run/sqlite postgres=/tmp/run/postgres

Each LABEL=DIR names a directory holding samples.json (from the locustfile) and gunicorn.log
(the server's output, searched for tracebacks); a DIR without samples.json is reported as a
run that did not complete, with the reason from its `failed` file if there is one.
"""

import argparse
import json
import math
import os
import platform
import re
import sqlite3
import sys
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

# Row order; names are the locustfile's. The journey rows are the ones compared to /healthz.
SETUP = ["login form (GET)", "login (POST)", "enrol (POST)"]
JOURNEY = ["module page", "lesson page", "complete lesson (POST)", "complete lesson (again)"]
HEALTHZ = "/healthz"
ORDER = [*JOURNEY, HEALTHZ, *SETUP]
TRACEBACK_LINES = 60
PROJECT_DIR = Path(__file__).resolve().parent.parent
CHAIN = ("During handling", "The above exc")
LOG_LINE = re.compile(r"^(\[\d{4}-|Internal Server Error|Bad Request|Not Found|Forbidden)")
SERVER_PATTERNS = {
    "database is locked": r"database is locked",
    "gunicorn worker timeout": r"WORKER TIMEOUT",
    "Internal Server Error": r"Internal Server Error",
    "deadlock detected": r"deadlock detected",
}


def percentile(values: list[float], fraction: float) -> float:
    """Linear interpolation between the closest ranks (numpy's default method)."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _bad_codes(codes: dict[str, int]) -> str:
    bad = {code: n for code, n in codes.items() if not 200 <= int(code) < 400}
    return ", ".join(
        f"{'no response' if code == '0' else code}×{n}" for code, n in sorted(bad.items())
    )


def endpoint_rows(samples: dict) -> list[dict]:
    start, stop = samples["window"]["start"], samples["window"]["stop"]
    duration = stop - start if start and stop else None
    rows = []
    names = sorted(
        samples["endpoints"], key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n)
    )
    for name in names:
        data = samples["endpoints"][name]
        measured = name not in SETUP
        times = data["times_ms"]
        if measured and start:
            times = [t for t, s in zip(times, data["starts"], strict=True) if s >= start]
        rows.append(
            {
                "name": name if measured else f"{name} ¹",
                "key": name,
                "requests": len(times),
                "rps": len(times) / duration if measured and duration else None,
                "p50": percentile(times, 0.50),
                "p95": percentile(times, 0.95),
                "failures": data["failures"],
                "bad_codes": _bad_codes(data["codes"]),
                "errors": data["errors"],
            }
        )
    healthz = next((row["p50"] for row in rows if row["key"] == HEALTHZ), None)
    for row in rows:
        row["ratio"] = row["p50"] / healthz if healthz and row["key"] in JOURNEY else None
    return rows


def _first_traceback(lines: list[str], start: int) -> list[str]:
    """The traceback that starts at lines[start], chained ones included, with the log line that
    announced it. Only the project's frames are kept (library and standard library frames are
    dropped; the full text stays in the server log)."""
    previous = lines[start - 1] if start else ""
    block = [previous] if previous and not previous.startswith(" ") else []
    keep_code = False
    message_lines = 0  # > 0 while inside an exception's (possibly multi-line) message
    for index in range(start, len(lines)):
        line = lines[index]
        if message_lines:
            following = next((text for text in lines[index:] if text), "")
            if following.startswith(CHAIN):
                message_lines = 0
                continue
            if not line or message_lines > 3 or LOG_LINE.match(line):
                break
            block.append(line)
            message_lines += 1
        elif line.startswith("  File "):
            keep_code = f'"{PROJECT_DIR}/' in line and "/.venv/" not in line
            if keep_code:
                block.append(line)
        elif line.startswith(" "):
            if keep_code and line.strip().strip("^~"):
                block.append(line)
        elif line:
            block.append(line)
            if not line.startswith(("Traceback", *CHAIN)):
                message_lines = 1
    return block[:TRACEBACK_LINES]


def server_problems(log: Path) -> dict:
    if not log.exists():
        return {"tracebacks": 0, "first": [], "notable": {}}
    lines = log.read_text(errors="replace").splitlines()
    # A chained exception prints several tracebacks: count each error once.
    starts = [
        i
        for i, line in enumerate(lines)
        if line.startswith("Traceback (most recent")
        and not next((text for text in reversed(lines[:i]) if text), "").startswith(CHAIN)
    ]
    notable = {
        label: sum(bool(re.search(pattern, line)) for line in lines)
        for label, pattern in SERVER_PATTERNS.items()
    }
    return {
        "tracebacks": len(starts),
        "first": _first_traceback(lines, starts[0]) if starts else [],
        "notable": {label: count for label, count in notable.items() if count},
    }


def _num(value: float | None, unit: str = "") -> str:
    if value is None or math.isnan(value):
        return "—"
    return (f"{value:.1f}" if value < 100 else f"{value:.0f}") + unit


def _describe(config: dict) -> str:
    wait = "–".join(f"{v:g}" for v in config["learner_wait_s"])
    ref_wait = "–".join(f"{v:g}" for v in config["ref_wait_s"])
    return (
        f"{config['learners']} learners (think time {wait} s before each request) and "
        f"{config['ref_users']} reference users on /healthz (every {ref_wait} s); measured for "
        f"{config['duration_s']:g} s per database, from {config['settle_s']:g} s after every "
        f"learner had signed in; the bench module has {config['lessons']} lessons."
    )


def _details(label: str, rows: list[dict], samples: dict, server: dict) -> list[str]:
    lines = [
        f"- {label}, {row['key']}: {count}× {message}"
        for row in rows
        for message, count in row["errors"].items()
    ]
    lines += [
        f"- {label}, locust: {count}× {message}"
        for message, count in samples.get("user_errors", {}).items()
    ]
    if server["tracebacks"] or server["notable"]:
        notable = ", ".join(f"{name} ({n} lines)" for name, n in server["notable"].items())
        lines.append(
            f"- {label}, server log: {server['tracebacks']} errors with a traceback; {notable}"
        )
    if server["first"]:
        lines += [
            "",
            f"First traceback in the {label} server log (project frames only):",
            "",
            "```",
        ]
        lines += [*server["first"], "```", ""]
    return lines


def _environment(workers: int, pg_version: str) -> list[str]:
    packages = ", ".join(
        f"{name} {version(name.lower())}" for name in ("Django", "Wagtail", "gunicorn", "locust")
    )
    databases = f"SQLite {sqlite3.sqlite_version}" + (
        f", PostgreSQL {pg_version}" if pg_version else ""
    )
    return [
        f"Server: gunicorn, {workers} sync workers, on {os.cpu_count()} cores shared with locust "
        "and PostgreSQL; config.settings.production (DEBUG off, local-memory cache), over HTTP.",
        f"Python {platform.python_version()}, {packages}; {databases}.",
    ]


def render(runs: list[tuple[str, Path]], meta: list[str]) -> tuple[str, bool]:
    results = []
    for label, directory in runs:
        path = directory / "samples.json"
        results.append((label, directory, json.loads(path.read_text()) if path.exists() else None))
    config = next((samples["config"] for _l, _d, samples in results if samples), None)
    started = next(
        (s["window"]["start"] for _l, _d, s in results if s and s["window"]["start"]), None
    )
    when = datetime.fromtimestamp(started, UTC) if started else datetime.now(UTC)
    out = [f"# Load benchmark, {when:%Y-%m-%d %H:%M} UTC", ""]
    if config:
        out.append(f"- {_describe(config)}")
    out += [f"- {line}" for line in meta]
    out += [
        "",
        "| DB | endpoint | requests | req/s | p50 ms | p95 ms | failed | p50 ÷ /healthz p50 |",
        "|---|---|--:|--:|--:|--:|--:|--:|",
    ]
    problems = False
    details: list[str] = []
    cpu_lines: list[str] = []
    for label, directory, samples in results:
        if samples is None:
            failed = directory / "failed"
            reason = failed.read_text().strip() if failed.exists() else "no samples"
            out.append(f"| {label} | **did not complete: {reason}** | | | | | | |")
            details.append(f"- {label}: did not complete ({reason}); its logs are in {directory}")
            details += _details(label, [], {}, server_problems(directory / "gunicorn.log"))
            continue
        rows = endpoint_rows(samples)
        for row in rows:
            failed = str(row["failures"]) + (f" ({row['bad_codes']})" if row["bad_codes"] else "")
            out.append(
                f"| {label} | {row['name']} | {row['requests']} | {_num(row['rps'])} | "
                f"{_num(row['p50'])} | {_num(row['p95'])} | "
                f"{f'**{failed}**' if row['failures'] else failed} | {_num(row['ratio'], '×')} |"
            )
        measured = [row for row in rows if row["rps"] is not None]
        out.append(
            f"| {label} | *all measured* | {sum(r['requests'] for r in measured)} | "
            f"{_num(sum(r['rps'] for r in measured))} | | | "
            f"{sum(r['failures'] for r in measured)} | |"
        )
        details += _details(label, rows, samples, server_problems(directory / "gunicorn.log"))
        if cpu := samples.get("cpu"):
            cpu_lines.append(
                f"{label}: {cpu['machine']:.2f} of {cpu['cores']} cores busy, of which gunicorn "
                f"{cpu['server']:.2f}, locust {cpu['locust']:.2f}, everything else "
                f"{cpu['machine'] - cpu['server'] - cpu['locust']:.2f}"
            )
    out.append("")
    if config:
        out += [
            "¹ Before the measured window, while the learners sign in all at once: these wait "
            "behind each other's password hashing. No req/s. Their failures are counted in the "
            "row, not in *all measured*.",
            "",
        ]
    if cpu_lines:
        out += [
            "CPU during the measured window (average cores busy; *everything else* is PostgreSQL "
            "on the postgres run, plus whatever else the machine was doing): "
            + "; ".join(cpu_lines)
            + ".",
            "",
        ]
    if details:
        problems = True
        out += ["## Failures and server errors", "", *details]
    else:
        out.append("No failed request, no error in the server logs.")
    return "\n".join(out).rstrip("\n") + "\n", problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--workers", type=int, required=True, help="gunicorn workers")
    parser.add_argument("--pg-version", default="", help="PostgreSQL server version")
    parser.add_argument("runs", nargs="+", metavar="LABEL=DIR")
    args = parser.parse_args()
    runs = [(label, Path(path)) for label, path in (run.split("=", 1) for run in args.runs)]
    text, problems = render(runs, _environment(args.workers, args.pg_version))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text)
    sys.stdout.write(f"\n{text}\nWritten to {args.out}.\n")
    if problems:
        sys.stdout.write("WARNING: requests failed or the server logged errors: see above.\n")


if __name__ == "__main__":
    main()
