#!/usr/bin/env bash
# Load benchmark: the learner journey against gunicorn with the production settings, on SQLite
# and then on PostgreSQL, driven by locust; then the CPU time per request of the site's pages,
# interleaved with a Django "hello" view and a stock Wagtail site served the same way.
# `make bench` runs it; bench/README.md explains it.
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
# BENCH_OUT=bench/results/latest.md BENCH_CPU_OUT=bench/results/cpu.md
# BENCH_JOURNEY=1 (0: no locust journey, only the CPU comparison)
# BENCH_CPU_REQUESTS=100 BENCH_CPU_ROUNDS=5 BENCH_CPU_CONCURRENCY=2 (0 rounds: no CPU comparison)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
VENV=$(cd "${VENV:-.venv}" && pwd) # absolute: the baselines run from their own folders
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
CPU_OUT=${BENCH_CPU_OUT:-bench/results/cpu.md}
CPU_REQUESTS=${BENCH_CPU_REQUESTS:-100}
CPU_ROUNDS=${BENCH_CPU_ROUNDS:-5}
CPU_CONCURRENCY=${BENCH_CPU_CONCURRENCY:-2}
JOURNEY=${BENCH_JOURNEY:-1}
export BENCH_WAIT=${BENCH_WAIT:-0.5,1.5} BENCH_REF_WAIT=${BENCH_REF_WAIT:-0.2,0.5}

# shellcheck source=bench/lib.sh
source bench/lib.sh
bench_production_env
require_tools "$PY" "$VENV/bin/gunicorn"
if ((JOURNEY)); then
    require_tools "$VENV/bin/locust"
fi

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

    if ((JOURNEY)); then
        run_journey "$base"
    fi
    if ((CPU_ROUNDS > 0)); then
        compare_cpu "$base"
    fi

    STAGE="stop gunicorn"
    stop_gunicorn
    say "$DB: done"
}

# The learners' journey, driven by locust, against the site at BASE.
run_journey() {
    local base=$1
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
}

# The baselines, built once per run (the first database builds them) from this virtualenv.
build_baselines() {
    local folder=$WORK/baselines
    [[ -d $folder ]] && return 0
    STAGE="build the baselines"
    say "Baselines: django-admin startproject and wagtail start in $folder"
    "$PY" bench/baselines.py --dir "$folder" >"$WORK/baselines.log" 2>&1
    baseline_manage stock "$folder/stock" "sqlite:///$folder/stock/db.sqlite3" \
        collectstatic --no-input >>"$WORK/baselines.log" 2>&1
    baseline_manage stock "$folder/stock" "sqlite:///$folder/stock/db.sqlite3" \
        migrate --no-input >>"$WORK/baselines.log" 2>&1
}

# CPU per request: the site at BASE, the hello view and the stock Wagtail welcome page, each
# served by gunicorn with the same workers, on this run's kind of database.
compare_cpu() {
    local base=$1 folder=$WORK/baselines stock_db site_db="" stock_pg=""
    build_baselines
    stock_db="sqlite:///$folder/stock/db.sqlite3"
    if [[ $DB == postgres ]]; then
        STAGE="migrate the stock Wagtail site"
        local pg=(-h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER")
        dropdb "${pg[@]}" --if-exists --force "${PG_DB}_stock"
        createdb "${pg[@]}" "${PG_DB}_stock"
        stock_db="postgres://$PG_USER@$PG_HOST:$PG_PORT/${PG_DB}_stock"
        baseline_manage stock "$folder/stock" "$stock_db" migrate --no-input >>"$DIR/setup.log" 2>&1
        site_db=",$PG_DB" stock_pg=",${PG_DB}_stock"
    fi
    local hello_port stock_port
    hello_port=$(free_port)
    start_baseline hello "$folder/hello" "$hello_port" "sqlite:///$folder/hello/db.sqlite3" \
        --workers "$WORKERS"
    local hello_pid=$LAST_BASELINE_PID
    stock_port=$(free_port)
    start_baseline stock "$folder/stock" "$stock_port" "$stock_db" --workers "$WORKERS"
    local stock_pid=$LAST_BASELINE_PID

    STAGE="CPU per request"
    say "$DB: CPU per request, $CPU_ROUNDS rounds of $CPU_REQUESTS requests a page, interleaved"
    timeout --foreground 1800 "$PY" bench/cpu.py --data "$DIR/data.json" --out "$DIR/cpu.json" \
        --server "site=$base,$GUNICORN_PID$site_db" \
        --server "hello=http://127.0.0.1:$hello_port,$hello_pid" \
        --server "stock=http://127.0.0.1:$stock_port,$stock_pid$stock_pg" \
        --requests "$CPU_REQUESTS" --rounds "$CPU_ROUNDS" --concurrency "$CPU_CONCURRENCY" \
        >"$DIR/cpu.log" 2>&1
    stop_baselines
}

run_one_database_if_asked "$@"

# --- every database, then the report ---------------------------------------------------------

start=$SECONDS
run_every_database "${BASH_SOURCE[0]}" akademi-bench
if ((JOURNEY)); then
    "$PY" bench/report.py --out "$OUT" --workers "$WORKERS" --pg-version "$PG_VERSION" "${RUNS[@]}"
fi
if ((CPU_ROUNDS > 0)); then
    "$PY" bench/cpu_report.py --out "$CPU_OUT" --workers "$WORKERS" --pg-version "$PG_VERSION" \
        "${RUNS[@]}"
fi
say "Finished in $((SECONDS - start)) s; logs in $WORK"
exit "$FAILED"
