#!/usr/bin/env bash
# Load benchmark: the learner journey against gunicorn with the production settings, on SQLite
# and then on PostgreSQL, driven by locust. `make bench` runs it; bench/README.md explains it.
#
#   bash bench/run.sh               every database in BENCH_DBS, then the report
#   bash bench/run.sh --db NAME     one database only, no report (the first form calls this)
#
# Everything listens on and talks to 127.0.0.1 only. Settings (environment, with defaults):
# BENCH_LEARNERS=20 BENCH_REF_USERS=2 BENCH_DURATION=30 BENCH_SETTLE=5 (s) BENCH_WORKERS=2
# BENCH_LESSONS=10
# BENCH_DBS="sqlite postgres" BENCH_WAIT=0.5,1.5 BENCH_REF_WAIT=0.2,0.5 (s) BENCH_SPAWN_RATE=10
# BENCH_PORT (default: a free one) BENCH_LOAD_DEMO=0 (1: run load_demo first)
# BENCH_PGHOST=127.0.0.1 BENCH_PGPORT=5432 BENCH_PGUSER=postgres BENCH_PGDB=akademi_bench
# BENCH_OUT=bench/results/latest.md
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
VENV=${VENV:-.venv}
PY=$VENV/bin/python
LEARNERS=${BENCH_LEARNERS:-20}
REF_USERS=${BENCH_REF_USERS:-2}
DURATION=${BENCH_DURATION:-30}
WORKERS=${BENCH_WORKERS:-2}
LESSONS=${BENCH_LESSONS:-10}
DBS=${BENCH_DBS:-sqlite postgres}
SPAWN_RATE=${BENCH_SPAWN_RATE:-10}
READY_TIMEOUT=${BENCH_READY_TIMEOUT:-60}
SETTLE=${BENCH_SETTLE:-5}
PG_DB=${BENCH_PGDB:-akademi_bench}
OUT=${BENCH_OUT:-bench/results/latest.md}
export BENCH_WAIT=${BENCH_WAIT:-0.5,1.5} BENCH_REF_WAIT=${BENCH_REF_WAIT:-0.2,0.5}

# shellcheck source=bench/lib.sh
source bench/lib.sh
bench_production_env
require_tools "$PY" "$VENV/bin/gunicorn" "$VENV/bin/locust"

# --- one database --------------------------------------------------------------------------

run_db() {
    create_database "$1" "$WORK/$1"

    say "$DB: migrate and create the bench data ($LEARNERS learners, $LESSONS lessons)"
    STAGE="migrate"
    timeout --foreground 300 "$PY" manage.py migrate --no-input >"$DIR/setup.log" 2>&1
    if [[ ${BENCH_LOAD_DEMO:-0} == 1 ]]; then
        STAGE="load_demo"
        DJANGO_SETTINGS_MODULE=config.settings.dev timeout --foreground 120 "$PY" manage.py load_demo 2>&1 | grep -iv password >>"$DIR/setup.log"
    fi
    STAGE="create the bench data"
    timeout --foreground 120 "$PY" bench/setup_data.py --learners "$LEARNERS" --lessons "$LESSONS" \
        --out "$DIR/data.json" >>"$DIR/setup.log" 2>&1

    local port=${BENCH_PORT:-$(free_port)}
    local base="http://127.0.0.1:$port"
    say "$DB: gunicorn ($WORKERS workers) on $base"
    start_gunicorn "$port" --workers "$WORKERS"

    STAGE="warm up"
    # Anonymous requests, so that every worker has loaded its templates before the measurement.
    local urls
    urls=$("$PY" -c 'import json, sys; d = json.load(open(sys.argv[1]))
print(d["module"]["url"], d["lessons"][0]["url"], "/accounts/login/")' "$DIR/data.json")
    for _ in $(seq 1 $((WORKERS * 3))); do
        for url in $urls; do
            curl -fsS --max-time 10 -o /dev/null "$base$url"
        done
    done

    STAGE="locust"
    say "$DB: locust, $LEARNERS learners + $REF_USERS reference users, ${DURATION}s measured"
    local users=$((LEARNERS + REF_USERS)) limit=$((DURATION + SETTLE + READY_TIMEOUT + 30))
    BENCH_DATA=$DIR/data.json BENCH_SAMPLES=$DIR/samples.json BENCH_SERVER_PID=$GUNICORN_PID \
        BENCH_DURATION=$DURATION BENCH_SETTLE=$SETTLE BENCH_READY_TIMEOUT=$READY_TIMEOUT \
        BENCH_LEARNERS=$LEARNERS BENCH_REF_USERS=$REF_USERS \
        timeout --foreground $((limit + 30)) "$VENV/bin/locust" -f bench/locustfile.py --headless \
        --host "$base" --users "$users" --spawn-rate "$SPAWN_RATE" --run-time "${limit}s" \
        --stop-timeout 5 --only-summary --exit-code-on-error 0 --loglevel WARNING \
        >"$DIR/locust.log" 2>&1
    [[ -s $DIR/samples.json ]] || { echo "locust wrote no samples" >&2; exit 1; }

    STAGE="stop gunicorn"
    stop_gunicorn
    say "$DB: done"
}

run_one_database_if_asked "$@"

# --- every database, then the report ---------------------------------------------------------

start=$SECONDS
run_every_database "${BASH_SOURCE[0]}" akademi-bench
"$PY" bench/report.py --out "$OUT" --workers "$WORKERS" --pg-version "$PG_VERSION" "${RUNS[@]}"
say "Finished in $((SECONDS - start)) s; logs in $WORK"
exit "$FAILED"
