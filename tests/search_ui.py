"""Drive Material's own search UI in Chromium: type a query, press a key, read the result list."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin, urlsplit

import yaml
from playwright.sync_api import Page

QUERIES_PATH = Path(__file__).parent / "search_queries.yml"
SEARCH_INPUT = "input.md-search__input"
RESULT_META = ".md-search-result__meta"
RESULT_PAGES = ".md-search-result__item > a.md-search-result__link:first-child"

# The result count line shows the "type to start" placeholder once the worker has answered an empty box,
# and a count (or "no results") once it has answered a query.
PLACEHOLDER_SHOWN = "([meta, placeholder]) => document.querySelector(meta).textContent.trim() === placeholder"
RESULTS_SHOWN = "([meta, placeholder]) => document.querySelector(meta).textContent.trim() !== placeholder"


def load_queries(path: Path = QUERIES_PATH) -> list[dict[str, str]]:
    """The query suite: each entry has `zoekterm` (the query), `rol` (expected role slug) and `soort` (kind)."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))["zoekvragen"]


def role_page_path(slug: str) -> str:
    return f"rollen/{slug}/"


def translations(page: Page) -> dict[str, str]:
    return page.evaluate("JSON.parse(document.getElementById('__config').textContent).translations")


def open_search(page: Page, site_url: str) -> None:
    """Load the home page and focus Material's search box."""
    page.goto(site_url)
    page.locator(SEARCH_INPUT).click()


def type_query(page: Page, query: str) -> None:
    """Type `query` into the search box the way a visitor does: the box reacts on key up."""
    box = page.locator(SEARCH_INPUT)
    box.fill(query)
    box.press("End")


def clear_search(page: Page) -> str:
    """Empty the search box and wait until the worker has answered; return the placeholder line shown."""
    placeholder = translations(page)["search.result.placeholder"]
    type_query(page, "")
    page.wait_for_function(PLACEHOLDER_SHOWN, arg=[RESULT_META, placeholder])
    return placeholder


def search(page: Page, query: str) -> list[str]:
    """Search for `query` in the open search box; return the result pages, best first, as site paths."""
    placeholder = clear_search(page)
    type_query(page, query)
    page.wait_for_function(RESULTS_SHOWN, arg=[RESULT_META, placeholder])
    base = page.url
    return [site_path(base, href) for href in page.locator(RESULT_PAGES).evaluate_all("links => links.map(a => a.getAttribute('href'))")]


def site_path(base: str, href: str) -> str:
    """`rollen/docent/` for a result link to `http://host/rollen/docent/?h=leraar#docent-dure-spullen`."""
    path = urlsplit(urljoin(base, href)).path
    return path.removeprefix(urlsplit(base).path)
