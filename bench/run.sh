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
PG_HOST=${BENCH_PGHOST:-127.0.0.1}
PG_PORT=${BENCH_PGPORT:-5432}
PG_USER=${BENCH_PGUSER:-postgres}
PG_DB=${BENCH_PGDB:-akademi_bench}
OUT=${BENCH_OUT:-bench/results/latest.md}
export BENCH_WAIT=${BENCH_WAIT:-0.5,1.5} BENCH_REF_WAIT=${BENCH_REF_WAIT:-0.2,0.5}

# The production settings, made to serve plain HTTP on localhost.
export DJANGO_SETTINGS_MODULE=cms.settings.production
export ALLOWED_HOSTS=127.0.0.1
export SECURE_SSL_REDIRECT=false SECURE_COOKIES=false BEHIND_TLS_PROXY=false
export PGOPTIONS="-c client_min_messages=warning"  # no NOTICE from dropdb --if-exists
unset REDIS_URL GUNICORN_CMD_ARGS

say() { printf '==> %s\n' "$*"; }

case $PG_HOST in
127.* | localhost | ::1) ;;
*)
    echo "BENCH_PGHOST=$PG_HOST: the benchmark only uses this machine's loopback." >&2
    exit 2
    ;;
esac
for tool in "$PY" "$VENV/bin/gunicorn" "$VENV/bin/locust"; do
    if [[ ! -x $tool ]]; then
        echo "$tool is missing: run 'make bench' (it installs the bench dependency group)." >&2
        exit 2
    fi
done

# --- one database --------------------------------------------------------------------------

GUNICORN_PID=""
PG_CREATED=""
STAGE="start"

# shellcheck disable=SC2317  # also run by the EXIT trap
stop_gunicorn() {
    [[ -n $GUNICORN_PID ]] || return 0
    kill -TERM "$GUNICORN_PID" 2>/dev/null || true
    for _ in $(seq 1 40); do
        kill -0 "$GUNICORN_PID" 2>/dev/null || break
        sleep 0.25
    done
    kill -KILL "$GUNICORN_PID" 2>/dev/null || true
    wait "$GUNICORN_PID" 2>/dev/null || true
    GUNICORN_PID=""
}

# shellcheck disable=SC2317  # run by the EXIT trap
cleanup_db() {
    local status=$?
    set +e
    stop_gunicorn
    if [[ -n $PG_CREATED ]]; then
        dropdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" --if-exists --force "$PG_DB"
    fi
    rm -f "${DIR:?}"/db.sqlite3 "$DIR"/db.sqlite3-wal "$DIR"/db.sqlite3-shm
    rm -rf "${DIR:?}/media"
    if [[ $status -ne 0 ]]; then
        echo "$STAGE failed (exit $status)" >"$DIR/failed"
        echo "!! $DB: $STAGE failed (exit $status). Logs in $DIR; the last lines:" >&2
        for log in "$DIR"/*.log; do
            [[ -s $log ]] && { echo "--- $log" >&2; tail -n 25 "$log" >&2; }
        done
    fi
    exit "$status"
}

free_port() {
    local code='import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
    "$PY" -c "$code"
}

run_db() {
    DB=$1
    DIR=$WORK/$DB
    mkdir -p "$DIR"
    trap cleanup_db EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    export MEDIA_ROOT=$DIR/media

    STAGE="create the database"
    case $DB in
    sqlite)
        export DATABASE_URL="sqlite:///$DIR/db.sqlite3"
        ;;
    postgres)
        local pg=(-h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER")
        if ! pg_isready -q "${pg[@]}"; then
            echo "PostgreSQL does not answer at $PG_HOST:$PG_PORT" >&2
            exit 1
        fi
        dropdb "${pg[@]}" --if-exists --force "$PG_DB"
        createdb "${pg[@]}" "$PG_DB"
        PG_CREATED=1
        export DATABASE_URL="postgres://$PG_USER@$PG_HOST:$PG_PORT/$PG_DB"
        ;;
    *)
        echo "Unknown database '$DB' (sqlite or postgres)." >&2
        exit 2
        ;;
    esac

    say "$DB: migrate and create the bench data ($LEARNERS learners, $LESSONS lessons)"
    STAGE="migrate"
    timeout --foreground 300 "$PY" manage.py migrate --no-input >"$DIR/setup.log" 2>&1
    if [[ ${BENCH_LOAD_DEMO:-0} == 1 ]]; then
        STAGE="load_demo"
        timeout --foreground 120 "$PY" manage.py load_demo 2>&1 | grep -iv password >>"$DIR/setup.log"
    fi
    STAGE="create the bench data"
    timeout --foreground 120 "$PY" bench/setup_data.py --learners "$LEARNERS" --lessons "$LESSONS" \
        --out "$DIR/data.json" >>"$DIR/setup.log" 2>&1

    STAGE="start gunicorn"
    local port=${BENCH_PORT:-$(free_port)}
    local base="http://127.0.0.1:$port"
    "$VENV/bin/gunicorn" cms.wsgi --bind "127.0.0.1:$port" --workers "$WORKERS" \
        --no-control-socket --graceful-timeout 5 >"$DIR/gunicorn.log" 2>&1 &
    GUNICORN_PID=$!
    say "$DB: gunicorn (pid $GUNICORN_PID, $WORKERS workers) on $base"
    local ready=""
    for _ in $(seq 1 60); do
        kill -0 "$GUNICORN_PID" 2>/dev/null || break
        if curl -fsS --max-time 2 -o /dev/null "$base/healthz" 2>/dev/null; then
            ready=1
            break
        fi
        sleep 0.5
    done
    [[ -n $ready ]] || { echo "gunicorn did not answer /healthz within 30 s" >&2; exit 1; }

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

if [[ ${1:-} == --db ]]; then
    WORK=${BENCH_WORK:?}
    # A secret key for this run only: the database is thrown away afterwards.
    SECRET_KEY=bench-$("$PY" -c 'import secrets; print(secrets.token_urlsafe(40))')
    export SECRET_KEY
    run_db "$2"
    exit 0
fi

# --- every database, then the report ---------------------------------------------------------

trap 'exit 130' INT
trap 'exit 143' TERM
WORK=$(mktemp -d /tmp/akademi-bench.XXXXXX)
export BENCH_WORK=$WORK
start=$SECONDS
say "Logs and samples go to $WORK"
say "collectstatic (the production settings serve hashed static files through whitenoise)"
SECRET_KEY=collectstatic DATABASE_URL="sqlite:///$WORK/unused.sqlite3" \
    timeout --foreground 300 "$PY" manage.py collectstatic --noinput >"$WORK/collectstatic.log" 2>&1 ||
    {
        tail -n 25 "$WORK/collectstatic.log" >&2
        exit 1
    }

failed=0
runs=()
for db in $DBS; do
    runs+=("$db=$WORK/$db")
    bash "${BASH_SOURCE[0]}" --db "$db" || failed=1
done

pg_version=""
if [[ " $DBS " == *" postgres "* ]]; then
    pg_version=$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc \
        'show server_version' 2>/dev/null || true)
fi
"$PY" bench/report.py --out "$OUT" --workers "$WORKERS" --pg-version "${pg_version%% *}" \
    "${runs[@]}"
say "Finished in $((SECONDS - start)) s; logs in $WORK"
exit "$failed"
