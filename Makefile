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
# The documentation pages speclint compares the spec with (when the spec has DISCREPANCIES.md beside it).
DOCS_PAGES ?= openapi/sources

.PHONY: help
help: ## List the targets, stage by stage
	@awk '/^##@ / { printf "\n%s\n", substr($$0, 5) } \
	  /^[a-zA-Z_-]+:.*## / { split($$0, part, ":.*## "); printf "  %-18s %s\n", part[1], part[2] }' $(MAKEFILE_LIST)

$(TOOLS_DIR)/uv/bin/uv:
	@python3 -m venv $(TOOLS_DIR)/uv || { rm -rf $(TOOLS_DIR)/uv; \
	  echo "make: python3 -m venv failed: install the venv module (Debian: apt-get install python3-venv)" >&2; exit 1; }
	$(TOOLS_DIR)/uv/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

.venv/.synced: pyproject.toml uv.lock | $(UV_DEP)
	$(UV) sync --locked
	@touch $@

# --ignore-scripts: no dependency needs an install script; the only one is Scarf's analytics ping.
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { echo "make: npm not found: install Node.js >= 20.19 with npm (Debian: apt-get install nodejs npm)" >&2; exit 1; }
	npm ci --ignore-scripts --no-audit --no-fund
	@touch $@

##@ Setup

.PHONY: install
install: .venv/.synced node_modules/.installed ## Install Python (uv) and npm dependencies

.PHONY: install-browser
install-browser: ## Install Debian's chromium (for the HTML reference test) when missing
	@if [ ! -x $(CHROMIUM) ]; then \
	  command -v apt-get >/dev/null || { echo "make: $(CHROMIUM) missing and no apt-get: install chromium" >&2; exit 1; }; \
	  sudo=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq chromium >/dev/null; \
	fi
	@$(CHROMIUM) --version

##@ The spec

.PHONY: lint
lint: ## Lint the spec with every linter, reporting all of them (warnings fail too)
	@$(MAKE) --no-print-directory -k lint-speclint lint-spectral lint-redocly

.PHONY: lint-speclint
lint-speclint: .venv/.synced ## openapi-spec-validator and our own rules (scripts/walletapp_tools/speclint)
	$(RUN) python -m walletapp_tools.speclint $(SPEC) $(if $(DOCS_PAGES),--docs $(DOCS_PAGES))

.PHONY: lint-spectral
lint-spectral: node_modules/.installed ## Spectral, all spectral:oas rules (.spectral.yaml)
	$(NPX) spectral lint --fail-severity=warn --display-only-failures $(SPEC)

# Redocly exits 0 on warnings and has no flag to change that; problems go to stdout, so any output fails.
.PHONY: lint-redocly
lint-redocly: node_modules/.installed ## Redocly, recommended rules (redocly.yaml)
	@out=$$($(NPX) redocly lint --format=stylish --max-problems=1000 $(SPEC)); status=$$?; \
	if [ -n "$$out" ]; then printf '%s\n' "$$out"; fi; \
	if [ $$status -ne 0 ] || [ -n "$$out" ]; then echo "redocly: problems found (warnings fail too)" >&2; exit 1; fi

.PHONY: check-breaking
check-breaking: .venv/.synced ## Fail on a breaking change since openapi/released/ unless major bumped; changelog in build/
	$(RUN) walletapp-breaking --base $(RELEASED) --spec $(SPEC) --changelog build/CHANGELOG.section.md

.PHONY: release-contract
release-contract: .venv/.synced ## Record the spec as released: openapi/released/walletapp-<info.version>.yaml
	@version=$$($(RUN) python -c "import sys; from walletapp_tools.spec import load_document; print(load_document(sys.argv[1])['info']['version'])" $(SPEC)) \
	  || exit 1; target=$(RELEASED)/walletapp-$$version.yaml; \
	if [ -e "$$target" ] && ! cmp -s $(SPEC) "$$target"; then \
	  echo "make: $$target exists and differs from $(SPEC): bump info.version first" >&2; exit 1; fi; \
	mkdir -p $(RELEASED) && cp $(SPEC) "$$target" && echo "released $$target"

##@ The Python client (spec -> overlay -> generator -> client)

