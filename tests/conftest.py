"""Fixtures shared by the suite: one strict build per session, a local server and Chromium."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, sync_playwright

from nginx_server import nginx
from search_ui import SEARCH_INPUT, type_query
from sitebuild import build
from static_server import serve

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


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


@dataclass
class Visit:
    """A browser tab and everything it asked for and complained about."""

    page: Page
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)


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


def search_result(page: Page, query: str, href_part: str) -> Locator:
    """Search with Material's search box and wait for the first result whose link contains `href_part`."""
    page.locator(SEARCH_INPUT).click()
    type_query(page, query)
    result = page.locator(f".md-search-result__link[href*='{href_part}']").first
    result.wait_for(timeout=10000)
    return result
