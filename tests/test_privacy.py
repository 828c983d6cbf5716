"""A visit leaks nothing: no request to any other host on any page (every Dutch page, and the sample of each
translation that the all-page browser checks use: site_content.TRANSLATION_SAMPLE), while searching, copying a link or
printing; no cookies; and the browser storage holds only the keys tests/support/allowed_storage.yml lists.
Opening pages stores nothing in localStorage: the colour scheme is stored only when the visitor switches
it, and the next page shows the chosen scheme."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from browser_actions import search
from playwright.sync_api import Browser, Page
from site_content import browser_checked_pages, site_roles

from support.allowed_storage import ALLOWED_STORAGE_FILE, allowed_storage

BROWSER_STORAGE = """async () => [
  ...Object.keys(localStorage).map(key => `localStorage ${key}`),
  ...Object.keys(sessionStorage).map(key => `sessionStorage ${key}`),
  ...(await indexedDB.databases()).map(database => `indexedDB ${database.name}`),
  ...(await caches.keys()).map(cache => `CacheStorage ${cache}`),
]"""
# The copy-link control of each tip (issue 4); its name starts with "Kopieer link".
COPY_LINK = re.compile(r"^Kopieer link", re.IGNORECASE)


@dataclass
class FullVisit:
    """What the browser asked for, kept and stored during a visit of the whole site."""

    requests: list[str]
    cookies: list[dict]
    document_cookie: str
    storage: list[str]
    stored_by_page_views: list[str]  # after opening every page, before any choice
    cookies_after_page_views: list[dict]
    stored_by_the_switch: list[str]  # right after switching the colour scheme
    scheme_before: str  # of the page where the scheme is switched
    scheme_on_the_next_page: str


def visit_everything(page: Page, site_dir: Path, site_url: str) -> dict[str, Any]:
    """Open every page, search, follow and copy the tips' links, switch the colour scheme and print.
    What was stored before and after the switch, and the scheme before and after it."""
    for url in browser_checked_pages(site_dir, with_404=True, with_cards=True):  # each translation: its sample
        page.goto(site_url + url)
        page.wait_for_load_state("networkidle")
    seen: dict[str, Any] = {
        "stored_by_page_views": page.evaluate(BROWSER_STORAGE),
        "cookies_after_page_views": page.context.cookies(),
    }
    page.goto(site_url)
    search(page, "school")
    page.keyboard.press("Escape")
    seen["scheme_before"] = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("[data-md-component=palette] button:not([hidden])").click()
    seen["stored_by_the_switch"] = page.evaluate(BROWSER_STORAGE)
    for number, (url, _) in enumerate(site_roles(site_dir).values()):
        page.goto(site_url + url)
        if number == 0:
            seen["scheme_on_the_next_page"] = page.locator("body").get_attribute("data-md-color-scheme")
        for link in page.locator("article a.headerlink").all():
            link.click()
        for control in page.get_by_role("button", name=COPY_LINK).all():
            control.click()
        page.pdf(format="A4")
        page.wait_for_load_state("networkidle")
    return seen


@pytest.fixture(scope="module")
def full_visit(browser: Browser, site_dir: Path, site_url: str) -> Iterator[FullVisit]:
    context = browser.new_context(locale="nl-NL")
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    seen = visit_everything(page, site_dir, site_url)
    yield FullVisit(
        requests, context.cookies(), page.evaluate("document.cookie"), page.evaluate(BROWSER_STORAGE), **seen
    )
    context.close()


def test_no_request_leaves_the_site(full_visit: FullVisit, site_url: str):
    assert len(full_visit.requests) > 20
    site_host = urlsplit(site_url).netloc
    assert [
        url
        for url in full_visit.requests
        if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).netloc != site_host
    ] == []


def test_no_cookie_is_set(full_visit: FullVisit):
    assert full_visit.cookies == []
    assert full_visit.document_cookie == ""


def test_opening_pages_stores_nothing(full_visit: FullVisit):
    """No traces until the visitor chooses: no cookie and nothing in localStorage after a page view of
    every page; sessionStorage only what allowed_storage.yml lists for it."""
    allowed_in_session = {key.entry for key in allowed_storage() if key.storage == "sessionStorage"}
    assert full_visit.cookies_after_page_views == []
    assert [entry for entry in full_visit.stored_by_page_views if entry not in allowed_in_session] == []


def test_a_switched_colour_scheme_is_stored_and_holds_on_the_next_page(full_visit: FullVisit):
    assert "localStorage /.__palette" in full_visit.stored_by_the_switch
    assert (full_visit.scheme_before, full_visit.scheme_on_the_next_page) == ("default", "slate")


def test_browser_storage_holds_only_what_is_allowed(full_visit: FullVisit):
    assert full_visit.storage, (
        "the colour scheme the visitor chose is stored: storing nothing means the site's scripts did not run"
    )
    allowed = {key.entry for key in allowed_storage()}
    unlisted = [entry for entry in full_visit.storage if entry not in allowed]
    assert unlisted == [], f"stored in the browser but not listed, with a reason, in {ALLOWED_STORAGE_FILE.name}"
