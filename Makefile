# Samskabt styring portal. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
# A Python >= 3.12: the one pinned in .python-version first, then newer, then the default.
PYTHON_BOOT := $(shell for p in python3.12 python3.13 python3; do \
	if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then \
	echo $$p; break; fi; done)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help run test lint fmt worker beat migrations-check bench up down messages lock static-vendor browser deploy-check

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-18s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements-dev.txt
	@if [ -z "$(PYTHON_BOOT)" ]; then echo "Python 3.12 or newer is required (tried python3.12, python3.13, python3)." >&2; exit 1; fi
	@test -x $(PY) || $(PYTHON_BOOT) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $@

node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm (Node.js) is required to fetch the front-end packages." >&2; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

static-vendor: node_modules/.installed ## Copy front-end packages from node_modules into static/vendor
	@mkdir -p static/vendor/bootstrap/css static/vendor/bootstrap/js static/vendor/htmx static/vendor/fonts
	@cp node_modules/bootstrap/dist/css/bootstrap.min.css node_modules/bootstrap/dist/css/bootstrap.min.css.map static/vendor/bootstrap/css/
	@cp node_modules/bootstrap/dist/js/bootstrap.bundle.min.js node_modules/bootstrap/dist/js/bootstrap.bundle.min.js.map static/vendor/bootstrap/js/
	@cp node_modules/htmx.org/dist/htmx.min.js static/vendor/htmx/
	@cp node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf \
		node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf \
		node_modules/dejavu-fonts-ttf/LICENSE static/vendor/fonts/

.env:
	@printf '# Development settings written by `make run`; see .env.example for all options.\nDEBUG=true\n' > .env

setup: $(VENV)/.installed static-vendor .env
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo

run: setup ## Set everything up (venv, packages, migrations, demo data) and serve on http://127.0.0.1:8000
	@echo "Serving the portal on http://$(HOST):$(PORT)/"; \
	if [ -n "$$REDIS_URL" ]; then \
		echo "REDIS_URL is set: starting a Celery worker with beat next to the server."; \
		$(VENV)/bin/celery -A portal worker -B --loglevel=info --concurrency=2 & \
		trap "kill $$! 2>/dev/null" EXIT; \
		$(PY) manage.py runserver $(HOST):$(PORT); \
	else \
		echo "No REDIS_URL: tasks run in-process, the periodic jobs in the server's process."; \
		$(PY) manage.py serve $(HOST):$(PORT); \
	fi

browser: $(VENV)/.installed ## Install what the tests need from Debian (chromium, gettext) when missing
	@missing=""; command -v chromium >/dev/null 2>&1 || missing="chromium"; \
	command -v msgfmt >/dev/null 2>&1 || missing="$$missing gettext"; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "Installing $$missing from Debian for the tests"; \
			(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null) \
			|| echo "Could not install $$missing: the tests that need it will be skipped." >&2; \
		else echo "$$missing not installed and cannot be installed here: the tests that need it will be skipped." >&2; fi; \
	fi

test: $(VENV)/.installed static-vendor browser ## Run the whole test suite (uses DATABASE_URL/REDIS_URL when set)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed ## ruff check and format check
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

fmt: $(VENV)/.installed ## Format and autofix with ruff
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

worker: $(VENV)/.installed ## Run a Celery worker (needs REDIS_URL)
	$(VENV)/bin/celery -A portal worker --loglevel=info --concurrency=2 --max-tasks-per-child=100

beat: $(VENV)/.installed ## Run Celery beat (needs REDIS_URL)
	$(VENV)/bin/celery -A portal beat --loglevel=info

migrations-check: $(VENV)/.installed ## Fail when models and migrations disagree
	DEBUG=true $(PY) manage.py makemigrations --check --dry-run

deploy-check: $(VENV)/.installed ## manage.py check --deploy with production settings
	DEBUG=false SECRET_KEY=$$(head -c 48 /dev/urandom | base64) ALLOWED_HOSTS=portal.example.dk \
	EMAIL_URL=smtp+tls://user:pass@smtp.example.dk:587 REDIS_URL=redis://127.0.0.1:6379/0 \
	SITE_URL=https://portal.example.dk \
	$(PY) manage.py check --deploy --fail-level WARNING

bench: $(VENV)/.installed static-vendor ## Benchmark pages against a bare view (needs PostgreSQL; see README)
	$(PY) scripts/bench.py $(BENCH_ARGS)

messages: $(VENV)/.installed ## Update and compile the translations (locale/)
	DEBUG=true $(PY) manage.py makemessages -l da -l en --ignore=.venv --ignore=node_modules --ignore=staticfiles
	DEBUG=true $(PY) manage.py compilemessages --ignore=.venv

lock: $(VENV)/.installed ## Re-lock the Python dependencies from pyproject.toml
	$(VENV)/bin/pip install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --strip-extras --no-header --allow-unsafe --no-emit-index-url --no-emit-find-links pyproject.toml -o requirements.txt
	$(VENV)/bin/pip-compile --quiet --strip-extras --no-header --allow-unsafe --no-emit-index-url --no-emit-find-links --extra dev pyproject.toml -o requirements-dev.txt

up: ## Run the production stack with docker compose (needs a Docker engine and .env.production)
	docker compose --env-file .env.production up --build -d

down: ## Stop the docker compose stack
	docker compose --env-file .env.production down
