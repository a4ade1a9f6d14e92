# Shared by bench/run.sh (load) and bench/concurrency.sh (concurrent duplicates): the production
# settings served over plain HTTP on localhost, a new database per run, gunicorn started and
# stopped, and a trap that cleans up. Source it after setting VENV, PY and the BENCH_PG* values.
# Uses and sets: DB, DIR, STAGE, GUNICORN_PID, BASELINE_PIDS, PG_CREATED, DATABASE_URL,
# MEDIA_ROOT, PAGE_CACHE_DIR.

PG_HOST=${BENCH_PGHOST:-127.0.0.1}
PG_PORT=${BENCH_PGPORT:-5432}
PG_USER=${BENCH_PGUSER:-postgres}
GUNICORN_PID=""
BASELINE_PIDS=()
PG_CREATED=""
STAGE="start"

say() { printf '==> %s\n' "$*"; }

# The production settings, made to serve plain HTTP on localhost.
bench_production_env() {
    export DJANGO_SETTINGS_MODULE=config.settings.production
    export ALLOWED_HOSTS=127.0.0.1 SITE_URL=http://127.0.0.1
    export SECURE_SSL_REDIRECT=false SECURE_COOKIES=false BEHIND_TLS_PROXY=false
    export PGOPTIONS="-c client_min_messages=warning" # no NOTICE from dropdb --if-exists
    unset REDIS_URL GUNICORN_CMD_ARGS
    case $PG_HOST in
    127.* | localhost | ::1) ;;
    *)
        echo "BENCH_PGHOST=$PG_HOST: the benchmark only uses this machine's loopback." >&2
        exit 2
        ;;
    esac
}

require_tools() {
    local tool
    for tool in "$@"; do
        if [[ ! -x $tool ]]; then
            echo "$tool is missing: run it through make (it installs the bench dependency group)." >&2
            exit 2
        fi
    done
}

# A secret key for this run only: the database is thrown away afterwards.
export_throwaway_secret_key() {
    SECRET_KEY=bench-$("$PY" -c 'import secrets; print(secrets.token_urlsafe(40))')
    export SECRET_KEY
}

free_port() {
    local code='import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
    "$PY" -c "$code"
}

