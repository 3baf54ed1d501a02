# newsevents: `make demo` to see it work, `make test` to check it.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint eval bench clean assets browser screenshots

ASSETS := src/newsevents/web/static/vendor/.built

# Create .venv, install newsevents and the dashboard's assets, code the bundled examples: a
# table on screen, JSONL in out/, and a store in out/events.duckdb with its top dyads
# (then: newsevents serve --store out/events.duckdb)
demo: $(VENV)/.installed assets
	$(BIN)/newsevents code examples/ -o out/coded.jsonl
	$(BIN)/newsevents show out/coded.jsonl
	@echo "JSON Lines written to out/coded.jsonl"
	$(BIN)/newsevents ingest examples/ --store out/events.duckdb
	$(BIN)/newsevents query dyads --store out/events.duckdb --limit 10

# Create .venv with the dev extras, the dashboard's assets and Chromium, and run the whole
# suite, ruff included
test: $(VENV)/.installed-dev assets browser lint
	$(BIN)/python -m pytest -q

# The dashboard's browser libraries (web/package.json), from the npm registry into the package
assets: $(ASSETS)

$(ASSETS): web/package.json web/package-lock.json scripts/build_assets.py | $(VENV)/bin/python
	@if command -v npm >/dev/null; then \
		npm ci --prefix web --no-audit --no-fund --loglevel=error && \
		$(BIN)/python scripts/build_assets.py web/node_modules && touch $@; \
	else \
		echo "npm not found: the dashboard's chart, network and map need it; install Node.js, then: make assets"; \
	fi

# Debian's Chromium for the browser tests (as root, or through sudo)
browser:
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || \
	if command -v apt-get >/dev/null; then \
		SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "no chromium and no apt-get here: the browser tests will be skipped"; \
	fi

# Drive the dashboard in Chromium and save the screenshots README shows
screenshots: $(VENV)/.installed-dev assets browser
	NEWSEVENTS_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest -q tests/web/test_browser.py

# ruff (lint, format check) and mypy on the package
lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests benchmarks eval scripts
	$(BIN)/ruff format --check src
	$(BIN)/mypy src

# Score the gold sets and check the accuracy floors of tests/gold (eval/floors.json)
eval: $(VENV)/.installed-dev
	$(BIN)/python eval/gate.py
	$(BIN)/newsevents evaluate --gold tests/gold

# Run the benchmarks and write benchmarks/RESULTS.md (about 25 minutes on 2 cores)
bench: $(VENV)/.installed
	$(BIN)/python benchmarks/report.py

# Remove the virtual environment, the demo output and the installed assets
clean:
	rm -rf $(VENV) out web/node_modules src/newsevents/web/static/vendor

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@ $(VENV)/.installed
