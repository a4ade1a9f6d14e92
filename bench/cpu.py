"""CPU time per request of the site's pages and of the two baselines, interleaved.

    python bench/cpu.py --data DIR/data.json --out DIR/cpu.json \\
        --server site=http://127.0.0.1:8001,1234,akademi_bench \\
        --server hello=http://127.0.0.1:8002,1240 --server stock=http://127.0.0.1:8003,1250,db

Each server is a gunicorn (base URL, master's pid, and on PostgreSQL the database whose
backends count too). For every round, every page in a new random order: `--requests`
requests from `--concurrency` threads, and the CPU time the server spent on them, read from
/proc/<pid>/task/*/schedstat (nanoseconds) of the gunicorn master and its workers and of the
PostgreSQL backends connected to the server's database (the client's own CPU is not counted).
A page costs the difference between the readings after and before its requests, divided by
their number. Also the wall time (requests per second) and each request's latency.

The signed-in pages use a session of the first bench learner, signed in through the sign-in
form once; the anonymous ones send no cookie, as a first visit does. What `X-Page-Cache` said
(hit, miss or nothing) is counted for each page.
"""

import argparse
import http.client
import json
import random
import re
import statistics
import threading
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from http.cookiejar import CookieJar
from pathlib import Path

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@dataclass
class Server:
    name: str
    host: str
    port: int
    master: int
    database: str = ""


@dataclass
class Page:
    label: str
    server: str
    path: str
    kind: str  # baseline, anonymous or signed in
    rounds: list[dict] = field(default_factory=list)


def parse_server(text: str) -> Server:
    name, rest = text.split("=", 1)
    url, master, *database = rest.split(",")
    parts = urllib.parse.urlsplit(url)
    return Server(name, parts.hostname, parts.port, int(master), database[0] if database else "")


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def backends(database: str) -> list[int]:
    """PostgreSQL backends connected to `database` (their process title names it)."""
    if not database:
        return []
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                title = (entry / "cmdline").read_bytes().decode(errors="replace")
            except OSError:
                continue
            # "postgres: [cluster_name: ]user database host(port) state"
            words = title.split()[1:] if title.startswith("postgres: ") else []
            if words and words[0].endswith(":"):
                words = words[1:]
            if len(words) >= 2 and words[1] == database:
                found.append(int(entry.name))
    return found


def cpu_ns(pids: list[int]) -> dict[int, int]:
    readings = {}
    for pid in pids:
        total = 0
        try:
            for task in Path(f"/proc/{pid}/task").iterdir():
                total += int((task / "schedstat").read_text().split()[0])
        except OSError:
            continue  # ended meanwhile
        readings[pid] = total
    return readings


def processes(server: Server) -> tuple[list[int], list[int]]:
    return [server.master, *children(server.master)], backends(server.database)


def sign_in(server: Server, email: str, password: str) -> str:
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    base = f"http://{server.host}:{server.port}"
    form = opener.open(f"{base}/accounts/login/", timeout=30).read().decode()
    token = TOKEN.search(form).group(1)
    body = urllib.parse.urlencode(
        {"login": email, "password": password, "csrfmiddlewaretoken": token}
    )
    opener.open(f"{base}/accounts/login/", data=body.encode(), timeout=30).read()
    cookies = {cookie.name: cookie.value for cookie in jar}
    if "sessionid" not in cookies:
        raise SystemExit(f"Could not sign in {email} on {base}.")
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


def enrol(server: Server, session: str, module_id: int) -> None:
    """The learner's enrolment (kept if there is one), so that every lesson opens."""
    token = dict(item.split("=", 1) for item in session.split("; "))["csrftoken"]
    connection = http.client.HTTPConnection(server.host, server.port, timeout=60)
    headers = {"Cookie": session, "Content-Type": "application/x-www-form-urlencoded"}
    connection.request(
        "POST",
        f"/modules/{module_id}/enrol/",
        body=f"csrfmiddlewaretoken={token}",
        headers=headers,
    )
    status = connection.getresponse().status
    connection.close()
    if status >= 400:
        raise SystemExit(f"Enrolling the bench learner answered HTTP {status}.")


