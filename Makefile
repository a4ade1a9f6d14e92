# Akademi Warga. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
# Use the Python already on the machine; uv must not try to download one.
export UV_PYTHON_DOWNLOADS := never
BOOTSTRAP := .bootstrap
UV := $(shell command -v uv 2>/dev/null || echo $(BOOTSTRAP)/bin/uv)
RUN := $(UV) run --frozen
MANAGE := $(RUN) python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/akademi_report_bench
BENCH_REPORT_DATA ?=
BENCH_REPORT_ARGS ?=
BENCH_REPORT_ENV = DATABASE_URL='$(BENCH_DATABASE_URL)' DJANGO_SETTINGS_MODULE=config.settings.dev
COMPILED := .venv/lib config cms courses certificates surveys demo
BACKUP_DIR ?= backups
BACKUP ?=
FORCE ?=

.PHONY: help install system-packages run test test-quick lint format check-migrations messages demo migrate clean bench bench-report certificate-image screenshots backup restore bench-concurrency

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(BOOTSTRAP)/bin/uv:
	@echo "uv not found: installing it into $(BOOTSTRAP)/ (no root, system Python untouched)"
	$(PYTHON) -m venv $(BOOTSTRAP)
	$(BOOTSTRAP)/bin/python -m pip install --quiet --disable-pip-version-check uv

install: system-packages $(UV) ## Install the dependencies from uv.lock into .venv (bootstraps uv if missing)
	$(UV) sync --frozen
	@# Where Python may not write bytecode (PYTHONDONTWRITEBYTECODE, as on CI), every process
	@# (test worker, server, task worker, manage.py) would compile Django and Wagtail again as
	@# it starts: about 4 s of CPU each. Compiled once here; files already compiled are skipped.
	-.venv/bin/python -m compileall -q -j 0 $(COMPILED) >/dev/null

system-packages: ## Install Debian's libharfbuzz-subset0 (10x faster PDFs) when root and missing
	@bash scripts/system-packages.sh

migrate: install ## Apply database migrations
	$(MANAGE) migrate --no-input

demo: migrate ## Load the demo site and accounts (safe to repeat)
	$(MANAGE) make_credential_key .credential-signing-key.pem --if-missing
	$(MANAGE) load_demo

run: demo ## Install, migrate, load the demo and serve at http://127.0.0.1:8000
	$(MANAGE) runserver $(HOST):$(PORT)

lint: install ## ruff check, ruff format --check and the import contracts of docs/architecture.md
	$(RUN) ruff check .
	$(RUN) ruff format --check .
	$(RUN) lint-imports --no-cache

format: install ## Format and fix the code with ruff
	$(RUN) ruff format .
	$(RUN) ruff check --fix .

check-migrations: install ## Fail if models changed without a migration
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) makemigrations --check --dry-run

test: lint check-migrations ## Lint, check migrations and run the whole test suite (on every core)
	$(RUN) pytest -n auto

test-quick: install ## The inner loop: the suite without browser journeys and real processes
	$(RUN) pytest -n auto -m "not e2e and not slow"

messages: install ## Update the translation catalogues and compile them
	$(MANAGE) makemessages -l id -l en --ignore=.venv --ignore=.bootstrap --ignore=staticfiles --ignore=tests --ignore=bench --ignore=page-cache --ignore=.e2e-static --no-obsolete
	$(MANAGE) compilemessages --ignore=.venv --ignore=.bootstrap

bench: system-packages $(UV) ## Load-test the learner journey on SQLite and PostgreSQL; time PDF rendering and credential signing
	$(UV) sync --frozen --group bench
	bash bench/run.sh
	$(UV) run --frozen --group bench python bench/render_pdf.py
	$(UV) run --frozen --group bench python bench/credential_signing.py

bench-concurrency: $(UV) ## 50 identical requests at once, 20 trials of 6 scenarios, SQLite and PostgreSQL: duplicates, 5xx
	$(UV) sync --frozen --group bench
	bash bench/concurrency.sh

bench-report: install ## Benchmark the participation report on PostgreSQL (BENCH_DATABASE_URL)
	@url='$(BENCH_DATABASE_URL)'; name="$${url##*/}"; server="$${url%/*}"; \
	if ! psql "$$server/postgres" -tAc "SELECT 1 FROM pg_database WHERE datname = '$$name'" | grep -q 1; then \
		echo "Creating the database $$name"; psql "$$server/postgres" -qc "CREATE DATABASE \"$$name\""; \
	fi
	$(BENCH_REPORT_ENV) $(MANAGE) migrate --no-input
	$(BENCH_REPORT_ENV) $(MANAGE) load_demo
	$(BENCH_REPORT_ENV) $(MANAGE) generate_participation_data --reuse $(BENCH_REPORT_DATA)
	$(BENCH_REPORT_ENV) $(RUN) python bench/report_bench.py --explain $(BENCH_REPORT_ARGS)

backup: install ## Back up the database and media folders into a new folder under BACKUP_DIR (backups/)
	$(RUN) python scripts/backup.py backup --dir '$(BACKUP_DIR)'

restore: install ## Restore BACKUP=backups/akademi-... into an empty database (FORCE=1 replaces data)
	@[[ -n '$(BACKUP)' ]] || { echo "Say which backup: make restore BACKUP=backups/akademi-..." >&2; exit 2; }
	$(RUN) python scripts/backup.py restore '$(BACKUP)' $(if $(FORCE),--force)

screenshots: install ## Regenerate docs/img/ screenshots of the key pages at 360 and 1280 px (Chromium)
	$(RUN) python -m tests.e2e.screenshots --output docs/img

certificate-image: install ## Render docs/img/certificate.png with the real renderer
	$(MANAGE) sample_certificate --output docs/img/certificate

clean: ## Remove the virtual environments and collected static files
	rm -rf .venv $(BOOTSTRAP) staticfiles
