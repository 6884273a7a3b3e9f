# Tasks for snippetgen. `make` alone lists them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help venv generate test test-report runtimes expected lint clean

help:  ## List the tasks
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --constraint constraints.txt -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)  ## Create .venv and install snippetgen with its test tools

generate: $(STAMP)  ## Render specs/ into output/: snippets, index.json, Markdown, MkDocs and HTML pages
	$(BIN)/snippetgen render specs -o output --format all

runtimes:  ## Install every runtime the executed-snippet tests use (Debian, as root)
	bash scripts/install-runtimes.sh

test: $(STAMP) runtimes  ## Run the whole test suite, snippets executed in every runtime
	$(BIN)/python -m pytest

test-report: $(STAMP) runtimes  ## Execute every snippet and print the spec x target pass/fail matrix
	$(BIN)/python -m pytest tests/test_execute.py --matrix -q

expected: $(STAMP)  ## Rewrite expected snippets, pages, manifest and error snapshots; review the diff
	SNIPPETGEN_UPDATE_EXPECTED=1 $(BIN)/python -m pytest -q tests/test_expected.py tests/test_pages.py \
		tests/test_manifest.py tests/test_html_browser.py tests/test_invalid_specs.py

clean:  ## Remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache build dist
