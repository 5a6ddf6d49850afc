# EMN Exchange: `make run` starts the application with demo data; `make test` runs every test.
# Only Python 3.11+ and make are needed; everything else is installed here.

PYTHON ?= $(shell command -v python3.11 || command -v python3.12 || command -v python3.13 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
HOST ?= 127.0.0.1
PORT ?= 8000
export DEBUG ?= true

.PHONY: install install-test run setup test lint schema assets messages clean bench

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "EMN Exchange needs Python 3.11 or newer; found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	@touch $@

install: $(STAMP) ## Create .venv and install the project (quick when nothing changed)

$(TEST_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@

install-test: $(TEST_STAMP)
	@bash scripts/ensure-chromium.sh

setup: install ## Migrate, compile translations, load demo data (safe to repeat)
	@mkdir -p var
	$(PY) manage.py migrate --noinput
	$(PY) manage.py compiletranslations
	$(PY) manage.py load_demo

run: setup ## Set up, then start the web server and the task worker
	@$(PY) manage.py demo_logins
	@bash scripts/run.sh $(HOST) $(PORT)

test: install-test ## Run the whole suite (SQLite and, alongside, PostgreSQL when it is reachable)
	@bash scripts/test.sh

lint: install-test ## ruff and mypy
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy emn

$(VENV)/.installed-bench: pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[bench]'
	@touch $@

bench: $(VENV)/.installed-bench ## Statistics ingestion benchmark: ours against eurostat, pandas, DuckDB
	$(PY) bench/ingest.py

bench-sdmx: install ## SDMX 2.1 and JSON-stat answers against serving the same bytes as a static file
	$(PY) bench/sdmx.py

schema: install ## Regenerate the committed OpenAPI schema
	$(PY) manage.py spectacular --file docs/openapi.yaml --validate

assets: ## Refresh vendored front-end assets from the npm registry (needs Node.js)
	cd assets && npm ci --no-audit --no-fund
	cp assets/node_modules/htmx.org/dist/htmx.min.js emn/portal/static/vendor/htmx.min.js
	cp assets/node_modules/echarts/dist/echarts.min.js emn/portal/static/vendor/echarts.min.js

clean:
	rm -rf $(VENV) var/static

messages: install ## Extract UI strings into the .po files of every language (needs GNU gettext)
	$(PY) manage.py makemessages --ignore '.venv/*' --ignore 'var/*' --ignore 'assets/*' --no-obsolete $(foreach l,fr de sl lt,-l $(l))
