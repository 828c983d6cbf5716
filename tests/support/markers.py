"""A pytest plugin that tags the slow tiers of the suite, so that no test module has to.

Loaded from `addopts` in pyproject.toml (`-p support.markers`). A test is marked

- `browser` when it drives Chromium: it uses the `browser` fixture, directly or through another fixture
  (`visit`, `screen`, ...), or its module starts Playwright itself;
- `nginx` when it starts Debian's nginx: it uses the `nginx_url` fixture, or its module imports a starter of
  its own (`nginx_server.nginx`, `private_network.run_with_nginx`).

A module that starts Chromium another way, through a program that drives it (pa11y, scripts/build-poster),
says so itself: `pytestmark = pytest.mark.browser`.

`make test-fast` runs `pytest -m "not browser and not nginx"`, the build and content tier, where neither can
start (scripts/without-chromium-and-nginx): a test that starts one unmarked fails there, loudly.
"""

from __future__ import annotations

from types import ModuleType

import pytest

BROWSER_FIXTURES = {"browser"}
NGINX_FIXTURES = {"nginx_url"}
NGINX_STARTERS = [("nginx_server", "nginx"), ("private_network", "run_with_nginx")]


def _starts(module: ModuleType | None, helper_module: str, helper: str) -> bool:
    """Whether the test module imported `helper` from the module named `helper_module` (any package)."""
    found = getattr(module, helper, None) if module is not None else None
    return found is not None and getattr(found, "__module__", "").rsplit(".", 1)[-1] == helper_module


def tiers(item: pytest.Item) -> set[str]:
    """The markers of the slow tiers this test belongs to."""
    fixtures = set(getattr(item, "fixturenames", ()))
    module = getattr(item, "module", None)
    found = set()
    if fixtures & BROWSER_FIXTURES or _starts(module, "sync_api", "sync_playwright"):
        found.add("browser")
    if fixtures & NGINX_FIXTURES or any(_starts(module, *starter) for starter in NGINX_STARTERS):
        found.add("nginx")
    return found


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        for name in sorted(tiers(item)):
            item.add_marker(name)
