"""From a search result to the tip: the visitor lands on the tip's anchor with the searched words marked."""

from urllib.parse import parse_qs, urlsplit

import pytest
from chromium import Visit
from search_ui import SEARCH_INPUT, open_search, search

MARKED = "() => [...document.querySelectorAll('article mark[data-md-highlight]')].map(mark => [mark.closest('h2, li.tip')?.id, mark.textContent])"


def test_a_tip_result_leads_to_the_tip_with_the_words_marked(site_url: str, visit: Visit):
    page = visit.page
    open_search(page, site_url)
    search(page, "dure spullen")
    page.locator(".md-search-result__link[href*='#docent-dure-spullen']").click()
    page.wait_for_url("**/rollen/docent/**#docent-dure-spullen")
    url = urlsplit(page.url)
    assert parse_qs(url.query)["h"] == ["dure spullen"]
    page.wait_for_selector("article mark[data-md-highlight]")
    assert page.evaluate(MARKED) == [["docent-dure-spullen", "dure spullen"]]  # Material joins neighbouring marks
    assert visit.page_errors == [] and visit.console_errors == []


@pytest.mark.parametrize(
    ("query", "anchor", "marked"),
    [
        ("verhoor", "politie-verhoren-beperken", "verhoren"),
        # "patiënt" is a search word (data/zoekwoorden.yml) that leads to this tip: it goes on as itself, so Material
        # marks it where it starts "patiënten"
        ("patienten", "huisarts-alleen-spreken", "patiënt"),
        ("onderbuikgevoal", "huisarts-onderbuikgevoel", "onderbuikgevoel"),
    ],
    ids=["word-form", "without-diacritics", "typo"],
)
def test_enter_goes_to_the_best_tip_and_marks_the_word_found(
    site_url: str, visit: Visit, query: str, anchor: str, marked: str
):
    page = visit.page
    open_search(page, site_url)
    search(page, query)
    page.locator(SEARCH_INPUT).press("Enter")
    page.wait_for_url(f"**#{anchor}")
    page.wait_for_selector("article mark[data-md-highlight]")
    assert page.evaluate(MARKED) == [[anchor, marked]]
