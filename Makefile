# Two commands for a fresh Debian machine with Python 3.11:
#   make serve      set up .venv and serve the site on http://127.0.0.1:8000
#   make test       set up .venv and the Debian packages the tests use; make check, the linters, then the whole
#                   suite in two tiers, the fast one where Chromium and nginx cannot start (README.md: "Tests")
# Also:
#   make check      every page, data file and setting through the build's own checks, without building (~1 s)
#   make test-fast  make check, then the build and content tests, where Chromium and nginx cannot start
#   make lint       the lock matches pyproject.toml; ruff (lint, format check), stylelint, ESLint: nothing changed
#   make lock       update requirements/*.txt (the hashed lock every install uses) from pyproject.toml
#   make poster     print "Alle tips" to dist/de-reis-van-kelly-poster-a3.pdf and -a4.pdf (deploy/POSTER.md)
#   make offline    build dist/de-reis-van-kelly-<version>.zip, the copy that works opened from file://
#   make bench      measure search, nginx (wrk) and Lighthouse, and write the figures into bench/results.md
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The fast tier runs the W3C HTML checker (vnu.jar from npm, run with Java); the rest needs Chromium and nginx too.
FAST_TIER_PACKAGES := default-jre-headless:/usr/bin/java npm:/usr/bin/npm
DEBIAN_PACKAGES := chromium:/usr/bin/chromium $(FAST_TIER_PACKAGES) nginx:/usr/sbin/nginx \
	openssl:/usr/bin/openssl iproute2:/bin/ip
# The tiers, by pytest marker (set by tests/support/markers.py).
# Both tiers on several workers (pytest-xdist), a test module per worker, so that a module's fixtures (an nginx,
# a browser of its own) start once. The fast tier on two: two cores.
FAST_TIER := -m "not browser and not nginx" -n 2 --dist loadfile
# The browser and nginx tier on three: its processor time is under half its wall-clock time on two (the tests
# mostly wait for Chromium and the network), so a third worker fills the two cores.
SLOW_TIER := -m "browser or nginx" -n 3 --dist loadfile
export NO_MKDOCS_2_WARNING := 1

# The lock: every install comes from these files, each package pinned with its hashes.
SITE_LOCK := requirements/site.txt
POSTER_LOCK := requirements/poster.txt
TEST_LOCK := requirements/test.txt
# pip-tools writes the lock; it runs in a virtualenv of its own so that it never ends up in .venv.
LOCK_VENV := .venv-lock
PIP_TOOLS := pip-tools==7.6.2
PIP_COMPILE := $(LOCK_VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	--no-emit-index-url --no-emit-find-links $(if $(UPGRADE),--upgrade)

.PHONY: serve build check test test-fast lint lock offline poster bench clean test-setup test-fast-setup

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The site's packages, exactly as locked (pip refuses any package or file the lock does not name);
# then stop if pyproject.toml names a package or version the lock lacks (the fix: `make lock`).
$(VENV)/.site-deps: $(SITE_LOCK) pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r $(SITE_LOCK)
	$(BIN)/python requirements/check_lock.py
	touch $@

# The site's and the poster's packages: what printing needs, and no test tool.
$(VENV)/.poster-deps: $(POSTER_LOCK) pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r $(POSTER_LOCK)
	$(BIN)/python requirements/check_lock.py
	touch $@ $(VENV)/.site-deps

# The site's, the poster's and the tests' packages (the test lock holds all, at the same versions as the
# site and poster locks).
$(VENV)/.test-deps: $(TEST_LOCK) pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r $(TEST_LOCK)
	$(BIN)/python requirements/check_lock.py
	touch $@ $(VENV)/.site-deps $(VENV)/.poster-deps

serve: $(VENV)/.site-deps
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(VENV)/.site-deps
	$(BIN)/mkdocs build --strict --site-dir site

# Every input the build reads, checked by the build's own code without building: front matter and markers of
# every page, data/*.yml, nav's roles, the settings (SITE_URL, SNEL_WEG_URL, ORG_*). Pre-commit runs it too.
check: $(VENV)/.site-deps
	$(BIN)/python hooks/check_inputs.py

offline: $(VENV)/.site-deps
	$(BIN)/python scripts/build-offline-zip dist

# The poster needs SITE_URL (its QR codes point there) and prints with Chromium through Playwright.
poster: $(VENV)/.poster-deps
	scripts/ensure-debian-packages chromium:/usr/bin/chromium
	$(BIN)/python scripts/build-poster dist

# Static checks: the lock still matches pyproject.toml, then ruff (lint and format) for the Python, and
# stylelint and ESLint (stylelint.config.mjs, eslint.config.mjs) for the CSS and JavaScript; nothing changed.
lint: $(VENV)/.test-deps node_modules/.package-lock.json
	$(BIN)/python requirements/check_lock.py
	$(BIN)/ruff check
	$(BIN)/ruff format --check
	node_modules/.bin/stylelint "docs/assets/**/*.css"
	node_modules/.bin/eslint .

test-fast-setup: $(VENV)/.test-deps
	scripts/ensure-debian-packages $(FAST_TIER_PACKAGES)
	$(MAKE) --no-print-directory node_modules/.package-lock.json

test-setup: test-fast-setup
	scripts/ensure-debian-packages $(DEBIAN_PACKAGES)

# The whole suite: the fast tier as `make test-fast` runs it, then the browser and nginx tier.
test: check lint test-fast test-setup
	$(BIN)/python -m pytest $(SLOW_TIER)

# The build and content tier: every test that drives no browser and starts no nginx, run where neither can
# start (scripts/without-chromium-and-nginx), so that a test which would start one fails instead.
test-fast: check test-fast-setup
	scripts/without-chromium-and-nginx $(BIN)/python -m pytest $(FAST_TIER)

bench: $(VENV)/.test-deps
	scripts/ensure-debian-packages $(DEBIAN_PACKAGES) wrk:/usr/bin/wrk
	$(BIN)/python bench/search.py
	$(BIN)/python bench/wrk.py
	$(BIN)/python bench/lighthouse.py

# Re-lock after changing a dependency in pyproject.toml. Pins already in the lock stay unless they no
# longer fit; `make lock UPGRADE=1` moves every package to its newest allowed version.
lock:
	test -x $(LOCK_VENV)/bin/pip-compile || { $(PYTHON) -m venv $(LOCK_VENV) && $(LOCK_VENV)/bin/pip install --quiet $(PIP_TOOLS); }
	mkdir -p requirements
	CUSTOM_COMPILE_COMMAND="make lock" $(PIP_COMPILE) --output-file $(SITE_LOCK) pyproject.toml
	CUSTOM_COMPILE_COMMAND="make lock" $(PIP_COMPILE) --extra poster --constraint $(SITE_LOCK) --output-file $(POSTER_LOCK) pyproject.toml
	CUSTOM_COMPILE_COMMAND="make lock" $(PIP_COMPILE) --extra poster --extra test --constraint $(POSTER_LOCK) --output-file $(TEST_LOCK) pyproject.toml

# Tools from npm (the linters, the W3C Nu HTML Checker, pa11y, the HTTP Observatory), pinned in
# package-lock.json; no install scripts run and no browser is downloaded (pa11y drives Debian's Chromium).
node_modules/.package-lock.json: package.json package-lock.json
	scripts/ensure-debian-packages npm:/usr/bin/npm
	PUPPETEER_SKIP_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund

clean:
	rm -rf $(VENV) $(LOCK_VENV) site dist node_modules
