#!/usr/bin/env bash
# Concurrency trials: bench/concurrency.py against gunicorn (threaded workers) with the
# production settings, on SQLite and then on PostgreSQL, then bench/concurrency_report.py.
# `make bench-concurrency` runs it; bench/README.md ("Concurrency") explains it.
#
#   bash bench/concurrency.sh               every database in BENCH_DBS, then the report
#   bash bench/concurrency.sh --db NAME     one database only, no report (the first form calls this)
#
# Everything listens on and talks to 127.0.0.1 only. Settings (environment, with defaults):
# BENCH_TRIALS=20 BENCH_REQUESTS=50 BENCH_DBS="sqlite postgres" BENCH_GTHREAD_WORKERS=2
# BENCH_GTHREAD_THREADS=25 BENCH_PGHOST=127.0.0.1 BENCH_PGPORT=5432 BENCH_PGUSER=postgres
# BENCH_PGDB=akademi_concurrency_bench BENCH_CONCURRENCY_OUT=bench/results/concurrency.md
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
VENV=${VENV:-.venv}
PY=$VENV/bin/python
TRIALS=${BENCH_TRIALS:-20}
REQUESTS=${BENCH_REQUESTS:-50}
DBS=${BENCH_DBS:-sqlite postgres}
WORKERS=${BENCH_GTHREAD_WORKERS:-2}
THREADS=${BENCH_GTHREAD_THREADS:-25}
PG_DB=${BENCH_PGDB:-akademi_concurrency_bench}
OUT=${BENCH_CONCURRENCY_OUT:-bench/results/concurrency.md}

# shellcheck source=bench/lib.sh
source bench/lib.sh
bench_production_env
require_tools "$PY" "$VENV/bin/gunicorn"

run_db() {
    create_database "$1" "$WORK/$1"
    say "$DB: migrate"
    STAGE="migrate"
    timeout --foreground 300 "$PY" manage.py migrate --no-input >"$DIR/setup.log" 2>&1

    local port
    port=$(free_port)
    say "$DB: gunicorn ($WORKERS gthread workers × $THREADS threads) on http://127.0.0.1:$port"
    start_gunicorn "$port" --worker-class gthread --workers "$WORKERS" --threads "$THREADS"

    STAGE="trials"
    say "$DB: 6 scenarios × $TRIALS trials × $REQUESTS concurrent requests"
    timeout --foreground 3600 "$PY" bench/concurrency.py --base "http://127.0.0.1:$port" \
        --trials "$TRIALS" --requests "$REQUESTS" --out "$DIR/concurrency.json" 2>&1 |
        tee "$DIR/trials.log"

    STAGE="stop gunicorn"
    stop_gunicorn
    say "$DB: done"
}

run_one_database_if_asked "$@"

# --- every database, then the report ---------------------------------------------------------

start=$SECONDS
run_every_database "${BASH_SOURCE[0]}" akademi-concurrency
"$PY" bench/concurrency_report.py --out "$OUT" --workers "$WORKERS" --threads "$THREADS" \
    --pg-version "$PG_VERSION" "${RUNS[@]}" || FAILED=1
say "Finished in $((SECONDS - start)) s; logs in $WORK"
exit "$FAILED"
