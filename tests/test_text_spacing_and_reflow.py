"""Every page still works with the text spacing of WCAG 1.4.12 and at 320 px wide (WCAG 1.4.10).

- Text spacing (line height 1.5, paragraphs 2 em apart, letters 0.12 em, words 0.16 em), on a phone
  (375 px, real emulation) and a desktop screen: no page scrolls sideways, "Snel weg" stays whole
  inside the screen, and the header's controls do not overlap. With the search open on the phone,
  its clear button stays clear of "Snel weg".
- At 320 px (a phone, real emulation): no page scrolls sideways and the header's controls are all on
  screen, side by side.
- In a desktop window 320 px wide: no page, and no part of one, scrolls sideways.

"Every page" is every Dutch page and each translation's sample (site_content.TRANSLATION_SAMPLE).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_actions import wait_until_settled
from playwright.sync_api import Browser, Page
from sideways_scroll import SIDEWAYS_SCROLL
from site_content import browser_checked_pages

from screens import DESKTOP, PHONE

TEXT_SPACING = """
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
"""
HEADER_CONTROLS = ".snel-weg__knop, .md-header__button:not([hidden]), .md-header__title"
LAYOUT_FAULTS = """selector => {
  const faults = []
  const root = document.documentElement
  if (root.scrollWidth > innerWidth) faults.push(`the page is ${root.scrollWidth} px wide on a ${innerWidth} px screen`)
  const visible = [...document.querySelectorAll(selector)]
    .filter(element => element.checkVisibility() && element.getBoundingClientRect().width > 0)
  const boxes = visible.map(element => [element, element.getBoundingClientRect()])
  for (const [element, box] of boxes) {
    if (box.left < 0 || box.right > innerWidth + 0.5 || box.top < 0)
      faults.push(`${element.className} is cut off by the screen's edge: ${JSON.stringify(box)}`)
  }
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const [a, boxA] = boxes[i], [b, boxB] = boxes[j]
    const overlap = Math.min(boxA.right, boxB.right) - Math.max(boxA.left, boxB.left)
    const verticalOverlap = Math.min(boxA.bottom, boxB.bottom) - Math.max(boxA.top, boxB.top)
    if (overlap > 0.5 && verticalOverlap > 0.5) faults.push(`${a.className} and ${b.className} overlap by ${overlap} px`)
  }
  return faults
}"""


def every_page(site_dir: Path) -> list[str]:
    return browser_checked_pages(site_dir, with_404=True)


@pytest.fixture
def spaced_page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    context = browser.new_context(locale="nl-NL", **request.param)
    context.add_init_script(f"""document.addEventListener("DOMContentLoaded", () => {{
      const style = document.createElement("style"); style.textContent = {TEXT_SPACING!r}; document.head.append(style)
    }})""")
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("spaced_page", [PHONE, DESKTOP], ids=["phone", "desktop"], indirect=True)
def test_text_spacing_on_every_page(spaced_page: Page, site_dir: Path, site_url: str):
    faults = []
    for url in every_page(site_dir):
        spaced_page.goto(site_url + url)
        assert (
            spaced_page.evaluate("getComputedStyle(document.querySelector('.snel-weg__knop')).letterSpacing")
            != "normal"
        )
        wait_until_settled(spaced_page)
        faults += [f"/{url}: {fault}" for fault in spaced_page.evaluate(LAYOUT_FAULTS, HEADER_CONTROLS)]
    assert faults == [], "\n".join(faults)


@pytest.mark.parametrize("spaced_page", [PHONE], ids=["phone"], indirect=True)
def test_with_text_spacing_the_open_search_keeps_its_clear_button_clear_of_snel_weg(spaced_page: Page, site_url: str):
    spaced_page.goto(site_url)
    spaced_page.locator(".md-header__button[data-md-for='__search']").click()
    spaced_page.locator(".md-search__input").fill("school")
    spaced_page.keyboard.press("End")
    clear = spaced_page.locator(".md-search__options button[type='reset']")
    clear.wait_for()
    wait_until_settled(spaced_page)
    box, exit_box = clear.bounding_box(), spaced_page.locator(".snel-weg__knop").bounding_box()
    beside = box["x"] + box["width"] <= exit_box["x"]
    under = box["y"] >= exit_box["y"] + exit_box["height"]  # the button has a row of its own (site.css)
    assert beside or under, (box, exit_box)
    centre = spaced_page.evaluate(
        "([x, y]) => document.elementFromPoint(x, y).closest('button')?.type",
        [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2],
    )
    assert centre == "reset"


def test_every_page_reflows_at_320_px(browser: Browser, site_dir: Path, site_url: str):
    context = browser.new_context(locale="nl-NL", **{**PHONE, "viewport": {"width": 320, "height": 640}})
    page = context.new_page()
    faults = []
    for url in every_page(site_dir):
        page.goto(site_url + url)
        wait_until_settled(page)
        faults += [f"/{url}: {fault}" for fault in page.evaluate(LAYOUT_FAULTS, HEADER_CONTROLS)]
    context.close()
    assert faults == [], "\n".join(faults)


def test_every_page_reflows_in_a_320_px_desktop_window(browser: Browser, site_dir: Path, site_url: str):
    """WCAG 1.4.10 as it is meant: a desktop window 320 CSS px wide (256 high), not a phone, whose emulation
    widens the page to fit its content. Each page is also looked at 305 px wide, what a window of 320 px
    leaves when it draws a scroll bar."""
    context = browser.new_context(locale="nl-NL", viewport={"width": 320, "height": 256})
    page = context.new_page()
    faults = []
    for url in every_page(site_dir):
        page.goto(site_url + url)
        for width in (320, 305):
            page.set_viewport_size({"width": width, "height": 256})
            wait_until_settled(page)
            faults += [f"/{url} at {width} px: {fault}" for fault in page.evaluate(SIDEWAYS_SCROLL)]
    context.close()
    assert faults == [], "\n".join(faults)
