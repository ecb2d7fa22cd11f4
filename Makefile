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

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

.PHONY: install
install: .venv/.synced node_modules/.installed ## Install Python (uv) and npm dependencies