def machine_load() -> dict:
    """The load averages (what `uptime` prints) and the cores' busy and idle time so far."""
    load = Path("/proc/loadavg").read_text().split()[:3]
    cpu = [int(value) for value in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    return {
        "loadavg": [float(value) for value in load],
        "busy": sum(cpu) - cpu[3] - cpu[4],
        "all": sum(cpu),
    }


def fetch(server: Server, path: str, cookie: str) -> tuple[int, float, str]:
    headers = {"Cookie": cookie} if cookie else {}
    started = time.perf_counter()
    connection = http.client.HTTPConnection(server.host, server.port, timeout=60)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        response.read()
    finally:
        connection.close()
    return response.status, time.perf_counter() - started, response.getheader("X-Page-Cache", "")


def measure(server: Server, page: Page, count: int, concurrency: int, cookie: str) -> dict:
    workers, databases = processes(server)
    before = cpu_ns(workers + databases)
    results, lock, left = [], threading.Lock(), [count]

    def work():
        while True:
            with lock:
                if not left[0]:
                    return
                left[0] -= 1
            result = fetch(server, page.path, cookie)
            with lock:
                results.append(result)

    started = time.perf_counter()
    threads = [threading.Thread(target=work) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    workers_after, databases_after = processes(server)
    after = cpu_ns(workers_after + databases_after)

    def spent(pids):
        return sum(after[pid] - before.get(pid, 0) for pid in set(pids) if pid in after)

    latencies = sorted(latency for _, latency, _ in results)
    statuses, cache = {}, {}
    for status, _, header in results:
        statuses[status] = statuses.get(status, 0) + 1
        cache[header or "-"] = cache.get(header or "-", 0) + 1
    return {
        "cpu_ms": (spent(workers + workers_after) + spent(databases + databases_after))
        / 1e6
        / count,
        "db_ms": spent(databases + databases_after) / 1e6 / count,
        "rps": count / wall,
        "p50_ms": statistics.median(latencies) * 1000,
        "p95_ms": latencies[int(0.95 * (len(latencies) - 1))] * 1000,
        "statuses": statuses,
        "cache": cache,
    }


def site_pages(data: dict) -> list[Page]:
    module, lessons = data["module"]["url"], data["lessons"]
    return [
        Page("Django hello", "hello", "/", "baseline"),
        Page("stock Wagtail welcome", "stock", "/", "baseline"),
        Page("home", "site", "/", "anonymous"),
        Page("catalogue", "site", data.get("catalogue_url", "/modul/"), "anonymous"),
        Page("module", "site", module, "anonymous"),
        Page("first lesson", "site", lessons[0]["url"], "anonymous"),
        Page("session list", "site", "/sessions/", "anonymous"),
        Page("module", "site", module, "signed in"),
        Page("lesson", "site", lessons[1]["url"], "signed in"),
        Page("Pembelajaran Saya", "site", "/learning/", "signed in"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--server", action="append", type=parse_server, required=True)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--warm-up", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    data = json.loads(args.data.read_text())
    servers = {server.name: server for server in args.server}
    session = sign_in(servers["site"], data["learners"][0], data["password"])
    enrol(servers["site"], session, data["module"]["id"])
    pages = site_pages(data)

    def cookie(page: Page) -> str:
        return session if page.kind == "signed in" else ""

    for page in pages:  # templates loaded and pages cached in every worker
        for _ in range(args.warm_up):
            fetch(servers[page.server], page.path, cookie(page))
    load_before = machine_load()
    order = random.Random(args.seed)  # noqa: S311  (an order to interleave, not a secret)
    for _ in range(args.rounds):
        for page in order.sample(pages, len(pages)):
            page.rounds.append(
                measure(servers[page.server], page, args.requests, args.concurrency, cookie(page))
            )
    result = {
        "requests": args.requests,
        "rounds": args.rounds,
        "concurrency": args.concurrency,
        "load": {"before": load_before, "after": machine_load()},
        "pages": [
            {"label": p.label, "kind": p.kind, "path": p.path, "rounds": p.rounds} for p in pages
        ],
    }
    args.out.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
