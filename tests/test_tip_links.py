"""A link per tip in Chromium: a keyboard-operable "Kopieer link" that copies the tip's absolute address
and says so in a live region; arriving at page#tip scrolls to the tip and marks it."""

import json
from pathlib import Path

from chromium import Visit
from playwright.sync_api import Page
from site_content import site_roles
from source_text import read_source

TIP_ID = "docent-gesprek-met-de-klas"


def test_every_tip_has_a_copy_link_control(site_dir: Path, site_url: str, visit: Visit):
    _, _, roles = read_source()
    pages = site_roles(site_dir)
    for role in roles:
        visit.page.goto(site_url + pages[role.name][0])
        tips = visit.page.locator("article ol.tips > li.tip")
        assert tips.count() == len(role.tips)
        for number in range(1, len(role.tips) + 1):
            button = tips.nth(number - 1).get_by_role("button", name=f"Kopieer link naar tip {number}", exact=True)
            assert button.is_visible()
    assert visit.page_errors == visit.console_errors == []


def test_copy_link_by_keyboard_copies_the_tips_address_and_announces_it(site_dir: Path, site_url: str, visit: Visit):
    [tip] = [
        tip
        for role in json.loads((site_dir / "tips.json").read_text())["rollen"]
        for tip in role["tips"]
        if tip["id"] == TIP_ID
    ]
    page = visit.page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    page.goto(site_url + "rollen/docent/")
    page.locator("#docent-opgehaald-na-school .tip-link__button").focus()
    page.keyboard.press("Tab")
    control = page.locator(f"#{TIP_ID} .tip-link")
    assert control.locator("button").evaluate("button => button === document.activeElement")
    page.keyboard.press("Enter")
    status = control.get_by_role("status")
    assert status.get_attribute("aria-live") == "polite"
    status.filter(has_text="Link gekopieerd").wait_for(timeout=5000)
    assert page.evaluate("navigator.clipboard.readText()") == tip["link"]
    assert status.inner_text() == "Link gekopieerd"  # what matters, once; not the whole address read out


def in_viewport(page: Page, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    return 0 <= box["y"] and box["y"] + box["height"] <= page.viewport_size["height"]


def test_arriving_at_a_tip_scrolls_to_it_and_marks_it(site_url: str, visit: Visit):
    page = visit.page
    page.set_viewport_size({"width": 360, "height": 640})
    page.goto(f"{site_url}rollen/docent/")
    assert not in_viewport(page, f"#{TIP_ID}")
    page.goto("about:blank")
    page.goto(f"{site_url}rollen/docent/#{TIP_ID}")
    assert in_viewport(page, f"#{TIP_ID}")
    target, other = page.locator(f"#{TIP_ID}"), page.locator("article li.tip").first
    assert target.evaluate("h => getComputedStyle(h).outlineStyle") == "solid"
    assert other.evaluate("h => getComputedStyle(h).outlineStyle") == "none"