# The Python client. `generate` lints first; the stamp skips the lint while nothing it reads changed.
# The client's version is the spec's info.version and uv.lock records it: `uv lock` follows a bump
# (it leaves the file untouched otherwise).
LINT_INPUTS := $(SPEC) openapi/EXTENSIONS.md openapi/DISCREPANCIES.md .spectral.yaml redocly.yaml \
	package-lock.json uv.lock $(wildcard $(DOCS_PAGES)/*.txt) $(wildcard spectral/functions/*.js) \
	$(wildcard scripts/walletapp_tools/speclint/*.py) $(wildcard scripts/walletapp_tools/docpages/*.py) \
	$(wildcard scripts/walletapp_tools/spec/*.py)
build/lint.stamp: $(LINT_INPUTS)
	@$(MAKE) --no-print-directory lint
	@mkdir -p $(@D) && touch $@

GENERATE_ARGS := --spec $(SPEC) --overlay overlays/python-client.yaml --config generator-config.yml \
	--templates templates/python-client --output generated/walletapp-client \
	--client-spec build/walletapp.python-client.json

.PHONY: generate
generate: build/lint.stamp .venv/.synced ## Lint, apply the python-client overlay, regenerate generated/walletapp-client
	$(RUN) python -m walletapp_tools.generate $(GENERATE_ARGS)
	@$(UV) lock --offline --quiet

.PHONY: contract-client
contract-client: .venv/.synced ## The generated client end to end against the mock (every operation, webhooks)
	$(RUN) pytest -p no:cacheprovider tests/client

##@ The mock (spec -> mock)

# The stateful mock (walletapp_mock/). MOCK_FLAGS passes flags on: `make mock MOCK_FLAGS="--members 100000"`.
MOCK_FLAGS ?=
.PHONY: mock
mock: .venv/.synced ## Serve the stateful mock on http://127.0.0.1:4010 (prints the demo token and seeded ids)
	$(RUN) walletapp-mock $(MOCK_FLAGS)

##@ Contract tests (spec -> tests)

# `make contract BASE_URL=https://staging.example WALLETAPP_TOKEN=...` runs the same suite against a live
# server: read-only unless ALLOW_WRITES=1; dangerous operations only when named in
# CONTRACT_INCLUDE_DANGEROUS (with ALLOW_WRITES=1). See docs/contract-testing.md.
BASE_URL ?=
WALLETAPP_TOKEN ?=
ALLOW_WRITES ?=
CONTRACT_INCLUDE_DANGEROUS ?=
CONTRACT_MAX_EXAMPLES ?=
CONTRACT_SEED ?=
CONTRACT_BRAND_ID ?=
CONTRACT_WEBHOOK_URL ?=
CONTRACT_WEBHOOK_LISTEN ?=
CONTRACT_JUNIT ?= reports/contract.xml

.PHONY: contract
contract: export CONTRACT_BASE_URL = $(BASE_URL)
contract: export WALLETAPP_TOKEN := $(WALLETAPP_TOKEN)
contract: export ALLOW_WRITES := $(ALLOW_WRITES)
contract: export CONTRACT_INCLUDE_DANGEROUS := $(CONTRACT_INCLUDE_DANGEROUS)
contract: export CONTRACT_MAX_EXAMPLES := $(CONTRACT_MAX_EXAMPLES)
contract: export CONTRACT_SEED := $(CONTRACT_SEED)
contract: export CONTRACT_BRAND_ID := $(CONTRACT_BRAND_ID)
contract: export CONTRACT_WEBHOOK_URL := $(CONTRACT_WEBHOOK_URL)
contract: export CONTRACT_WEBHOOK_LISTEN := $(CONTRACT_WEBHOOK_LISTEN)
contract: export CONTRACT_JUNIT := $(CONTRACT_JUNIT)
contract: .venv/.synced ## Contract suite (walletapp-contract) vs BASE_URL or the mock; JUnit + summary in reports/
	$(RUN) walletapp-contract

MUTATION_FLAGS ?=
.PHONY: mutation
mutation: .venv/.synced ## Plant 20 realistic server bugs one at a time; the contract suite must kill >= 90%
	$(RUN) python -m tests.support.mutation $(MUTATION_FLAGS)

.PHONY: contract-prism
contract-prism: .venv/.synced node_modules/.installed ## The contract suite through Prism's validating proxy: no violation where none is meant
	$(RUN) python -m tests.support.prism

##@ Publishing (spec -> dist)

DIST ?= dist
RELEASED ?= openapi/released
PUBLIC_OVERLAY ?= overlays/public.yaml
CHROMIUM ?= /usr/bin/chromium
REDOC ?= node_modules/redoc/bundles/redoc.standalone.js
BUNDLE_ARGS = --spec $(SPEC) --overlay $(PUBLIC_OVERLAY) --attach openapi/DISCREPANCIES.md \
	--attach docs/generating-a-client.md --redoc $(REDOC)
PROOF := tests/proof
TS_PROOF := $(PROOF)/typescript

.PHONY: bundle
bundle: .venv/.synced node_modules/.installed ## Build dist/: public 3.1 YAML+JSON, 3.0.3 down-conversion, offline HTML reference
	$(RUN) walletapp-bundle $(BUNDLE_ARGS) --out $(DIST)

.PHONY: proof
proof: bundle ## TypeScript types from dist/ under tsc --strict; 3.0 file validated; Spectral + Redocly on dist/
	$(NPX) openapi-typescript $(DIST)/walletapp.openapi.yaml --redocly $(TS_PROOF)/redocly.yaml -o $(DIST)/walletapp.d.ts
	$(NPX) tsc -p $(TS_PROOF)/tsconfig.json
	$(RUN) openapi-spec-validator --schema 3.0 $(DIST)/walletapp.openapi-3.0.yaml
	$(RUN) openapi-spec-validator --schema 3.1 $(DIST)/walletapp.openapi.yaml
	$(NPX) spectral lint --fail-severity=warn --display-only-failures $(DIST)/walletapp.openapi.yaml
	$(NPX) spectral lint --fail-severity=warn --display-only-failures --ruleset $(PROOF)/spectral-3.0.yaml \
	  $(DIST)/walletapp.openapi-3.0.yaml
	@for run in "redocly.yaml $(DIST)/walletapp.openapi.yaml" "$(PROOF)/redocly-3.0.yaml $(DIST)/walletapp.openapi-3.0.yaml"; do \
	  set -- $$run; out=$$($(NPX) redocly lint --config $$1 --format=stylish --max-problems=1000 $$2); status=$$?; \
	  if [ -n "$$out" ]; then printf '%s\n' "$$out"; fi; \
	  if [ $$status -ne 0 ] || [ -n "$$out" ]; then echo "redocly: problems in $$2" >&2; exit 1; fi; \
	done

.PHONY: packages
packages: proof ## Build dist/walletapp-openapi-<version>.tgz (npm) and the client's wheel and sdist; SHA256SUMS
	$(RUN) python -m walletapp_tools.package --dist $(DIST) --client generated/walletapp-client --uv $(UV)

# Not part of `make test` (about two minutes of generators and compilers): CI runs it as its own step.
.PHONY: consumers
consumers: packages ## Generate from dist/ with each pinned generator (TS, Python, Java) and prove the code works
	$(RUN) python -m walletapp_tools.consumers --dist $(DIST) --work build/consumers

.PHONY: bundle-check
bundle-check: install-browser proof check-breaking ## dist/ rebuilt byte for byte, proof, breaking check, browser test
	@rm -rf build/bundle-again && $(RUN) walletapp-bundle $(BUNDLE_ARGS) --out build/bundle-again >/dev/null
	@for file in build/bundle-again/*; do cmp "$$file" $(DIST)/$$(basename "$$file") || exit 1; done
	@echo "dist/ is reproducible: $$(ls build/bundle-again | wc -l) files identical across two builds"
	$(RUN) pytest -q -p no:cacheprovider tests/bundle/test_browser.py

##@ Code and CI

.PHONY: check
check: .venv/.synced ## ruff (lint and format) and mypy strict; never modifies files
	$(RUN) ruff check .
	$(RUN) ruff format --check .
	$(RUN) mypy scripts walletapp_mock benchmarks

.PHONY: fmt
fmt: .venv/.synced ## Format and auto-fix the Python code (ruff)
	$(RUN) ruff check --fix .
	$(RUN) ruff format .

# Everything CI proves: the spec's lint, the code's checks, the published files (dist/ built, proven in
# TypeScript and by the linters, no unannounced breaking change), then pytest (unit tests, the generated
# client's staleness and round trips, the mock, the contract harness, the client end to end, the HTML
# reference in headless chromium: `make install-browser`; without it that test skips, except in CI),
# and beside it the contract suite against the mock. The two run at once (each output kept whole): the
# contract suite waits on batches and webhooks more than it computes, so on 2 cores this saves about 25 s.
.PHONY: test
test: lint check proof check-breaking ## Everything CI runs: lint, check, publishing proof, pytest, the contract suite
	@$(MAKE) --no-print-directory -j2 --output-sync=target test-pytest test-contract

.PHONY: test-pytest test-contract
test-pytest:
	$(RUN) pytest -n auto --junitxml=reports/junit.xml
test-contract:
	@$(MAKE) --no-print-directory contract BASE_URL= WALLETAPP_TOKEN=

##@ Benchmarks

.PHONY: bench-client
bench-client: .venv/.synced ## SDK per-call time vs bare httpx, and peak RSS while iterating 100k members (against the mock)
	$(RUN) python -m benchmarks.client

.PHONY: bench-generate
bench-generate: build/lint.stamp .venv/.synced ## Median time of a warm `make generate` vs the bare generator
	$(RUN) python -m benchmarks.generate $(GENERATE_ARGS)

.PHONY: bench-limits
bench-limits: .venv/.synced ## Mock memory under the hostile probes vs its ceiling; the overlay tool at the node limit
	$(RUN) python -m benchmarks.limits

.PHONY: bench-mock
bench-mock: .venv/.synced node_modules/.installed ## Mock req/s vs Prism 5 vs bare Starlette; 100k members; 20x2000 batches
	$(RUN) python -m benchmarks.mock --spec $(SPEC)
