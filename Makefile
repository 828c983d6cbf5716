# Two commands for a fresh Debian machine with Python 3.11:
#   make serve   set up .venv and serve the site on http://127.0.0.1:8000
#   make test    set up .venv, the Debian packages the tests use, and run the whole suite
#   make offline build dist/de-reis-van-kelly-<version>.zip, the copy that works opened from file://
#   make bench   measure search, nginx (wrk) and Lighthouse, and write the figures into README.md
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEBIAN_PACKAGES := chromium:/usr/bin/chromium default-jre-headless:/usr/bin/java npm:/usr/bin/npm nginx:/usr/sbin/nginx
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test offline bench clean

$(BIN)/mkdocs: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --editable .
	touch $@

$(VENV)/.test-deps: $(BIN)/mkdocs
	$(BIN)/pip install --quiet --editable '.[test]'
	touch $@

serve: $(BIN)/mkdocs
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(BIN)/mkdocs
	$(BIN)/mkdocs build --strict --site-dir site

offline: $(BIN)/mkdocs
	$(BIN)/python scripts/build-offline-zip dist

test: $(VENV)/.test-deps
	scripts/ensure-debian-packages $(DEBIAN_PACKAGES)
	$(MAKE) --no-print-directory node_modules/.package-lock.json
	$(BIN)/python -m pytest

bench: $(VENV)/.test-deps
	scripts/ensure-debian-packages $(DEBIAN_PACKAGES) wrk:/usr/bin/wrk
	$(BIN)/python bench/search.py
	$(BIN)/python bench/wrk.py
	$(BIN)/python bench/lighthouse.py

# Test tools from npm (the W3C Nu HTML Checker, pa11y), pinned in package-lock.json; no install scripts run
# and no browser is downloaded (pa11y drives Debian's Chromium).
node_modules/.package-lock.json: package.json package-lock.json
	PUPPETEER_SKIP_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund

clean:
	rm -rf $(VENV) site dist node_modules
