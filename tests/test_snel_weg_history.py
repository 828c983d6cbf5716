"""After "Snel weg", Back and Forward never show a page of the site (issue 19), in Chromium's real history.

Each visit goes through pages, same-page links, a tip link, the skip link, a search, a reload and the language
switch to the English pages, in one tab or in a tab opened from a link, then leaves in one of the ways (click, Enter, Shift 3 times). Then Back and
Forward, 10 times each and mixed: every step ends on the neutral site, and no frame with the site's content
is drawn. A script the test adds to every page of the site reports each page that draws its header or
article on an animation frame (the frame the browser then paints), and each page the back/forward cache
restores. Both with that cache on (its restores are counted: without them the "on" case proves nothing)
and off (the browser the suite uses: Playwright starts Chromium with `--disable-back-forward-cache`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from browser_actions import search
from chromium import CHROMIUM, CHROMIUM_ARGS
from playwright.sync_api import Browser, BrowserContext, Page
from quick_exit import history_move, leave, neutral_site

# Reports, per page of the site, the first animation frame in which its header or article is on screen
# (again after each pageshow), and each restore from the back/forward cache. It runs before the page's
# own scripts, so its pageshow listener runs before the site's.
WATCH_PAINTS = """
(site => {
  if (!location.href.startsWith(site)) {
    return;
  }
  const report = what => console.log(`snel-weg-test ${what} ${location.href} ${Date.now()}`);
  const siteShown = () => [...document.querySelectorAll(".md-header, article")].some(
    element => element.checkVisibility({ visibilityProperty: true, opacityProperty: true })
  );
  let reported = false;
  const frame = () => {
    if (!reported && siteShown()) {
      reported = true;
      report("painted");
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  addEventListener("pageshow", event => {
    reported = false;
    if (event.persisted) {
      report("restored");
    }
  });
})
"""
REPORT = "snel-weg-test "
MOVES = ["back"] * 10 + ["forward"] * 10 + ["back", "back", "forward", "back", "forward", "forward", "back"]


REPORT_WAITS = 30
REPORT_WAIT_MS = 100


@dataclass
class Tab:
    page: Page
    reports: list[str] = field(default_factory=list)

    def watch(self, page: Page) -> None:
        page.on("console", lambda message: message.text.startswith(REPORT) and self.reports.append(message.text))


@pytest.fixture(scope="module", params=["bfcache-on", "bfcache-off"])
def history_browser(request: pytest.FixtureRequest, browser: Browser) -> Iterator[tuple[str, Browser]]:
    if request.param == "bfcache-off":
        yield request.param, browser
        return
    with_cache = browser.browser_type.launch(
        executable_path=CHROMIUM, args=CHROMIUM_ARGS, ignore_default_args=["--disable-back-forward-cache"]
    )
    yield request.param, with_cache
    with_cache.close()


@pytest.fixture
def context(history_browser: tuple[str, Browser], site_url: str) -> Iterator[BrowserContext]:
    _, browser = history_browser
    context = browser.new_context(locale="nl-NL")
    context.route(
        lambda url: url.startswith(neutral_site()),
        lambda route: route.fulfill(body="<title>Het weer</title><p>Zon</p>", content_type="text/html"),
    )
    context.add_init_script(f"{WATCH_PAINTS}({site_url!r})")
    yield context
    context.close()


def off_the_site(page: Page, site_url: str) -> None:
    """On the neutral site, or on the tab's first entry (about:blank here, a browser's new-tab page)."""
    page.wait_for_url(
        lambda url: not url.startswith(site_url), wait_until="commit", timeout=15_000
    )  # as leave(): both workers may load the machine


def drawn(page: Page) -> None:
    """Two animation frames later: the page's report of its first painted frame has arrived."""
    page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")


def one_page(page: Page, site_url: str) -> None:
    page.goto(site_url)


def two_pages(page: Page, site_url: str) -> None:
    """Open data, then the home page and its links #hulp and #rollen (as issue 19 found it)."""
    page.goto(f"{site_url}open-data/")
    page.goto(site_url)
    page.click("article a[href='#hulp']")
    page.click("article a[href='#rollen']")


def five_pages(page: Page, site_url: str) -> None:
    """The home page, Alle tips, a tip link and the skip link, Hulp en melden, a search, and a reload."""
    page.goto(site_url)
    page.goto(f"{site_url}alle-tips/")
    page.click("article a[href$='#docent-opgehaald-na-school']")
    page.wait_for_url("**/rollen/docent/#docent-opgehaald-na-school")
    for _ in range(2):
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # "Ga naar inhoud"
    page.wait_for_url("**#__inhoud")
    page.goto(f"{site_url}hulp-en-melden/")
    search(page, "politie")
    page.locator(".md-search-result__link[href*='rollen/politie/']").first.click()
    page.wait_for_url("**/rollen/politie/**")
    page.reload()


def into_english(page: Page, site_url: str) -> None:
    """A Dutch role page, the same page in English through the language switch, then "Help and reporting"."""
    page.goto(f"{site_url}rollen/docent/")
    page.click(".md-header .md-select > button")
    page.click(".md-select__link[hreflang='en']")
    page.wait_for_url(f"{site_url}en/rollen/docent/")
    page.goto(f"{site_url}en/hulp-en-melden/")


VISITS: dict[str, tuple[Callable[[Page, str], None], str]] = {
    "1-page-click": (one_page, "click"),
    "2-pages-Enter": (two_pages, "Enter"),
    "5-pages-Shift-x3": (five_pages, "Shift x3"),
    "into-English-click": (into_english, "click"),
}


def walk_the_history(tab: Tab, site_url: str) -> None:
    for direction in MOVES:
        history_move(tab.page, direction)
        off_the_site(tab.page, site_url)
    drawn(tab.page)


def check(tab: Tab, left_at: int, mode: str, pages_in_cache: bool) -> None:
    # By the time each report was made: a page restored from the cache sends its earlier console messages
    # again, and those are older than the leaving.
    def after() -> list[str]:
        return [report for report in tab.reports if int(report.rsplit(" ", 1)[1]) >= left_at]

    def restored() -> list[str]:
        return [report for report in after() if " restored " in report]

    if mode == "bfcache-on" and pages_in_cache:
        # A restored page's report reaches the test as a console message, which on a busy machine can come
        # after the walk has ended: wait for it a while.
        for _ in range(REPORT_WAITS):
            if restored():
                break
            tab.page.wait_for_timeout(REPORT_WAIT_MS)
    assert [report for report in after() if " painted " in report] == [], "a page of the site was drawn"
    if mode == "bfcache-off":
        assert restored() == []
    elif pages_in_cache:
        assert restored(), "no page came from the back/forward cache: the 'on' case tested nothing"


@pytest.mark.parametrize("visit", VISITS)
def test_back_and_forward_after_leaving_show_no_page_of_the_site(
    history_browser: tuple[str, Browser], context: BrowserContext, site_url: str, visit: str
):
    go, way = VISITS[visit]
    tab = Tab(context.new_page())
    tab.watch(tab.page)
    go(tab.page, site_url)
    drawn(tab.page)
    assert any(" painted " in report for report in tab.reports), "the watcher saw nothing: it proves nothing"
    left_at = tab.page.evaluate("Date.now()")
    leave(tab.page, way)
    walk_the_history(tab, site_url)
    check(tab, left_at, history_browser[0], pages_in_cache=visit != "1-page-click")


def test_in_a_tab_opened_from_a_link_too(history_browser: tuple[str, Browser], context: BrowserContext, site_url: str):
    first = context.new_page()
    first.goto(site_url)
    with context.expect_page() as opened:
        first.click("article a[href$='rollen/docent/']", modifiers=["ControlOrMeta"])
    tab = Tab(opened.value)
    tab.watch(tab.page)
    tab.page.wait_for_load_state()
    tab.page.click(".md-nav a[href$='politie/']")
    tab.page.wait_for_url("**/rollen/politie/")
    drawn(tab.page)
    left_at = tab.page.evaluate("Date.now()")
    leave(tab.page, "click")
    walk_the_history(tab, site_url)
    check(tab, left_at, history_browser[0], pages_in_cache=True)


def test_in_the_offline_copy_too(browser: Browser, site_variant: Callable[[dict[str, str]], Path]):
    """From file://, Chromium keeps one sessionStorage for all the copy's pages, so the guard holds there too.
    (Firefox gives each file its own origin: there the earlier pages stay; CONTRIBUTING.md says so.)"""
    copy = site_variant({"OFFLINE": "true"})
    context = browser.new_context(locale="nl-NL")
    context.route(
        lambda url: url.startswith(neutral_site()), lambda route: route.fulfill(body="<title>Het weer</title>")
    )
    page = context.new_page()
    for built in ("index.html", "rollen/docent.html", "rollen/politie.html"):
        page.goto((copy / built).as_uri())
    leave(page, "Enter")
    for direction in ["back"] * 4 + ["forward"] * 4:
        history_move(page, direction)
        off_the_site(page, copy.as_uri())
    context.close()
