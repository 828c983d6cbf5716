"""Fixtures shared by the suite: one strict build per session, a local server and Chromium."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from axe_screen import SCHEMES, SCREENS, Screen
from chromium import CHROMIUM, CHROMIUM_ARGS, Visit
from nginx_server import nginx
from playwright.sync_api import Browser, sync_playwright
from sitebuild import build
from static_server import serve


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built once per session with `mkdocs build --strict`."""
    site = tmp_path_factory.mktemp("site")
    result = build(site)
    assert result.returncode == 0, f"strict build failed:\n{result.stderr}"
    return site


@pytest.fixture(scope="session")
def site_variant(tmp_path_factory: pytest.TempPathFactory) -> Callable[[dict[str, str]], Path]:
    """Build the site with these environment variables (SITE_URL, ORG_*), once per session for each set."""
    builds: dict[tuple[tuple[str, str], ...], Path] = {}

    def variant(env: dict[str, str]) -> Path:
        key = tuple(sorted(env.items()))
        if key not in builds:
            site = tmp_path_factory.mktemp("site-variant")
            result = build(site, env=env)
            assert result.returncode == 0, f"strict build with {env} failed:\n{result.stderr}"
            builds[key] = site
        return builds[key]

    return variant


@pytest.fixture(scope="session")
def site_url(site_dir: Path) -> Iterator[str]:
    with serve(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def visit(browser: Browser) -> Iterator[Visit]:
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    record = Visit(page)
    page.on("request", lambda request: record.requests.append(request.url))
    page.on("console", lambda message: message.type == "error" and record.console_errors.append(message.text))
    page.on("pageerror", lambda error: record.page_errors.append(str(error)))
    yield record
    context.close()


@pytest.fixture(scope="session")
def nginx_url(site_dir: Path) -> Iterator[str]:
    """The site served by Debian's nginx with the configuration in deploy/."""
    with nginx(site_dir) as url:
        yield url


@pytest.fixture(params=[(d, s) for d in SCREENS for s in SCHEMES], ids=lambda p: f"{p[0]}-{p[1]}")
def screen(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Screen]:
    device, scheme = request.param
    context = browser.new_context(locale="nl-NL", color_scheme=scheme, **SCREENS[device])
    context.add_init_script(Axe().axe_script)
    yield Screen(context.new_page(), SCHEMES[scheme])
    context.close()
