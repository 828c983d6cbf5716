"""Search costs nothing until it is used, and a search never ends on an empty screen.

Every request of the browser tab, the search worker's own included, is recorded (Playwright reports a
worker's requests on the browser context). Before the visitor uses the search, no request for the search
index, a search worker or lunr may happen; once the visitor focuses or opens the search, it works.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_screen import Screen
from interface_texts import texts
from playwright.sync_api import Browser, BrowserContext, Page
from search_ui import (
    GENERAL_PAGES,
    SEARCH_INPUT,
    WAY_ON,
    clear_search,
    role_pages_of_site,
    search,
    search_outcome,
    type_query,
)
from static_server import serve

from pages import fill

SEARCH_FILES = ("search/search_index.json", "search/search_index.js", "/workers/", "/lunr/")
# One phone, the narrow one (why not a second size: tests/support/axe_screen.py, SCREENS).
PHONES = {
    "375x667": {"viewport": {"width": 375, "height": 667}, "device_scale_factor": 2},
}


class Tab:
    """A browser tab whose every request (a worker's too) is recorded, with its errors."""

    def __init__(self, context: BrowserContext) -> None:
        self.context = context
        self.requests: list[str] = []
        self.errors: list[str] = []
        context.on("request", lambda request: self.requests.append(request.url))
        self.page: Page = context.new_page()
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))

    def search_requests(self) -> list[str]:
        return [url for url in self.requests if any(part in urlsplit(url).path for part in SEARCH_FILES)]

    def load(self, url: str) -> None:
        """Open `url` and wait until the network has been idle for half a second."""
        self.page.goto(url)
        self.page.wait_for_load_state("networkidle")


@pytest.fixture
def tab(browser: Browser) -> Iterator[Tab]:
    context = browser.new_context(locale="nl-NL")
    yield Tab(context)
    context.close()


@pytest.fixture(params=sorted(PHONES))
def phone_tab(request: pytest.FixtureRequest, browser: Browser) -> Iterator[Tab]:
    context = browser.new_context(locale="nl-NL", is_mobile=True, has_touch=True, **PHONES[request.param])
    yield Tab(context)
    context.close()


def assert_search_files_requested(tab: Tab) -> None:
    paths = [urlsplit(url).path for url in tab.search_requests()]
    assert any(path.endswith("search/search_index.json") for path in paths), paths
    assert any("/workers/search-query.js" in path for path in paths), paths
    assert any("/workers/search." in path for path in paths), paths
    assert any("/lunr/" in path for path in paths), paths


@pytest.mark.parametrize("address", ["", "rollen/docent/", "hulp-en-melden/", "bestaat-niet/"])
def test_no_search_request_until_the_search_box_is_focused(site_url: str, tab: Tab, address: str):
    tab.load(site_url + address)
    tab.page.mouse.wheel(0, 400)
    tab.page.locator("article").first.click(position={"x": 5, "y": 5})
    tab.page.wait_for_load_state("networkidle")
    assert tab.search_requests() == []
    tab.page.locator(SEARCH_INPUT).click()
    assert "rollen/docent/" in search(tab.page, "leraar", site_url)
    assert_search_files_requested(tab)
    page_not_found = ["Failed to load resource: the server responded with a status of 404 (Not Found)"]
    assert tab.errors == (page_not_found if address == "bestaat-niet/" else [])


def test_on_an_english_page_its_own_index_loads_on_first_use_and_a_result_leads_to_an_english_page(
    site_url: str, tab: Tab
):
    english = site_url + "en/"
    tab.load(english + "rollen/politie/")
    tab.page.mouse.wheel(0, 400)
    tab.page.wait_for_load_state("networkidle")
    assert tab.search_requests() == []
    tab.page.locator(SEARCH_INPUT).click()
    assert search(tab.page, "recognising", english)[:1] == [""]  # the home page: "tips to recognise signs"
    assert search(tab.page, "teachr", english)[:1] == ["rollen/docent/"]
    paths = [urlsplit(url).path for url in tab.search_requests()]
    assert [path for path in paths if path.endswith("search_index.json")] == ["/en/search/search_index.json"]
    assert any("/workers/search-query.js" in path for path in paths), paths  # lunr's English is in Material's worker
    tab.page.locator(SEARCH_INPUT).press("Enter")
    tab.page.wait_for_url(f"{english}rollen/docent/**")
    assert tab.errors == []


def test_typing_at_once_after_focus_finds_results(site_url: str, tab: Tab):
    tab.load(site_url + "rollen/politie/")
    tab.page.locator(SEARCH_INPUT).click()
    type_query(tab.page, "juf")
    tab.page.locator(".md-search-result__link[href*='rollen/docent/']").first.wait_for()
    assert tab.errors == []


def test_the_search_key_counts_as_use(site_url: str, tab: Tab):
    tab.load(site_url + "rollen/docent/")
    assert tab.search_requests() == []
    tab.page.keyboard.press("/")
    assert tab.page.evaluate("document.activeElement.matches('input.md-search__input')")
    assert "rollen/huisarts/" in search(tab.page, "POH", site_url)
    assert_search_files_requested(tab)


def test_on_a_phone_opening_the_search_counts_as_use(site_url: str, phone_tab: Tab):
    phone_tab.load(site_url + "rollen/docent/")
    assert phone_tab.search_requests() == []
    phone_tab.page.locator("button.md-header__button[data-md-for=__search]").tap()
    assert search(phone_tab.page, "wijkteam", site_url)[:1] == ["rollen/hulpverlener/"]
    assert_search_files_requested(phone_tab)
    assert phone_tab.errors == []


