"""Debian's Chromium as the suite drives it: its launch arguments, a visit's record, a search through the UI."""

from __future__ import annotations

from dataclasses import dataclass, field

from playwright.sync_api import Locator, Page
from search_ui import SEARCH_INPUT, type_query

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@dataclass
class Visit:
    """A browser tab and everything it asked for and complained about."""

    page: Page
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)


def search_result(page: Page, query: str, href_part: str) -> Locator:
    """Search with Material's search box and wait for the first result whose link contains `href_part`."""
    page.locator(SEARCH_INPUT).click()
    type_query(page, query)
    result = page.locator(f".md-search-result__link[href*='{href_part}']").first
    result.wait_for(timeout=10000)
    return result
