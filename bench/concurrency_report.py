"""Summarise what bench/concurrency.py wrote: one table for every scenario and database, printed
and written as Markdown (bench/results/concurrency.md).

    python bench/concurrency_report.py --out bench/results/concurrency.md --workers 2 \\
        --threads 25 --pg-version 15.2 sqlite=/tmp/run/sqlite postgres=/tmp/run/postgres

Each LABEL=DIR holds concurrency.json and gunicorn.log (searched for tracebacks).
"""

import argparse
import json
import os
import platform
import sqlite3
import statistics
import sys
from collections import Counter
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import server_problems  # noqa: E402 - the load benchmark's report, next to this file

HEADER = [
    "| scenario | DB | trials | requests | rows expected | rows found | duplicates | "
    "over capacity | 5xx | other statuses | answers | in flight | trial s (p50) |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|--:|--:|",
]


def scenario_row(name: str, label: str, scenario: dict) -> tuple[str, dict]:
    trials = scenario["trials"]
    rows = [trial["rows"] for trial in trials]
    statuses = Counter()
    for trial in trials:
        statuses.update(trial["statuses"])
    totals = {
        "duplicates": sum(row["duplicates"] for row in rows),
        "over_capacity": sum(row.get("over_capacity", 0) for row in rows),
        "server_errors": sum(trial["server_errors"] for trial in trials),
        "unexpected": sum(trial["unexpected"] for trial in trials),
        "missing": sum(max(row["expected"] - row["found"] + row["duplicates"], 0) for row in rows),
    }
    flight = [trial["in_flight"] for trial in trials]
    answers = ", ".join(f"{status}×{count}" for status, count in sorted(statuses.items()))
    cells = [
        f"{name} ({scenario['description']})",
        label,
        len(trials),
        sum(trial["requests"] for trial in trials),
        sum(row["expected"] for row in rows),
        sum(row["found"] for row in rows),
        _loud(totals["duplicates"]),
        _loud(totals["over_capacity"]) if "over_capacity" in rows[0] else "—",
        _loud(totals["server_errors"]),
        _loud(totals["unexpected"]),
        answers,
        f"{min(flight)}–{max(flight)}",
        f"{statistics.median(trial['seconds'] for trial in trials):.2f}",
    ]
    return "| " + " | ".join(str(cell) for cell in cells) + " |", totals


def _loud(number: int) -> str:
    return f"**{number}**" if number else "0"


def checks(label: str, results: dict) -> list[str]:
    """The scenario-specific checks, one line each when they hold in every trial."""
    lines = []
    quiz = [t["rows"]["results_shown"] for t in results["quiz submission"]["trials"]]
    lines.append(
        f"{label}: the {len(quiz)} quiz trials showed "
        + (
            "one and the same result to all requests of a trial."
            if set(quiz) == {1}
            else f"these numbers of different results: {quiz}."
        )
    )
    renders = [t["rows"]["render_tasks"] for t in results["certificate issue"]["trials"]]
    lines.append(
        f"{label}: each certificate was queued for rendering "
        + ("exactly once." if set(renders) == {1} else f"this many times: {renders}.")
    )
    seated = {t["rows"]["seated"] for t in results["registration at capacity"]["trials"]}
    lines.append(f"{label}: seats taken per registration trial: {sorted(seated)}.")
    return lines


def _notes(loaded: list) -> tuple[list[str], bool]:
    """The checks of each database's run, and its server errors; True when something failed."""
    notes, problems = [], False
    for label, directory, data in loaded:
        if data is None:
            failed = directory / "failed"
            reason = failed.read_text().strip() if failed.exists() else "no results"
            notes.append(f"- {label}: **did not complete** ({reason}); logs in {directory}")
            problems = True
            continue
        notes += [f"- {line}" for line in checks(label, data["scenarios"])]
        server = server_problems(directory / "gunicorn.log")
        if server["tracebacks"] or server["notable"]:
            problems = True
            notes += [
                f"- {label}: the server logged {server['tracebacks']} tracebacks "
                f"{server['notable']}:",
                "",
                "```",
                *server["first"],
                "```",
            ]
    return notes, problems


def render(runs: list[tuple[str, Path]], meta: list[str]) -> tuple[str, bool]:
    loaded = []
    for label, directory in runs:
        path = directory / "concurrency.json"
        loaded.append((label, directory, json.loads(path.read_text()) if path.exists() else None))
    names = next((list(data["scenarios"]) for _l, _d, data in loaded if data), [])
    out = [f"# Concurrency trials, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC", ""]
    out += [f"- {line}" for line in meta]
    out += ["", *HEADER]
    grand = Counter()
    for name in names:
        for label, _directory, data in loaded:
            if data:
                line, totals = scenario_row(name, label, data["scenarios"][name])
                out.append(line)
                grand.update(totals)
    notes, problems = _notes(loaded)
    problems = problems or any(
        grand[key]
        for key in ("duplicates", "over_capacity", "server_errors", "unexpected", "missing")
    )
    out += [
        "",
        f"**Duplicates found: {grand['duplicates']}. Seats over capacity: "
        f"{grand['over_capacity']}. 5xx answers: {grand['server_errors']}. Other unexpected "
        f"answers: {grand['unexpected']}. Rows missing: {grand['missing']}.**",
        "",
        *notes,
    ]
    return "\n".join(out).rstrip("\n") + "\n", problems


def environment(workers: int, threads: int, pg_version: str) -> list[str]:
    packages = ", ".join(
        f"{name} {version(name.lower())}" for name in ("Django", "Wagtail", "gunicorn")
    )
    databases = f"SQLite {sqlite3.sqlite_version}" + (
        f", PostgreSQL {pg_version}" if pg_version else ""
    )
    return [
        "Each trial: that many requests from as many client threads, released together; every "
        "one carries a signed-in session and the CSRF token of its form. *in flight*: the "
        "most requests sent and not yet answered at one moment (lowest–highest over the trials).",
        f"Server: gunicorn, {workers} gthread workers × {threads} threads, on {os.cpu_count()} "
        "cores shared with the client and PostgreSQL; config.settings.production, over HTTP; task "
        "worker not running (certificate renders stay queued).",
        f"Python {platform.python_version()}, {packages}; {databases}.",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--workers", type=int, required=True)
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--pg-version", default="")
    parser.add_argument("runs", nargs="+", metavar="LABEL=DIR")
    args = parser.parse_args()
    runs = [(label, Path(path)) for label, path in (run.split("=", 1) for run in args.runs)]
    text, problems = render(runs, environment(args.workers, args.threads, args.pg_version))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text)
    sys.stdout.write(f"\n{text}\nWritten to {args.out}.\n")
    if problems:
        sys.stdout.write("WARNING: duplicates, errors or failed runs: see above.\n")
        sys.exit(1)


if __name__ == "__main__":
    main()