# shellcheck disable=SC2317  # also run by the EXIT trap
stop_server() {
    local pid=$1
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.25
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# shellcheck disable=SC2317  # also run by the EXIT trap
stop_gunicorn() {
    [[ -n $GUNICORN_PID ]] || return 0
    stop_server "$GUNICORN_PID"
    GUNICORN_PID=""
}

# shellcheck disable=SC2317  # also run by the EXIT trap
stop_baselines() {
    local pid
    for pid in "${BASELINE_PIDS[@]}"; do
        stop_server "$pid"
    done
    BASELINE_PIDS=()
}

# shellcheck disable=SC2317  # run by the EXIT trap
cleanup_db() {
    local status=$?
    set +e
    stop_gunicorn
    stop_baselines
    if [[ -n $PG_CREATED ]]; then
        dropdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" --if-exists --force "$PG_DB"
        dropdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" --if-exists --force "${PG_DB}_stock"
    fi
    rm -f "${DIR:?}"/db.sqlite3 "$DIR"/db.sqlite3-wal "$DIR"/db.sqlite3-shm
    rm -rf "${DIR:?}/media" "${DIR:?}/page-cache"
    if [[ $status -ne 0 ]]; then
        echo "$STAGE failed (exit $status)" >"$DIR/failed"
        echo "!! $DB: $STAGE failed (exit $status). Logs in $DIR; the last lines:" >&2
        for log in "$DIR"/*.log; do
            [[ -s $log ]] && { echo "--- $log" >&2; tail -n 25 "$log" >&2; }
        done
    fi
    exit "$status"
}

# A new, empty database for DB (sqlite or postgres) in DIR, with the cleanup trap set.
create_database() {
    DB=$1
    DIR=$2
    mkdir -p "$DIR"
    trap cleanup_db EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    export MEDIA_ROOT=$DIR/media PRIVATE_MEDIA_ROOT=$DIR/media/private
    # The anonymous pages' cache (no REDIS_URL: files shared by the workers), this run's own.
    export PAGE_CACHE_DIR=$DIR/page-cache
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
}

# gunicorn with the production settings on PORT (further arguments go to gunicorn), its output
# in DIR/gunicorn.log; returns once /healthz answers.
start_gunicorn() {
    local port=$1
    shift
    STAGE="start gunicorn"
    "$VENV/bin/gunicorn" config.wsgi --bind "127.0.0.1:$port" --no-control-socket \
        --graceful-timeout 5 "$@" >"$DIR/gunicorn.log" 2>&1 &
    GUNICORN_PID=$!
    for _ in $(seq 1 60); do
        kill -0 "$GUNICORN_PID" 2>/dev/null || break
        if curl -fsS --max-time 2 -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null; then
            return 0
        fi
        sleep 0.5
    done
    echo "gunicorn did not answer /healthz within 30 s" >&2
    exit 1
}

# A baseline project (bench/baselines.py) NAME in FOLDER served as the site is, by gunicorn with
# its production settings on PORT (further arguments go to gunicorn), with the database URL
# DATABASE. Adds its pid to BASELINE_PIDS and sets LAST_BASELINE_PID; returns once / answers.
start_baseline() {
    local name=$1 folder=$2 port=$3 database=$4
    shift 4
    STAGE="start the $name baseline"
    DJANGO_SETTINGS_MODULE=$name.bench_settings DATABASE_URL=$database \
        "$VENV/bin/gunicorn" "$name.wsgi" --chdir "$folder" --bind "127.0.0.1:$port" \
        --no-control-socket --graceful-timeout 5 "$@" >"$DIR/$name.log" 2>&1 &
    LAST_BASELINE_PID=$!
    BASELINE_PIDS+=("$LAST_BASELINE_PID")
    for _ in $(seq 1 60); do
        kill -0 "$LAST_BASELINE_PID" 2>/dev/null || break
        if curl -fsS --max-time 2 -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; then
            return 0
        fi
        sleep 0.5
    done
    echo "The $name baseline did not answer / within 30 s" >&2
    exit 1
}

# Run manage.py of the baseline NAME in FOLDER with the database DATABASE.
baseline_manage() {
    local name=$1 folder=$2 database=$3
    shift 3
    (cd "$folder" && DJANGO_SETTINGS_MODULE=$name.bench_settings DATABASE_URL=$database \
        timeout --foreground 600 "$PY" manage.py "$@")
}

# The production settings serve the hashed files of whitenoise's manifest storage.
collect_static() {
    local work=$1
    say "collectstatic (the production settings serve hashed static files through whitenoise)"
    SECRET_KEY=collectstatic DATABASE_URL="sqlite:///$work/unused.sqlite3" \
        timeout --foreground 300 "$PY" manage.py collectstatic --noinput >"$work/collectstatic.log" 2>&1 ||
        {
            tail -n 25 "$work/collectstatic.log" >&2
            exit 1
        }
}

# `SCRIPT --db NAME` (how run_every_database calls it): run_db for that database, then exit.
run_one_database_if_asked() {
    if [[ ${1:-} == --db ]]; then
        WORK=${BENCH_WORK:?}
        export_throwaway_secret_key
        run_db "$2"
        exit 0
    fi
}

# SCRIPT --db DB for every database in DBS, each in a process of its own (its own traps), in a
# new folder /tmp/PREFIX.XXXXXX. Sets WORK, RUNS (LABEL=DIR for the report), FAILED (1 when a
# database failed) and PG_VERSION.
run_every_database() {
    local script=$1 prefix=$2 db
    trap 'exit 130' INT
    trap 'exit 143' TERM
    WORK=$(mktemp -d "/tmp/$prefix.XXXXXX")
    export BENCH_WORK=$WORK
    say "Logs and results go to $WORK"
    collect_static "$WORK"
    FAILED=0
    RUNS=()
    for db in $DBS; do
        RUNS+=("$db=$WORK/$db")
        bash "$script" --db "$db" || FAILED=1
    done
    PG_VERSION=""
    if [[ " $DBS " == *" postgres "* ]]; then
        PG_VERSION=$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc \
            'show server_version' 2>/dev/null || true)
        PG_VERSION=${PG_VERSION%% *}
    fi
}
