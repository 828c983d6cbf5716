"""The menu lists the pages in `nav` order, with no nested sections (in a phone's drawer those slide over
each other and hide the focused link: test_keyboard_focus.py); the footer's "Vorige" and "Volgende" lead
from one role to the next only; the menu entries line up (no icons: roles show theirs on the home page's
cards); and no empty strip sits below the footer."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

import pytest
from browser_actions import wait_until_settled
from playwright.sync_api import Browser
from site_content import LANGUAGES, built_pages, page_url, parse_html, site_roles
from source_text import read_source

from languages import language_root


@pytest.mark.parametrize("language", LANGUAGES)
def test_previous_and_next_lead_from_role_to_role_only(site_dir: Path, language: str):
    """In the source's order, in every language: a translated role page leads to the next translated one."""
    by_name = site_roles(site_dir)
    order = [f"/{language_root(language)}{by_name[role.name][0]}" for role in read_source()[2]]
    roles = [f"/{url}" for url, _ in site_roles(site_dir, language).values()]
    assert sorted(roles) == sorted(order)
    for page in built_pages(site_dir, language=language):
        url = "/" + page_url(site_dir, page)
        links = {
            "previous" if "md-footer__link--prev" in link["class"] else "next": urljoin(url, link["href"])
            for link in parse_html(page).select("nav.md-footer__inner a.md-footer__link")
        }
        if url not in roles:
            assert links == {}, url
            continue
        position = order.index(url)
        expected = {}
        if position > 0:
            expected["previous"] = order[position - 1]
        if position < len(order) - 1:
            expected["next"] = order[position + 1]
        assert links == expected, url


def test_the_menu_has_no_nested_sections(site_dir: Path):
    assert parse_html(site_dir / "index.html").select("nav.md-nav--primary li.md-nav__item--nested") == []


# Where the text of each menu entry starts.
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
        page.locator("button.md-header__button[data-md-for='__drawer']").click()
        wait_until_settled(page)
    starts = page.evaluate(MENU_TEXT_STARTS)
    context.close()
    assert len(starts) >= 9 and len({start for _, start in starts}) == 1, starts


def test_the_menu_has_no_icons(site_dir: Path):
    """A role's icon is on its home card and poster box; in the menu it would cost every page about 2 KB."""
    for page in built_pages(site_dir):
        assert parse_html(page).select("nav.md-nav--primary .md-nav__link svg") == [], page


def test_no_empty_strip_below_the_footer(browser: Browser, site_url: str):
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(site_url + "rollen/docent/")
    strip = page.locator(".md-footer-meta")
    # The strip holds one thing, the link to "Op je intranet" (overrides/partials/copyright.html): no empty band.
    assert strip.count() == 1 and strip.inner_text().strip() == "Op je intranet"
    assert strip.get_by_role("link", name="Op je intranet").is_visible()
    context.close()
