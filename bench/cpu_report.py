"""The table of `bench/cpu.py`'s measurements: CPU time per request of each page and its ratio
to the Django hello view and to the stock Wagtail welcome page, per database.

    python bench/cpu_report.py --out bench/results/cpu.md sqlite=DIR postgres=DIR

A ratio is the median over rounds of the page's CPU per request divided by the baseline's in
the same round: the rounds interleave the pages, so a round's pages share the machine's state.
"""

import argparse
import datetime
import json
import os
import platform
import sqlite3
import statistics
import sys
from importlib import metadata
from pathlib import Path

#: Anonymous cached pages may cost this many times the hello view (issue 17's goal: 3).
ANONYMOUS_LIMIT = 5.0


def median(values) -> float:
    return statistics.median(values) if values else float("nan")


def ratios(page: dict, baseline: dict) -> float:
    return median(
        [
            ours["cpu_ms"] / theirs["cpu_ms"]
            for ours, theirs in zip(page["rounds"], baseline["rounds"], strict=True)
        ]
    )


def counted(rounds: list[dict], key: str) -> str:
    totals: dict[str, int] = {}
    for measured in rounds:
        for name, count in measured[key].items():
            totals[name] = totals.get(name, 0) + count
    return ", ".join(f"{name} {count}" for name, count in sorted(totals.items()))


def load_line(label: str, result: dict) -> str:
    before, after = result["load"]["before"], result["load"]["after"]
    busy = (after["busy"] - before["busy"]) / max(after["all"] - before["all"], 1)
    averages = " / ".join(f"{value:.2f}" for value in before["loadavg"])
    averages_after = " / ".join(f"{value:.2f}" for value in after["loadavg"])
    return (
        f"{label}: load average (1, 5, 15 min) {averages} before, {averages_after} after; "
        f"the cores were {busy:.0%} busy during the measurement (everything on the machine)."
    )


def table(label: str, result: dict) -> tuple[list[str], list[float]]:
    pages = result["pages"]
    hello = next(page for page in pages if page["label"] == "Django hello")
    stock = next(page for page in pages if page["label"] == "stock Wagtail welcome")
    lines, anonymous = [], []
    for page in pages:
        rounds = page["rounds"]
        to_hello, to_stock = ratios(page, hello), ratios(page, stock)
        if page["kind"] == "anonymous":
            anonymous.append(to_hello)
        cpu = [measured["cpu_ms"] for measured in rounds]
        database = median([measured["db_ms"] for measured in rounds])
        lines.append(
            f"| {label} | {page['label']} | {page['kind']} | {median(cpu):.2f} "
            f"({min(cpu):.2f}–{max(cpu):.2f}) | {database:.2f} "
            f"| {median([m['rps'] for m in rounds]):.0f} | {median([m['p50_ms'] for m in rounds]):.1f} "
            f"| {median([m['p95_ms'] for m in rounds]):.1f} | {to_hello:.1f}× | {to_stock:.2f}× "
            f"| {counted(rounds, 'cache')} | {counted(rounds, 'statuses')} |"
        )
    return lines, anonymous


def versions(pg_version: str) -> str:
    names = ["Django", "wagtail", "gunicorn"]
    found = ", ".join(f"{name.capitalize()} {metadata.version(name)}" for name in names)
    postgres = f", PostgreSQL {pg_version}" if pg_version else ""
    return (
        f"Python {platform.python_version()}, {found}; SQLite {sqlite3.sqlite_version}{postgres}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--pg-version", default="")
    parser.add_argument("runs", nargs="+", help="LABEL=DIR, DIR holding cpu.json")
    args = parser.parse_args()
    results = {}
    for run in args.runs:
        label, folder = run.split("=", 1)
        path = Path(folder) / "cpu.json"
        if path.exists():
            results[label] = json.loads(path.read_text())
    if not results:
        sys.exit("No cpu.json: the CPU comparison did not run.")
    first = next(iter(results.values()))
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    out = [
        f"# CPU per request against the baselines, {now}",
        "",
        f"- {first['rounds']} rounds; in each, every page in a new random order, "
        f"{first['requests']} requests from {first['concurrency']} client threads. CPU is the "
        "gunicorn processes' and, on PostgreSQL, the database backends' (from /proc), divided "
        "by the requests; the client's own is not counted.",
        f"- Each server: gunicorn, {args.workers} sync workers, its production settings (DEBUG "
        "off), on the run's kind of database. *Django hello*: `django-admin startproject` with "
        "one view; *stock Wagtail welcome*: `wagtail start`'s home page. Both from the site's "
        "own virtual environment.",
        f"- {versions(args.pg_version)}; {os.cpu_count()} cores.",
        "- Anonymous pages send no cookie (a first visit) and are served from the page cache "
        "(*cache*: what X-Page-Cache said); signed-in pages use one learner's session.",
        "",
        "| DB | page | kind | CPU ms / request (min–max of rounds) | of which PostgreSQL "
        "| req/s | p50 ms | p95 ms | × hello | × stock Wagtail | cache | statuses |",
        "|---|---|---|--:|--:|--:|--:|--:|--:|--:|---|---|",
    ]
    verdicts, loads = [], []
    for label, result in results.items():
        lines, anonymous = table(label, result)
        out.extend(lines)
        loads.append(load_line(label, result))
        worst = max(anonymous)
        verdict = "within" if worst <= ANONYMOUS_LIMIT else "ABOVE"
        verdicts.append(
            f"{label}: anonymous cached pages cost at most {worst:.1f}× the hello view's CPU "
            f"({verdict} the {ANONYMOUS_LIMIT:.0f}× limit; goal 3×)."
        )
    out += ["", "Medians over the rounds; ratios are medians of each round's ratio.", ""]
    out += [f"- {line}" for line in loads + verdicts]
    text = "\n".join(out) + "\n"
    args.out.write_text(text)
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
