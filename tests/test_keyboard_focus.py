"""With the keyboard alone a visitor reaches every control of a page, and sees where the focus is.

Tab goes through the home page and a role page, on a phone and a desktop screen. Every control the
page renders (links, buttons, form fields, anything with a tabindex) must get the focus, and at each
stop the screen must look different from the same moment without focus: a focus indicator that is
missing, hidden behind something or off screen leaves the two screenshots equal. Labels are not
stops of their own: the hidden checkbox or radio button they stand for is (or, for Material's
drawer and search toggles, the drawer's links and the search field are).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from browser_actions import wait_until_settled
from site_content import site_roles

WIDTHS = [375, 1280]
FOCUS_NEW_ELEMENT = """() => {
  window.reachedByTab ??= new Set()
  const element = document.activeElement
  if (element === document.body || window.reachedByTab.has(element)) return null
  window.reachedByTab.add(element)
  return element.outerHTML.slice(0, 160)
}"""
CONTROLS_NOT_REACHED = """() => {
  const reached = [...(window.reachedByTab ?? [])]
  const controls = document.querySelectorAll(
    'a[href], button, input, select, textarea, summary, [tabindex]')
  return [...controls]
    .filter(control => control.getAttribute("tabindex") !== "-1" && !control.disabled)
    .filter(control => control.checkVisibility({visibilityProperty: true}))
    .filter(control => !reached.includes(control))
    .filter(control => !(control.type === "radio" && reached.some(other => other.name === control.name)))
    .map(control => control.outerHTML.slice(0, 160))
}"""
MAX_STOPS = 100


@pytest.mark.parametrize("width", WIDTHS)
def test_tab_reaches_every_control_and_shows_the_focus(browser: Browser, site_dir: Path, site_url: str, width: int):
    context = browser.new_context(locale="nl-NL", viewport={"width": width, "height": 800})
    page = context.new_page()
    role_url = next(iter(site_roles(site_dir).values()))[0]
    invisible_focus, not_reached = [], []
    for url in ["", role_url]:
        page.goto(site_url + url)
        stops = 0
        for _ in range(MAX_STOPS):
            page.keyboard.press("Tab")
            wait_until_settled(page)
            focused = page.evaluate(FOCUS_NEW_ELEMENT)
            if focused is None:
                break
            stops += 1
            with_focus = page.screenshot()
            page.evaluate("document.activeElement.blur()")
            wait_until_settled(page)
            if page.screenshot() == with_focus:
                invisible_focus.append(f"/{url}: {focused}")
        assert stops > 5, f"/{url}: Tab reached only {stops} controls"
        not_reached += [f"/{url}: {control}" for control in page.evaluate(CONTROLS_NOT_REACHED)]
    context.close()
    assert invisible_focus == []
    assert not_reached == []
