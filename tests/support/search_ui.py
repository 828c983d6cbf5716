"""Drive Material's own search UI in Chromium: type a query, press a key, read the result list."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import yaml
from playwright.sync_api import Page

from model import DEFAULT_LANGUAGE

QUERIES_PATH = Path(__file__).parent / "search_queries.yml"
SEARCH_INPUT = "input.md-search__input"
RESULT_META = ".md-search-result__meta"
RESULT_PAGES = ".md-search-result__item > a.md-search-result__link:first-child"

# The result count line shows the "type to start" placeholder once the worker has answered an empty box,
# and a count (or "no results") once it has answered a query.
PLACEHOLDER_SHOWN = "([meta, placeholder]) => document.querySelector(meta).textContent.trim() === placeholder"
RESULTS_SHOWN = "([meta, placeholder]) => document.querySelector(meta).textContent.trim() !== placeholder"


# Each language's part of the query suite that the search is tuned against, and its held-out parts.
TUNED = {"nl": "zoekvragen", "en": "en-zoekvragen"}
HELD_OUT = {
    "nl": (
        "achtergehouden",
        "achtergehouden-woorden",
        "achtergehouden-vakwoorden",
        "achtergehouden-ronde-3",
        "achtergehouden-ronde-4",
        "achtergehouden-ronde-5",
        "achtergehouden-ronde-6",
        "achtergehouden-ronde-7",
        "achtergehouden-ronde-8",
        "achtergehouden-ronde-9",
        "achtergehouden-ronde-10",
    ),
    "en": (
        "en-achtergehouden",
        "en-achtergehouden-vakwoorden",
        "en-achtergehouden-ronde-3",
        "en-achtergehouden-ronde-4",
        "en-achtergehouden-ronde-5",
        "en-achtergehouden-ronde-6",
        "en-achtergehouden-ronde-7",
        "en-achtergehouden-ronde-8",
        "en-achtergehouden-ronde-9",
        "en-achtergehouden-ronde-10",
    ),
}


def parts_in(language: str, path: Path = QUERIES_PATH) -> list[str]:
    """Every part of the query file in `language`: its tuned and held-out parts, and any other part (a training
    round's, until its queries move) by its name: `en-oefenronde` is English, a name without a language code
    first is Dutch."""
    known = {part: code for code in TUNED for part in (TUNED[code], *HELD_OUT[code])}

    def language_of(part: str) -> str:
        return known.get(part) or next((code for code in TUNED if part.startswith(f"{code}-")), DEFAULT_LANGUAGE)

    return [part for part in query_parts(path) if language_of(part) == language]


WAY_ON = ".zoeken-verder"
RESULT_HEADER_LINE = ".md-search-result__meta"
GENERAL_PAGES = ("alle-tips/", "hulp-en-melden/")


def load_queries(path: Path = QUERIES_PATH, part: str = "zoekvragen") -> list[dict]:
    """The query suite: each entry has `zoekterm` (the query), `soort` (kind) and what it expects: `rol` (the
    role slug whose page ranks first), `algemeen: true` (the general pages are offered above the results) or
    `niets: true` (no results, and the way on) or `pagina` (`alle-tips` or `hulp-en-melden` ranks first). `part`
    is a language's part that is tuned against (TUNED) or one of its held-out parts (HELD_OUT)."""
    return [dict(query) for query in query_parts(path)[part]]


@cache
def query_parts(path: Path) -> dict[str, list[dict]]:
    """The query file, read once per process (it is long, and every test reads one or more of its parts)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


@dataclass
class Outcome:
    """What a search showed: the result pages, best first, and the links offered above them (site paths)."""

    pages: list[str]
    offered: list[str]


def search_outcome(page: Page, query: str, site_url: str | None = None) -> Outcome:
    pages = search(page, query, site_url)
    base = site_url or page.url
    offered = page.locator(f"{WAY_ON} a").evaluate_all("links => links.map(a => a.href)")
    return Outcome(pages, [site_path(base, href) for href in offered])


# Many queries, each as `search_outcome` reads it, in one call into the page: the box gets each query as typing
# does (its value, then the `input` and `keyup` events Material listens to), after an empty box has shown the
# placeholder; the answer is read once the result count line has changed. A query that gets no answer within
# the time limit fails the call, naming it.
OUTCOMES_IN_PAGE = """async ([queries, input, meta, resultPages, wayOn, placeholder, limit]) => {
  const box = document.querySelector(input)
  const line = () => document.querySelector(meta).textContent.trim()
  const until = (done, query) => new Promise((resolve, reject) => {
    if (done()) return resolve()
    const watch = new MutationObserver(() => { if (done()) { stop(); resolve() } })
    const timer = setTimeout(() => { stop(); reject(new Error(`no answer for ${JSON.stringify(query)}`)) }, limit)
    function stop() { watch.disconnect(); clearTimeout(timer) }
    watch.observe(document.querySelector(meta), { childList: true, characterData: true, subtree: true })
  })
  const type = text => {
    box.value = text
    box.dispatchEvent(new Event("input", { bubbles: true }))
    box.dispatchEvent(new KeyboardEvent("keyup", { key: "End", bubbles: true }))
  }
  const outcomes = []
  for (const query of queries) {
    type("")
    await until(() => line() === placeholder, query)
    type(query)
    await until(() => line() !== placeholder, query)
    outcomes.push({
      pages: [...document.querySelectorAll(resultPages)].map(link => link.getAttribute("href")),
      offered: [...document.querySelectorAll(`${wayOn} a`)].map(link => link.href)
    })
  }
  return outcomes
}"""
ANSWER_LIMIT_MS = 10_000


def search_outcomes(page: Page, queries: list[str], site_url: str) -> dict[str, Outcome]:
    """What the search showed for each query, as `search_outcome` reads it, in the open search box; quick for a
    long list, as the page runs through it in one call and reads each answer as soon as the result line changes (a
    MutationObserver: polling by animation frames made the tuned suite five times slower)."""
    placeholder = translations(page)["search.result.placeholder"]
    found = page.evaluate(
        OUTCOMES_IN_PAGE, [queries, SEARCH_INPUT, RESULT_META, RESULT_PAGES, WAY_ON, placeholder, ANSWER_LIMIT_MS]
    )
    return {
        query: Outcome(
            [site_path(site_url, href) for href in outcome["pages"]],
            [site_path(site_url, href) for href in outcome["offered"]],
        )
        for query, outcome in zip(queries, found, strict=True)
    }


def role_pages_of_site(page: Page, site_url: str | None = None) -> list[str]:
    """The role pages in the page's navigation, as paths from `site_url` (by default the page's address)."""
    hrefs = page.locator(".md-nav--primary a.md-nav__link[href]").evaluate_all(
        "links => [...new Set(links.map(a => a.href.split('#')[0]))]"
    )
    paths = [site_path(site_url or page.url, href) for href in hrefs]
    return [path for path in paths if path.startswith("rollen/")]


def judge(query: dict, outcome: Outcome, roles: list[str]) -> tuple[bool, bool]:
    """(right at the top, right within the first three) for a query of the suite and what its search showed."""
    if query.get("niets"):
        right = outcome.pages == [] and outcome.offered == [*GENERAL_PAGES, *roles]
        return right, right
    if query.get("algemeen"):
        right = outcome.offered[:2] == list(GENERAL_PAGES)
        return right, right
    expected = f"{query['pagina']}/" if "pagina" in query else role_page_path(query["rol"])
    return outcome.pages[:1] == [expected], expected in outcome.pages[:3]


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


def search(page: Page, query: str, site_url: str | None = None) -> list[str]:
    """Search for `query` in the open search box; return the result pages, best first, as paths from
    `site_url` (by default the page's own address)."""
    placeholder = clear_search(page)
    type_query(page, query)
    page.wait_for_function(RESULTS_SHOWN, arg=[RESULT_META, placeholder])
    base = site_url or page.url
    return [
        site_path(base, href)
        for href in page.locator(RESULT_PAGES).evaluate_all("links => links.map(a => a.getAttribute('href'))")
    ]


def site_path(base: str, href: str) -> str:
    """`rollen/docent/` for a result link to `http://host/rollen/docent/?h=leraar#docent-dure-spullen`."""
    path = urlsplit(urljoin(base, href)).path
    return path.removeprefix(urlsplit(base).path)
