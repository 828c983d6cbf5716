"""Large text on a phone, set the way a visitor sets it: the browser's text size (Chromium's default font size,
`webkit.webprefs.default_font_size` in a profile's preferences; 20 and 24 px are "large" and "very large",
32 px is 200 %), and the default size, on 320, 375 and 412 px phones (real emulation), on a role page in
Dutch and in English (where the quick exit's label is longer).

- Every header control (menu, search, colour toggle, language switch, "Snel weg", a linked site logo or
  title) is whole on
  screen, the site's name is shown with room for a few letters or not at all (never as a sliver), and the point under its centre and near each of its corners belongs to it: nothing covers
  another, and "Snel weg" never stands where a tap meant for another control lands. Where the bar has no
  room, "Snel weg" takes a row of its own (site.css, "Snel weg").
- With the bar on two rows, the open search starts under "Snel weg": its field is the field. The open menu
  drawer is no wider than the screen, and "Snel weg" stays on top of it.
- At 200 %, "Open data" and "Toegankelijkheid" do not scroll sideways, as a page or in a part of one, in
  either language.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_actions import wait_until_settled
from chromium import CHROMIUM, CHROMIUM_ARGS
from playwright.sync_api import Browser, Page
from sideways_scroll import SIDEWAYS_SCROLL
from site_content import in_language, languages

from screens import PHONE

TEXT_SIZES = (None, 20, 24, 32)  # px; None: Chromium's default (16 px)
TWO_HUNDRED_PERCENT = 32
PHONE_WIDTHS = (320, 375, 412)
ROLE_PAGE = "rollen/docent/"
HEADER_CONTROLS = ".snel-weg__knop, .md-header__button, .md-header__title a"
# What is wrong with the header's controls, in words: each visible control must be inside the screen and own
# the points under its centre and near its corners, and no two may overlap.
HEADER_FAULTS = """selector => {
  const faults = []
  const controls = [...document.querySelectorAll(selector)]
    .filter(control => control.checkVisibility() && control.getBoundingClientRect().width > 0)
  const name = control => control.getAttribute("aria-label") || control.textContent.trim()
  for (const control of controls) {
    const box = control.getBoundingClientRect()
    if (box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight)
      faults.push(`${name(control)} is not whole on screen: ${JSON.stringify(box)}`)
    for (const [x, y] of [[0.5, 0.5], [0.1, 0.1], [0.9, 0.1], [0.1, 0.9], [0.9, 0.9]]) {
      const hit = document.elementFromPoint(box.left + x * box.width, box.top + y * box.height)
      if (!control.contains(hit))
        faults.push(`the point at ${x}, ${y} of ${name(control)} belongs to ${hit && (hit.closest(selector) ? name(hit.closest(selector)) : hit.className)}`)
    }
  }
  for (const [i, a] of controls.entries()) for (const b of controls.slice(i + 1)) {
    const [p, q] = [a.getBoundingClientRect(), b.getBoundingClientRect()]
    if (Math.min(p.right, q.right) > Math.max(p.left, q.left) && Math.min(p.bottom, q.bottom) > Math.max(p.top, q.top))
      faults.push(`${name(a)} and ${name(b)} overlap`)
  }
  if (!controls.some(control => control.matches(".snel-weg__knop"))) faults.push("Snel weg is not shown")
  for (const name of document.querySelectorAll(".md-header__title > .md-header__ellipsis")) {
    const width = name.getBoundingClientRect().width
    if (name.checkVisibility({ visibilityProperty: true }) && width < 3 * parseFloat(getComputedStyle(name).fontSize))
      faults.push(`the site's name in the header is cut to a sliver of ${width} px`)
  }
  return faults
}"""


@pytest.fixture(params=TEXT_SIZES, ids=lambda size: f"{size or 'default'}px")
def phone(browser: Browser, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[tuple[Page, int | None]]:
    """A phone whose browser has this text size: a Chromium profile of its own with that preference."""
    size = request.param
    profile = tmp_path / "profile"
    (profile / "Default").mkdir(parents=True)
    if size is not None:
        preferences = {"webkit": {"webprefs": {"default_font_size": size}}}
        (profile / "Default" / "Preferences").write_text(json.dumps(preferences), encoding="utf-8")
    context = browser.browser_type.launch_persistent_context(
        profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS, locale="nl-NL", **PHONE
    )
    page = context.pages[0] if context.pages else context.new_page()
    yield page, size
    context.close()


def test_header_controls_are_whole_and_tappable_at_every_text_size(phone: tuple[Page, int | None], site_url: str):
    page, size = phone
    role_pages = [in_language(ROLE_PAGE, language) for language in languages()]
    faults = []
    for url in role_pages:
        for width in PHONE_WIDTHS:
            page.set_viewport_size({"width": width, "height": PHONE["viewport"]["height"]})
            page.goto(site_url + url)
            wait_until_settled(page)
            text_size = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
            assert text_size == 1.25 * (size or 16), "Material's rem is 125 % of the browser's text size"
            faults += [f"/{url} {width} px: {fault}" for fault in page.evaluate(HEADER_FAULTS, HEADER_CONTROLS)]
    assert faults == [], "\n".join(faults)
    if size != TWO_HUNDRED_PERCENT:
        return
    for url in role_pages:  # the bar is on two rows: the open search's field is clear of "Snel weg"
        page.set_viewport_size({"width": PHONE_WIDTHS[-1], "height": PHONE["viewport"]["height"]})
        page.goto(site_url + url)
        page.locator(".md-header__button[data-md-for='__search']").click()
        field = page.locator(".md-search__input")
        field.wait_for()
        wait_until_settled(page)
        box = field.bounding_box()
        hit = "([x, y]) => document.elementFromPoint(x, y)?.matches('.md-search__input')"
        for x in (box["x"] + 2, box["x"] + box["width"] - 2):
            assert page.evaluate(hit, [x, box["y"] + box["height"] / 2]), (x, box)
        assert page.locator(".snel-weg__knop").is_visible()
        page.keyboard.press("Escape")
        page.set_viewport_size({"width": 375, "height": PHONE["viewport"]["height"]})
        page.locator(".md-header__button[data-md-for='__drawer']").click()
        drawer = page.locator(".md-sidebar--primary")
        wait_until_settled(page)
        assert drawer.evaluate("drawer => drawer.getBoundingClientRect().right") <= 375, (
            "the menu drawer fits the screen"
        )
        assert page.evaluate(HEADER_FAULTS, ".snel-weg__knop") == [], (
            f"/{url}: Snel weg stays on top of the open drawer"
        )
    for url in [in_language(url, language) for language in languages() for url in ("open-data/", "toegankelijkheid/")]:
        page.goto(site_url + url)
        wait_until_settled(page)
        faults += [f"/{url}: {fault}" for fault in page.evaluate(SIDEWAYS_SCROLL)]
    assert faults == [], "\n".join(faults)
