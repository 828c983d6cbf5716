"""The language switch in the header (Material's language selector): a keyboard user reaches it and its
links, on a desktop screen and on a phone (375x667, real emulation), and a phone user taps it open; each
language's link is whole on screen and uncovered, and leads to the same page in that language, both ways.
(That it leaves room for the search button and the quick exit at large text: test_large_text.py.)"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from axe_screen import SCREENS
from interface_texts import texts
from playwright.sync_api import Browser, Page
from site_content import in_language

SWITCH = ".md-header .md-select > button"
ROLE_PAGE = "rollen/docent/"
MAX_STOPS = 20  # the switch comes before the article: the header's controls only
# Whether the element is whole in the viewport and the topmost element at its centre.
WHOLE_AND_ON_TOP = """element => {
  const box = element.getBoundingClientRect()
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
  return box.width > 0 && box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight
    && element.contains(hit)
}"""
WAYS = {
    "desktop-keyboard": ("desktop-1280", "keyboard"),
    "phone-keyboard": ("phone-375x667", "keyboard"),
    "phone-tap": ("phone-375x667", "tap"),
}


@pytest.fixture(params=WAYS)
def way(browser: Browser, request: pytest.FixtureRequest) -> Iterator[tuple[Page, str]]:
    screen, how = WAYS[request.param]
    context = browser.new_context(locale="nl-NL", **SCREENS[screen])
    yield context.new_page(), how
    context.close()


def focused(page: Page, selector: str) -> bool:
    return page.evaluate("selector => document.activeElement.matches(selector)", selector)


def choose(page: Page, how: str, language: str) -> None:
    """Open the switch and choose `language`, as a keyboard or a touch screen user does."""
    link = page.locator(f".md-select__link[hreflang='{language}']")
    if how == "tap":
        page.tap(SWITCH)
        link.wait_for()
        assert link.evaluate(WHOLE_AND_ON_TOP), f"the link to {language} is cut off or covered"
        link.tap()
        return
    for _ in range(MAX_STOPS):
        page.keyboard.press("Tab")
        if focused(page, SWITCH):
            break
    else:
        pytest.fail("Tab never reached the language switch")
    assert page.locator(SWITCH).get_attribute("aria-label")
    for _ in range(MAX_STOPS):
        page.keyboard.press("Tab")
        if focused(page, f".md-select__link[hreflang='{language}']"):
            break
    else:
        pytest.fail(f"Tab never reached the link to {language} in the open switch")
    assert link.evaluate(WHOLE_AND_ON_TOP), f"the focused link to {language} is cut off or covered"
    page.keyboard.press("Enter")


def test_the_switch_leads_to_the_same_page_in_the_other_language_and_back(way: tuple[Page, str], site_url: str):
    page, how = way
    page.goto(site_url + ROLE_PAGE)
    for language in ("en", "nl"):
        choose(page, how, language)
        page.wait_for_url(site_url + in_language(ROLE_PAGE, language))
        assert page.locator("html").get_attribute("lang") == language
        assert page.locator("#snel-weg").inner_text() == texts(language)["snel_weg"]