def test_a_page_opened_from_a_result_marks_the_words_without_starting_the_worker(site_url: str, tab: Tab):
    tab.load(site_url + "rollen/docent/?h=spullen#docent-dure-spullen")
    tab.page.locator("article mark", has_text="spullen").first.wait_for()
    paths = [urlsplit(url).path for url in tab.search_requests()]
    assert [path for path in paths if path.endswith("search/search_index.json")] != []
    assert [path for path in paths if "/workers/" in path or "/lunr/" in path] == []


def test_a_search_that_finds_nothing_offers_a_way_on(site_url: str, site_dir: Path, tab: Tab):
    tab.load(site_url + "rollen/politie/")
    tab.page.locator(SEARCH_INPUT).click()
    roles = role_pages_of_site(tab.page, site_url)
    assert len(roles) == 9
    for query in ("vakantiehuis", "parkeerplaats", "kapsalon"):
        outcome = search_outcome(tab.page, query, site_url)
        assert outcome.pages == []
        assert outcome.offered == [*GENERAL_PAGES, *roles]
        box = tab.page.locator(WAY_ON)
        assert f"We vonden niets voor „{query}”." in box.inner_text()
        assert box.get_by_role("link", name="Hulp en melden").count() == 1
        assert box.get_by_role("link", name="Alle tips").count() == 1
    for path in outcome.offered:
        # "Alle tips" (alle-tips/) is a page of its own, added in another change
        assert path == "alle-tips/" or (site_dir / path / "index.html").is_file(), path
    # the way on goes as soon as the search finds something again
    assert search(tab.page, "leraar", site_url)[:1] == ["rollen/docent/"]
    assert tab.page.locator(WAY_ON).count() == 0
    clear_search(tab.page)
    assert tab.page.locator(WAY_ON).count() == 0
    assert tab.errors == []


def test_on_an_english_page_the_way_on_speaks_english_and_leads_to_english_pages(site_url: str, tab: Tab):
    """Its texts and links come from the page (partials/search-on-demand.html), in the page's language."""
    english_root = site_url + "en/"
    tab.load(english_root + "rollen/politie/")
    tab.page.locator(SEARCH_INPUT).click()
    roles = role_pages_of_site(tab.page, english_root)
    assert len(roles) == 9
    outcome = search_outcome(tab.page, "xqzvw", english_root)
    assert (outcome.pages, outcome.offered) == ([], [*GENERAL_PAGES, *roles])
    box = tab.page.locator(WAY_ON)
    assert fill(texts("en")["niets_gevonden"], zoekwoord="xqzvw") in box.inner_text()
    assert box.get_attribute("aria-label") == texts("en")["verder_zoeken"]
    assert box.get_by_role("link", name=texts("en")["hulp_en_melden"]).count() == 1


def test_a_search_for_the_subject_offers_the_general_pages_above_the_results(site_url: str, tab: Tab):
    tab.load(site_url)
    tab.page.locator(SEARCH_INPUT).click()
    for query in ("uitbuiting", "mensenhandel", "criminele uitbuiting", "pooierboy"):
        outcome = search_outcome(tab.page, query, site_url)
        assert outcome.pages[:1] == ["alle-tips/"]  # data/zoekwoorden.yml leads these words there
        assert outcome.offered == list(GENERAL_PAGES)
    assert search_outcome(tab.page, "dure spullen", site_url).offered == []


def test_the_way_on_works_on_a_phone(site_url: str, phone_tab: Tab):
    phone_tab.load(site_url + "rollen/docent/")
    phone_tab.page.locator("button.md-header__button[data-md-for=__search]").tap()
    outcome = search_outcome(phone_tab.page, "vakantiehuis", site_url)
    assert outcome.offered[:2] == list(GENERAL_PAGES)
    link = phone_tab.page.locator(WAY_ON).get_by_role("link", name="Hulp en melden")
    link.tap()
    phone_tab.page.wait_for_url("**/hulp-en-melden/")


@pytest.fixture(scope="module")
def subpath_url(site_variant: Callable[[dict[str, str]], Path]) -> Iterator[str]:
    with serve(
        site_variant({"SITE_URL": "https://intranet.voorbeeld.nl/mensenhandel/"}), prefix="/mensenhandel/"
    ) as url:
        yield url


def test_under_a_sub_path_the_search_waits_and_the_way_on_stays_inside(subpath_url: str, tab: Tab):
    tab.load(subpath_url + "rollen/docent/")
    assert tab.search_requests() == []
    tab.page.locator(SEARCH_INPUT).click()
    search(tab.page, "vakantiehuis")
    hrefs = tab.page.locator(f"{WAY_ON} a").evaluate_all("links => links.map(a => a.href)")
    assert f"{subpath_url}alle-tips/" in hrefs and f"{subpath_url}hulp-en-melden/" in hrefs
    assert all(href.startswith(subpath_url) for href in hrefs)
    assert_search_files_requested(tab)
    assert tab.errors == []


def test_the_way_on_and_the_general_pages_pass_axe(screen: Screen, site_url: str):
    screen.open(site_url + "rollen/docent/")
    screen.page.locator(SEARCH_INPUT).focus()
    found = []
    for query in ("vakantiehuis", "uitbuiting"):
        assert search_outcome(screen.page, query, site_url).offered[:2] == list(GENERAL_PAGES)
        found += screen.violations()
    assert found == []
