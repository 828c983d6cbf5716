"""The quick exit ("Snel weg") in Chromium: the button and Shift ×3 leave at once for the neutral site.
On the English pages ("Leave this site", data/teksten.en.yml) it says its messages in English and leaves
the same way.

The neutral site's requests are fulfilled by the test, so nothing is fetched from the internet.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from chromium import Visit
from interface_texts import texts
from playwright.sync_api import Browser, Page
from quick_exit import BUTTON, history_move, leave, neutral_site, wait_until_left
from site_content import built_pages, in_language, language_of, parse_html

from support.allowed_storage import allowed_storage

MESSAGE = ".snel-weg__melding"
PAGES = ["", "rollen/docent/", "hulp-en-melden/", "veilig-internetten/", "en/rollen/docent/"]
DUTCH = texts("nl")


def answer_for_the_neutral_site(page: Page) -> None:
    page.route(
        lambda url: url.startswith(neutral_site()),
        lambda route: route.fulfill(body="<title>Het weer</title>", content_type="text/html"),
    )


def presses_left(count: int, language: str = "nl") -> str:
    return texts(language)["snel_weg_nog_drukken"].format(aantal=count)


def still_here(page: Page, site_url: str) -> bool:
    return page.url.startswith(site_url) and page.locator("article").is_visible()


@pytest.fixture
def role_page(visit: Visit, site_url: str, request: pytest.FixtureRequest) -> Iterator[Page]:
    """A role page, reached from the home page, with a paused clock and the neutral site answered locally;
    in Dutch, or in the language a test asks for (`indirect`)."""
    language = getattr(request, "param", "nl")
    page = visit.page
    start = datetime(2026, 1, 1, 12, 0)
    page.clock.install(time=start)
    page.clock.pause_at(start + timedelta(seconds=1))
    answer_for_the_neutral_site(page)
    page.goto(site_url + in_language("", language))
    page.goto(site_url + in_language("rollen/docent/", language))
    yield page
    assert visit.page_errors == []
    assert {url for url in visit.requests if not url.startswith((site_url, neutral_site()))} == set()


def test_every_page_has_the_button_as_a_link_to_the_neutral_site_as_its_first_tab_stop(site_dir: Path):
    """No skip link to the button: the button is the first Tab stop, then "Ga naar inhoud" to the article (in the
    page's language)."""
    for page in [*built_pages(site_dir), site_dir / "404.html"]:
        soup = parse_html(page)
        button = soup.select_one(f"a{BUTTON}")
        assert button["href"] == neutral_site(), page
        assert button.get_text(strip=True) == texts(soup.html["lang"])["snel_weg"], page
        assert "niet-printen" in button.parent["class"]
        assert soup.select(f'a[href="{BUTTON}"]') == [], page
        focusable = soup.select("a[href], button:not([tabindex='-1']), input:not([tabindex='-1']), [tabindex='0']")
        visible = [
            element for element in focusable if element.get("type") != "checkbox" and not element.has_attr("hidden")
        ]
        assert visible[0] is button, page
        skip_link = texts(soup.html["lang"])["naar_inhoud"]
        assert visible[1].get_text(strip=True) == skip_link and visible[1]["href"] == "#__inhoud", page
        assert soup.select_one("article#__inhoud"), page


def test_clicking_hides_the_page_at_once(role_page: Page):
    # A 204 answer keeps the browser on this page, so the test can look at it after the click.
    role_page.route(lambda url: url.startswith(neutral_site()), lambda route: route.fulfill(status=204))
    with role_page.expect_request(lambda request: request.url.startswith(neutral_site())):
        role_page.click(BUTTON, no_wait_after=True)
    assert role_page.locator("article").is_hidden()
    assert role_page.locator(BUTTON).is_hidden()
    stored = role_page.evaluate("Object.keys(sessionStorage).map(key => `sessionStorage ${key}`)")
    assert stored and set(stored) <= {key.entry for key in allowed_storage()}


def test_the_site_opened_on_purpose_shows_again_and_a_new_tab_opens_it_normally(visit: Visit, site_url: str):
    """After leaving, a typed address (or a link, a bookmark) opens the site, and Back from there too.
    (No paused clock here: Playwright's clock hides the navigation's timing entry, which the guard reads.)"""
    page = visit.page
    answer_for_the_neutral_site(page)
    page.goto(f"{site_url}rollen/docent/")
    leave(page, "click")
    new_tab = page.context.new_page()
    new_tab.goto(f"{site_url}rollen/politie/")
    assert still_here(new_tab, site_url)
    page.goto(f"{site_url}rollen/politie/")
    page.reload()
    assert still_here(page, site_url)
    page.goto(f"{site_url}hulp-en-melden/")
    history_move(page, "back")
    page.locator("article h1", has_text="Politie").wait_for(timeout=5000)
    assert still_here(page, site_url)


@pytest.mark.parametrize("fragment", ["rollen/docent/#docent-opgehaald-na-school", "#hulp"])
def test_at_a_fragment_the_first_tab_stop_is_still_the_button(visit: Visit, site_url: str, fragment: str):
    """Opened at a tip or a heading, the page does not move and the first Tab goes to the button; Shift+Tab
    and links within the page keep the browser's own order."""
    page = visit.page
    page.goto(f"{site_url}{fragment}")
    scrolled = page.evaluate("scrollY")
    assert scrolled > 0
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == BUTTON.removeprefix("#")
    assert page.evaluate("scrollY") == scrolled
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # "Ga naar inhoud": Tab goes on from the article
    page.wait_for_url("**#__inhoud")
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('article').contains(document.activeElement)")
    page.goto(f"{site_url}{fragment}")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.id") != BUTTON.removeprefix("#")


def test_from_deep_in_the_page_shift_three_times_leaves(role_page: Page):
    """Snel weg is the first Tab stop of a page; from anywhere further on, Shift 3 times leaves at once."""
    role_page.locator(".md-footer a, article a").last.focus()
    leave(role_page, "Shift x3")


def back_leads_before_the_page(page: Page, site_url: str) -> None:
    """Back from the neutral site reaches the visit's entry before, which turns into the neutral site at once
    (test_snel_weg_history.py walks the whole history, painted frames included)."""
    response = history_move(page, "back")
    assert response is not None and response.url.startswith(site_url)
    wait_until_left(page)


def test_clicking_leaves_and_back_does_not_return_to_the_page(role_page: Page, site_url: str):
    role_page.click(BUTTON)
    wait_until_left(role_page)
    back_leads_before_the_page(role_page, site_url)


@pytest.mark.parametrize("role_page", ["nl", "en"], indirect=True)
def test_the_first_tab_stop_is_the_button_and_enter_leaves_without_a_way_back(role_page: Page, site_url: str):
    role_page.keyboard.press("Tab")
    assert role_page.evaluate("document.activeElement.id") == BUTTON.removeprefix("#")
    role_page.keyboard.press("Enter")
    wait_until_left(role_page)
    back_leads_before_the_page(role_page, site_url)


@pytest.mark.parametrize("way_out", ["click", "Enter", "Shift x3"])
def test_after_the_skip_link_and_a_link_within_the_page_back_does_not_return(
    role_page: Page, site_url: str, way_out: str
):
    """ "Ga naar inhoud" and a tip's own link each add a history entry for the same page; leaving removes them."""
    role_page.keyboard.press("Tab")
    role_page.keyboard.press("Tab")
    assert role_page.evaluate("document.activeElement.textContent.trim()") == DUTCH["naar_inhoud"]
    role_page.keyboard.press("Enter")
    role_page.wait_for_url("**#__inhoud")
    first_tip = role_page.locator("article li.tip").first.get_attribute("id")
    role_page.evaluate("tip => { location.hash = tip }", first_tip)  # what following a link to a tip does
    role_page.wait_for_function("location.hash !== '#__inhoud'")
    assert role_page.evaluate("history.length") >= 4
    leave(role_page, way_out)
    back_leads_before_the_page(role_page, site_url)


def message(page: Page) -> str:
    return page.locator(MESSAGE).text_content()


@pytest.mark.parametrize("role_page", ["nl", "en"], indirect=True)
def test_shift_three_times_leaves_and_the_second_press_says_so_first(role_page: Page, site_url: str):
    """One Shift on its own says nothing (NVDA pauses its speech with Shift; Sticky Keys make a capital a
    Shift on its own): the status region speaks from the second press, just before the one that leaves."""
    role_page.keyboard.press("Shift")
    assert message(role_page) == ""
    role_page.keyboard.press("Shift")
    assert message(role_page) == presses_left(1, language_of(role_page.url.removeprefix(site_url)))
    role_page.keyboard.press("Shift")
    wait_until_left(role_page)
    back_leads_before_the_page(role_page, site_url)


def capital_letter_shift_first_up(page: Page) -> None:
    """A capital letter typed the way many people type: Shift is let go before the letter."""
    page.keyboard.down("Shift")
    page.keyboard.down("A")
    page.keyboard.up("Shift")
    page.keyboard.up("A")


def shift_click(page: Page) -> None:
    """Shift+click: extends a text selection."""
    page.keyboard.down("Shift")
    page.locator("article li.tip").first.click()
    page.keyboard.up("Shift")


@pytest.mark.parametrize(
    ("keys", "said"),
    [
        (["Shift+A", "Shift", "Shift"], presses_left(1)),
        ([capital_letter_shift_first_up] * 3, ""),
        (["Shift+A"] * 3, ""),
        ([shift_click] * 3, ""),
        (["Shift", "Shift", "a"], DUTCH["snel_weg_blijven"]),
        (["Shift", "Shift", shift_click], DUTCH["snel_weg_blijven"]),
    ],
    ids=[
        "shift-with-another-key-does-not-count",
        "capitals-let-go-shift-first-say-nothing",
        "capitals-say-nothing",
        "shift-click-does-not-count",
        "another-key-ends-the-count",
        "a-click-ends-the-count",
    ],
)
def test_only_shift_on_its_own_counts(role_page: Page, site_url: str, keys: list, said: str):
    for key in keys:
        role_page.keyboard.press(key) if isinstance(key, str) else key(role_page)
    assert message(role_page) == said
    assert still_here(role_page, site_url)


@pytest.mark.parametrize("role_page", ["nl", "en"], indirect=True)
def test_each_press_must_follow_within_five_seconds_and_the_region_then_empties(role_page: Page, site_url: str):
    language = language_of(role_page.url.removeprefix(site_url))
    role_page.keyboard.press("Shift")
    role_page.clock.run_for(4_900)
    role_page.keyboard.press("Shift")
    role_page.clock.run_for(4_900)
    assert message(role_page) == presses_left(1, language)
    role_page.clock.run_for(200)
    assert message(role_page) == texts(language)["snel_weg_blijven"]
    role_page.clock.run_for(5_000)
    assert message(role_page) == ""
    role_page.keyboard.press("Shift")
    assert message(role_page) == ""
    role_page.keyboard.press("Shift")
    assert message(role_page) == presses_left(1, language)
    assert still_here(role_page, site_url)


def test_without_javascript_the_button_is_an_ordinary_link(browser: Browser, site_url: str):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    answer_for_the_neutral_site(page)
    page.goto(f"{site_url}rollen/docent/")
    page.click(BUTTON)
    wait_until_left(page)
    context.close()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_button_stays_in_the_header_bar_and_covers_no_content(browser: Browser, site_url: str, language: str):
    for width in (1280, 375):
        page = browser.new_page(viewport={"width": width, "height": 600})
        page.goto(site_url + in_language("hulp-en-melden/", language))
        page.mouse.wheel(0, 2000)
        page.wait_for_function("window.scrollY > 0")
        button, header, controls = (
            page.locator(selector).bounding_box() for selector in (BUTTON, ".md-header", ".md-header__inner")
        )
        assert header["y"] == 0, width
        assert button["y"] >= 0 and button["y"] + button["height"] <= header["height"], width
        assert button["x"] >= controls["x"] + controls["width"] and button["x"] + button["width"] <= width, width
        page.close()


def test_the_search_still_opens_its_results_under_the_header(visit: Visit, site_url: str):
    """Material's search styles select the header as a sibling of the search toggle: the button must not wrap it."""
    visit.page.goto(f"{site_url}rollen/docent/")
    visit.page.locator(".md-search__input").fill("politie")
    visit.page.keyboard.press("End")
    visit.page.locator(".md-search-result__item").first.click()
    visit.page.wait_for_url("**/rollen/politie/**")


def test_the_button_is_not_printed(visit: Visit, site_url: str):
    visit.page.goto(site_url)
    assert visit.page.locator(BUTTON).is_visible()
    visit.page.emulate_media(media="print")
    assert visit.page.locator(BUTTON).is_hidden()


@pytest.mark.parametrize("path", PAGES)
def test_no_accessibility_violations(visit: Visit, site_url: str, path: str):
    visit.page.goto(f"{site_url}{path}")
    visit.page.keyboard.press("Shift")
    results = Axe().run(visit.page)
    assert results.violations_count == 0, results.generate_report()
