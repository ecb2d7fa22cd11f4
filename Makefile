# The Makefile is the project's interface: CI and developers run the same targets.
# `make help` lists them. uv and the npm tools are bootstrapped into the project when missing.

SHELL := /bin/bash
.DEFAULT_GOAL := help

UV_VERSION := 0.13.9
TOOLS_DIR  := .tools
SYSTEM_UV := $(shell command -v uv 2>/dev/null)
UV ?= $(or $(SYSTEM_UV),$(TOOLS_DIR)/uv/bin/uv)
# Only the project-local uv has a rule to build it.
UV_DEP := $(if $(SYSTEM_UV),,$(TOOLS_DIR)/uv/bin/uv)
export UV_PYTHON ?= python3
export UV_PYTHON_DOWNLOADS := never
RUN := $(UV) run --locked
NPX := npx --no-install
# Nothing phones home: Redocly usage data and update check, Scarf install analytics (Spectral's deps).
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true
export SCARF_ANALYTICS := false

SPEC ?= openapi/walletapp.yaml

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-18s %s\n", $$1, $$2}'

$(TOOLS_DIR)/uv/bin/uv:
	python3 -m venv $(TOOLS_DIR)/uv
	$(TOOLS_DIR)/uv/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

.venv/.synced: pyproject.toml uv.lock | $(UV_DEP)
	$(UV) sync --locked
	@touch $@

# --ignore-scripts: no dependency needs an install script; the only one is Scarf's analytics ping.
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { echo "make: npm not found: install Node.js >= 20.19 with npm (Debian: apt-get install nodejs npm)" >&2; exit 1; }
	npm ci --ignore-scripts --no-audit --no-fund
	@touch $@

.PHONY: install
install: .venv/.synced node_modules/.installed ## Install Python (uv) and npm dependencies

.PHONY: lint
lint: ## Lint the spec with every linter, reporting all of them (warnings fail too)
	@$(MAKE) --no-print-directory -k lint-speclint lint-spectral lint-redocly

.PHONY: lint-speclint
lint-speclint: .venv/.synced ## openapi-spec-validator and our own rules (scripts/walletapp_tools/speclint)
	$(RUN) python -m walletapp_tools.speclint $(SPEC)

.PHONY: lint-spectral
lint-spectral: node_modules/.installed ## Spectral, all spectral:oas rules (.spectral.yaml)
	$(NPX) spectral lint --fail-severity=warn --display-only-failures $(SPEC)

# Redocly exits 0 on warnings and has no flag to change that; problems go to stdout, so any output fails.
.PHONY: lint-redocly
lint-redocly: node_modules/.installed ## Redocly, recommended rules (redocly.yaml)
	@out=$$($(NPX) redocly lint --format=stylish --max-problems=1000 $(SPEC)); status=$$?; \
	if [ -n "$$out" ]; then printf '%s\n' "$$out"; fi; \
	if [ $$status -ne 0 ] || [ -n "$$out" ]; then echo "redocly: problems found (warnings fail too)" >&2; exit 1; fi

.PHONY: check
check: .venv/.synced ## ruff (lint and format) and mypy strict; never modifies files
	$(RUN) ruff check .
	$(RUN) ruff format --check .
	$(RUN) mypy scripts walletapp_mock

.PHONY: fmt
fmt: .venv/.synced ## Format and auto-fix the Python code (ruff)
	$(RUN) ruff check --fix .
	$(RUN) ruff format .

.PHONY: test
test: lint check ## Lint the spec, check the code, then run pytest
	$(RUN) pytest

# The Python client. `generate` lints first; the stamp skips the lint while nothing it reads changed.
LINT_INPUTS := $(SPEC) .spectral.yaml redocly.yaml package-lock.json uv.lock \
	$(wildcard scripts/walletapp_tools/speclint/*.py)
build/lint.stamp: $(LINT_INPUTS)
	@$(MAKE) --no-print-directory lint
	@mkdir -p $(@D) && touch $@

.PHONY: generate
generate: build/lint.stamp .venv/.synced ## Lint, apply the python-client overlays, regenerate generated/walletapp-client
	$(RUN) python -m walletapp_tools.generate

.PHONY: bench-generate
bench-generate: build/lint.stamp .venv/.synced ## Median time of a warm `make generate` vs the bare generator
	$(RUN) python -m walletapp_tools.bench_generate
