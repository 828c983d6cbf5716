"""Enter and Escape in the search, and Escape in the phone's menu, as a keyboard user meets them.

Enter never submits the search form: the search word stays out of the address and the history, also
when nothing is found (the way on is shown), and the form itself submits nowhere. Enter opens the best
result when there is one, else it moves to the way on. Escape closes the search or the menu and puts
the focus back where it came from (WCAG 2.4.3), on a desktop and on an emulated phone, in Dutch and in
English (whose search has its own index and the way on in English).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from axe_screen import SCREENS
from interface_texts import texts
from playwright.sync_api import Browser, Page
from search_ui import SEARCH_INPUT, WAY_ON
from site_content import in_language

ROLE_PAGE = "rollen/docent/"
# A late answer of the search, as Material shows one: the line above the results written anew (the way on
# watches that line with a MutationObserver, whose callback runs before the next task).
ANSWER_AGAIN = """async () => {
  const meta = document.querySelector(".md-search-result__meta")
  meta.textContent = meta.textContent
  await new Promise(done => setTimeout(done))
}"""
NOTHING_FOUND = "vakantiehuis"  # on no page in any language: nothing is found, and the way on is shown
SUBJECT = "mensenhandel"  # results, with the general pages offered above them
SEARCH_BUTTON = '.md-header button[data-md-for="__search"]'
MENU_BUTTON = '.md-header button[data-md-for="__drawer"]'
COLOUR_TOGGLE = "button.kleurenschema:not([hidden])"
DESKTOP = {"viewport": {"width": 1280, "height": 800}}
PHONE = SCREENS["phone-375x667"]
FOCUSED = "document.activeElement === document.querySelector(selector)"
# Marks the control that has the focus, to find it again after the focus has left it.
CAME_FROM = "[data-test-came-from]"
MARK_FOCUSED = """() => {
  document.querySelector("[data-test-came-from]")?.removeAttribute("data-test-came-from")
  document.activeElement.setAttribute("data-test-came-from", "")
}"""
# A page that starts to leave (a form submitted) says so at once, before the next page's address shows.
NOTE_LEAVING = "addEventListener('beforeunload', () => { window.leaving = true })"


class Tab:
    """A page at one screen, with the errors it raised."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.errors: list[str] = []
        page.on("pageerror", lambda error: self.errors.append(str(error)))

    def focused(self, selector: str) -> bool:
        return self.page.evaluate(f"selector => {FOCUSED}", selector)

    def address(self) -> tuple[str, int]:
        return self.page.url, self.page.evaluate("history.length")


@pytest.fixture
def tab(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Tab]:
    context = browser.new_context(locale="nl-NL", **getattr(request, "param", DESKTOP))
    yield Tab(context.new_page())
    context.close()


def open_search_by_keyboard(tab: Tab) -> str:
    """Open the search as a keyboard user does; return the control the focus came from."""
    page = tab.page
    if page.locator(SEARCH_BUTTON).is_visible():
        page.locator(SEARCH_BUTTON).focus()
        page.keyboard.press("Enter")
        origin = SEARCH_BUTTON
    else:  # Tab on from the colour toggle, through the language switch, to the search box
        page.locator(COLOUR_TOGGLE).focus()
        for _ in range(5):
            page.evaluate(MARK_FOCUSED)
            page.keyboard.press("Tab")
            if tab.focused(SEARCH_INPUT):
                break
        origin = CAME_FROM
    assert tab.focused(SEARCH_INPUT)
    return origin


def quoted(word: str, language: str) -> str:
    """`word` between the quotes that the way on puts around a search word in `language`."""
    before, after = texts(language)["niets_gevonden"].split("{zoekwoord}")
    return before[-1] + word + after[0]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("tab", [DESKTOP, PHONE], ids=["desktop", "phone"], indirect=True)
def test_enter_without_results_stays_on_the_page_and_escape_returns_the_focus(tab: Tab, site_url: str, language: str):
    page = tab.page
    page.goto(site_url + in_language(ROLE_PAGE, language))
    page.evaluate(NOTE_LEAVING)
    before = tab.address()
    origin = open_search_by_keyboard(tab)
    page.keyboard.type(NOTHING_FOUND)
    # the answer to the whole word, not to a start
    page.locator(WAY_ON, has_text=quoted(NOTHING_FOUND, language)).wait_for()
    page.keyboard.press("Enter")
    assert tab.focused(f"{WAY_ON} a[href]") and page.locator(WAY_ON).is_visible()
    # On a slow phone the answers to the last keys may come after Enter, each again "nothing found": the way on
    # stays as it is, with the focus in it (as such an answer, Material's line above the results is written anew).
    page.evaluate(ANSWER_AGAIN)
    assert tab.focused(f"{WAY_ON} a[href]") and page.locator(WAY_ON).is_visible()
    # Were Material's Enter to fail again, the form's own submission goes nowhere.
    page.evaluate("document.querySelector('form[name=search]').requestSubmit()")
    page.keyboard.press("Escape")
    # The search closed and the focus back, or else (the form submitted) a new page with the word in its address
    page.wait_for_function(
        f"selector => !document.getElementById('__search').checked && {FOCUSED} || location.search", arg=origin
    )
    assert page.evaluate("window.leaving") is None and tab.address() == before
    assert tab.errors == []


def test_enter_opens_the_best_result_when_the_general_pages_are_offered_above_it(tab: Tab, site_url: str):
    page = tab.page
    page.goto(site_url + ROLE_PAGE)
    page.locator(SEARCH_INPUT).focus()
    page.keyboard.type(SUBJECT)
    page.locator(WAY_ON).wait_for()
    best = page.locator(".md-search-result__link").evaluate_all(
        "links => links.sort((one, other) => other.firstElementChild.dataset.mdScore"
        " - one.firstElementChild.dataset.mdScore)[0].href"
    )
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == best and "query=" not in page.url
    assert tab.errors == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_search_of_only_spaces_offers_the_way_on(tab: Tab, site_url: str, language: str):
    shown = texts(language)
    page = tab.page
    page.goto(site_url + in_language(ROLE_PAGE, language))
    page.locator(SEARCH_INPUT).focus()
    page.keyboard.type("   ")
    way_on = page.locator(WAY_ON)
    way_on.wait_for(timeout=10000)
    assert way_on.get_by_role("link", name=shown["hulp_en_melden"]).is_visible()
    assert shown["typ_een_woord"].split(",")[0] in way_on.inner_text()


@pytest.mark.parametrize("tab", [PHONE], ids=["phone"], indirect=True)
def test_escape_closes_the_menu_and_returns_to_the_menu_button(tab: Tab, site_url: str):
    page = tab.page
    page.goto(site_url + ROLE_PAGE)
    page.locator(MENU_BUTTON).focus()
    page.keyboard.press("Enter")
    assert page.locator("#__drawer").is_checked() and tab.focused(".md-sidebar--primary a[href]")
    page.keyboard.press("Tab")
    page.keyboard.press("Escape")
    assert not page.locator("#__drawer").is_checked() and tab.focused(MENU_BUTTON)
    assert tab.errors == []
