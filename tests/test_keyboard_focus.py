"""With the keyboard alone a visitor reaches every control of a page, and sees where the focus is.

Tab goes through the home page and a role page on a desktop screen (1280 px) and a phone (375 px,
real emulation), each in the light and the dark colour scheme, and on the desktop in forced-colours
mode; and through the English role page on the light desktop and phone (its layout; the colours and the
kinds of control are those of the Dutch pages). Every control the page renders (links, buttons, form fields, anything with a tabindex) must get
the focus. At each stop the focused control is inside the viewport, not hidden under the sticky header
bar or anything else (WCAG 2.4.11): the topmost element at its centre is the control itself. The same
going back with Shift+Tab, which scrolls each control up to the top edge: once for each layout (the light
desktop and phone), as the dark and forced colours move nothing.

The focus indicator is seen: the screenshot with the focus differs from the one without it, in enough
pixels (a 1 px ring around the control) by a contrast of at least 3:1 (WCAG 2.4.7, 1.4.11). A style
sheet draws the indicator for a kind of control (its element and classes, in its part of the page), so
this is checked at the first stop of each kind on each screen, not at every stop.

The colour-scheme toggle is one of the stops on every screen, and works with Enter and Space.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browser_actions import wait_until_settled
from interface_texts import texts
from playwright.sync_api import Browser, Page
from site_content import language_of

from screens import SCREENS, Screen, pixels_changed_with_contrast

PAGES = ["", "rollen/docent/"]
# On the phone's layout screen only: where a translation's longer labels crowd the header bar (the desktop's
# header is checked in each language by test_language_switch.py and test_snel_weg.py).
TRANSLATED_PAGE = "en/rollen/docent/"
TRANSLATED_PAGE_SCREEN = "phone-light"
MAX_STOPS = 120
THEME_TOGGLE = "button.kleurenschema:not([hidden])"
# The screens whose layout Shift+Tab checks too; the others differ from one of them in colours only.
LAYOUT_SCREENS = {"desktop-light", "phone-light"}
# Where the focus is, once nothing moves any more: as browser_actions.wait_until_settled, in the same round trip
# (each Tab stop costs one key press and one evaluation), and without waiting for a transition that only
# repaints (a colour, a shadow, an outline, the opacity), which changes neither where a control is nor what
# lies on top of it. The focus indicator's screenshots wait for every transition.
FOCUSED = """async toggle => {
  const frame = () => new Promise(done => requestAnimationFrame(done))
  const repaintOnly = /(^|-)color$|^outline|^box-shadow$|^opacity$|^fill$/
  const moving = animation => animation.playState === "running"
    && !(animation instanceof CSSTransition && repaintOnly.test(animation.transitionProperty))
  await frame(); await frame()
  const deadline = performance.now() + 10000
  while (document.getAnimations().some(moving)) {
    if (performance.now() > deadline) throw new Error("an animation is still running after 10 s")
    await frame()
  }
  window.reachedByTab ??= new Set()
  const element = document.activeElement
  if (element === document.body || window.reachedByTab.has(element)) return null
  window.reachedByTab.add(element)
  const box = element.getBoundingClientRect()
  const header = document.querySelector(".md-header").getBoundingClientRect()
  // Elements of the header bar, of the drawer and of the search dialog lie over the header or in it.
  const overHeader = element.closest(".md-header, .snel-weg, .md-skip, .md-sidebar--primary, .md-search") !== null
  // A link that wraps has a box per line: look at the first line, and ring every line.
  const lines = [...element.getClientRects()].filter(line => line.width > 0 && line.height > 0)
  const first = lines[0] ?? box
  const left = Math.max(first.left, 0), right = Math.min(first.right, innerWidth)
  const top = Math.max(first.top, 0), bottom = Math.min(first.bottom, innerHeight)
  const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2)
  const ring = lines.reduce((sum, line) =>
    sum + 2 * (Math.min(line.width, innerWidth) + Math.min(line.height, innerHeight)), 0)
  // The kind of control, as a style sheet tells controls apart: its element and classes, and its part of the page;
  // not the class Material's focus-visible polyfill adds to the focused control.
  const part = element.closest(".md-header, .md-sidebar--primary, .md-sidebar--secondary, .md-search, .md-footer, .snel-weg, .md-skip, .md-content")
  return {
    kind: [element.tagName, ...[...element.classList].filter(name => name !== "focus-visible").sort(),
      part?.classList[0] ?? "page"].join(" "),
    html: element.outerHTML.slice(0, 120),
    isToggle: element.matches(toggle),
    box: {x: box.x, y: box.y, width: box.width, height: box.height},
    inViewport: box.left >= -1 && box.top >= -1 && box.right <= innerWidth + 1
      && (box.bottom <= innerHeight + 1 || box.height > innerHeight),
    underHeader: !overHeader && box.top < header.bottom - 1,
    onTop: hit !== null && (element === hit || element.contains(hit) || hit.contains(element) && hit.tagName === "LABEL"),
    ringPixels: Math.round(ring),
  }
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
    .map(control => control.outerHTML.slice(0, 120))
}"""


@pytest.fixture(params=SCREENS, ids=lambda screen: screen.name)
def screen(request: pytest.FixtureRequest) -> Screen:
    return request.param


@pytest.fixture
def page(browser: Browser, screen: Screen) -> Iterator[Page]:
    context = screen.context(browser)
    yield context.new_page()
    context.close()


def test_tab_reaches_every_control_and_shows_the_focus(page: Page, screen: Screen, site_url: str):
    kinds_seen: set[str] = set()
    for path in PAGES + ([TRANSLATED_PAGE] if screen.name == TRANSLATED_PAGE_SCREEN else []):
        page.goto(site_url + path)
        assert page.locator("body").get_attribute("data-md-color-scheme") == screen.material_scheme
        faults = tab_through(page, path, kinds_seen, back=screen.name in LAYOUT_SCREENS)
        assert faults == [], "\n".join(faults)
        assert page.evaluate(CONTROLS_NOT_REACHED) == []


def tab_through(page: Page, path: str, kinds_seen: set[str], back: bool) -> list[str]:
    """Tab to the end of the page, and back if `back`; the faults found. The focus indicator is measured at
    the first stop of each kind of control not in `kinds_seen`, which this adds to."""
    stops, faults, reached_toggle = 0, [], False
    for _ in range(MAX_STOPS):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED, THEME_TOGGLE)
        if focused is None:
            break
        stops += 1
        reached_toggle |= focused["isToggle"]
        where = f"/{path} stop {stops}: {focused['html']}"
        if not focused["inViewport"]:
            faults.append(f"{where}: outside the viewport at {focused['box']}")
        if focused["underHeader"]:
            faults.append(f"{where}: under the header bar at {focused['box']}")
        if not focused["onTop"]:
            faults.append(f"{where}: covered by another element at {focused['box']}")
        if focused["kind"] in kinds_seen:
            continue
        kinds_seen.add(focused["kind"])
        wait_until_settled(page)
        with_focus = page.screenshot(scale="css")
        page.evaluate("document.activeElement.blur()")
        wait_until_settled(page)
        changed = pixels_changed_with_contrast(page.screenshot(scale="css"), with_focus)
        needed = focused["ringPixels"]  # a 1 px ring around the control (each line of it)
        if changed < needed:
            faults.append(f"{where}: focus changes {changed} pixels by 3:1, needs {needed}")
    # Back with Shift+Tab, the way that scrolls a control up to the top edge: never under the header.
    if back:
        page.evaluate("window.reachedByTab = new Set()")
    for _ in range(stops if back else 0):
        page.keyboard.press("Shift+Tab")
        focused = page.evaluate(FOCUSED, THEME_TOGGLE)
        if focused is None:
            break
        if focused["underHeader"] or not focused["inViewport"] or not focused["onTop"]:
            faults.append(f"/{path} Shift+Tab: {focused['html']} hidden at {focused['box']}")
    assert stops > 5, f"/{path}: Tab reached only {stops} controls"
    assert stops < MAX_STOPS, f"/{path}: Tab did not come to an end"
    assert reached_toggle, f"/{path}: Tab never reached the colour-scheme toggle"
    return faults


@pytest.mark.parametrize(
    ("key", "home"), [("Enter", ""), ("Space", ""), ("Enter", "en/")], ids=["Enter", "Space", "en-Enter"]
)
def test_the_colour_scheme_toggle_says_what_it_does_and_works_with_the_keyboard(
    page: Page, screen: Screen, site_url: str, key: str, home: str
):
    if screen.options.get("forced_colors"):
        pytest.skip("the same toggle as desktop-light")
    if home and screen.name != "desktop-light":
        pytest.skip("the translation's names, checked both ways on desktop-light, are the same on every screen")
    page.goto(site_url + home)
    shown = texts(language_of(home))
    names = {"default": shown["donkere_weergave_aan"], "slate": shown["lichte_weergave_aan"]}
    other = {"default": "slate", "slate": "default"}
    scheme = screen.material_scheme
    for _ in range(MAX_STOPS):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.matches('{THEME_TOGGLE}')"):
            break
    else:
        pytest.fail("Tab never reached the colour-scheme toggle")
    for _ in range(2):
        toggle = page.locator(THEME_TOGGLE)
        assert toggle.get_attribute("aria-label") == names[scheme]
        assert page.evaluate("document.activeElement.getAttribute('aria-label')") == names[scheme]
        page.keyboard.press(key)
        scheme = other[scheme]
        page.wait_for_function(f"document.body.dataset.mdColorScheme === '{scheme}'")
        assert page.evaluate(f"document.activeElement.matches('{THEME_TOGGLE}')"), "the focus left the toggle"
    # Only the visible toggle is a Tab stop: Material's radio buttons are not.
    assert page.locator(".md-option[tabindex='-1'][aria-hidden='true']").count() == 2


@pytest.mark.parametrize(
    ("control", "key", "focus_in"),
    [
        ("__drawer", "Enter", ".md-sidebar--primary"),
        ("__search", "Space", ".md-search"),
    ],
    ids=["menu", "search"],
)
def test_the_header_menu_and_search_buttons_open_with_the_keyboard(
    browser: Browser, site_url: str, control: str, key: str, focus_in: str
):
    """On a phone the menu and the search are named buttons in the tab order; each opens and takes the focus."""
    context = next(screen for screen in SCREENS if screen.name == "phone-light").context(browser)
    page = context.new_page()
    page.goto(site_url + "rollen/docent/")
    for _ in range(MAX_STOPS):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.dataset.mdFor === '{control}'"):
            break
    else:
        pytest.fail(f"Tab never reached the {control} button")
    assert page.evaluate("document.activeElement.tagName") == "BUTTON"
    page.keyboard.press(key)
    page.wait_for_function(f"document.getElementById('{control}').checked")
    assert page.evaluate(f"document.activeElement.closest('{focus_in}') !== null")
    context.close()
