# newsevents: `make demo` to see it work, `make test` to check it.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint eval bench clean

# Create .venv, install newsevents, code the bundled examples: a table on screen, JSONL in out/,
# and a store in out/events.duckdb with its top dyads
demo: $(VENV)/.installed
	$(BIN)/newsevents code examples/ -o out/coded.jsonl
	$(BIN)/newsevents show out/coded.jsonl
	@echo "JSON Lines written to out/coded.jsonl"
	$(BIN)/newsevents ingest examples/ --store out/events.duckdb
	$(BIN)/newsevents query dyads --store out/events.duckdb --limit 10

# Create .venv with the dev extras and run the whole suite, ruff included
test: $(VENV)/.installed-dev lint
	$(BIN)/python -m pytest -q

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

# Remove the virtual environment and the demo output
clean:
	rm -rf $(VENV) out

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@ $(VENV)/.installed
