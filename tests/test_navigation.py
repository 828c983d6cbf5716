"""The menu is grouped: the roles as one section, "Open data" and "Toegankelijkheid" under "Over deze
site"; the footer's "Vorige" and "Volgende" stay within a section; the menu entries line up whether they
have an icon or not; and no empty strip sits below the footer."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

import pytest
from browser_actions import wait_until_settled
from playwright.sync_api import Browser
from site_content import built_pages, page_url, parse_html, site_roles
from source_text import normalise, read_source

SECTIONS = {"Tips per rol": None, "Over deze site": ["/open-data/", "/toegankelijkheid/"]}


def sections(site_dir: Path) -> dict[str, list[str]]:
    """The menu's sections on the home page: their label and the pages in them."""
    soup = parse_html(site_dir / "index.html")
    found = {}
    for item in soup.select("nav.md-nav--primary > ul > li.md-nav__item--nested"):
        label = normalise(item.select_one(":scope > label.md-nav__link, :scope > div > a, :scope > label").get_text())
        found[label] = [urljoin("/", a["href"]) for a in item.select("nav a.md-nav__link[href]")]
    return found


def test_roles_are_one_section_and_the_site_pages_another(site_dir: Path):
    found = sections(site_dir)
    assert list(found) == list(SECTIONS)
    pages = site_roles(site_dir)
    assert found["Tips per rol"] == [f"/{pages[role.name][0]}" for role in read_source()[2]]
    assert found["Over deze site"] == SECTIONS["Over deze site"]


def test_previous_and_next_stay_within_a_section(site_dir: Path):
    section_of = {page: name for name, pages in sections(site_dir).items() for page in pages}
    crossings = []
    for page in built_pages(site_dir):
        url = "/" + page_url(site_dir, page)
        for link in parse_html(page).select("nav.md-footer__inner a.md-footer__link"):
            target = urljoin(url, link["href"])
            if section_of.get(target) != section_of.get(url):
                crossings.append((url, link["aria-label"]))
    assert crossings == []
    next_from_safety = parse_html(site_dir / "veilig-internetten" / "index.html").select("a.md-footer__link--next")
    assert next_from_safety == []


# Where the text of each menu entry starts, and whether the entry has an icon.
MENU_TEXT_STARTS = """() => [...document.querySelectorAll("nav.md-nav--primary a.md-nav__link[href]")]
  .filter(a => !a.closest(".md-nav--secondary") && a.offsetParent)
  .map(a => [a.textContent.trim(), Math.round(a.querySelector(".md-ellipsis").getBoundingClientRect().left)])"""


@pytest.mark.parametrize("width", [1280, 375])
def test_menu_entries_line_up(browser: Browser, site_url: str, width: int):
    phone = {"is_mobile": True, "has_touch": True, "device_scale_factor": 1.75} if width < 1000 else {}
    context = browser.new_context(locale="nl-NL", viewport={"width": width, "height": 800}, **phone)
    page = context.new_page()
    page.goto(site_url + "veilig-internetten/")
    if width < 1000:
        page.locator("label.md-header__button[for='__drawer']").click()
        wait_until_settled(page)
    starts = page.evaluate(MENU_TEXT_STARTS)
    context.close()
    top_level = {start for text, start in starts if text in ("Home", "Hulp en melden", "Veilig internetten")}
    assert len(top_level) == 1, starts


def test_no_empty_strip_below_the_footer(browser: Browser, site_url: str):
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(site_url + "rollen/docent/")
    strip = page.locator(".md-footer-meta")
    assert strip.count() == 1 and not strip.is_visible()
    context.close()
