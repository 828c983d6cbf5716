"""The home page opens on what the site is for and on the roles: on a phone the heading "Kies je rol" and
the first role card are in the first screen, a line says what the site is for before the poster's text,
and the places of "de reis" lead to the roles the source ties them to."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Browser
from site_content import heading_text, parse_html
from source_text import normalise, read_source

PHONES = {
    "375x667": {"width": 375, "height": 667},
    "412x823": {"width": 412, "height": 823},
}
# The places of "de reis" in the poster's introduction, and the role page whose tips belong there.
PLACES = {
    "Thuis": "/rollen/ouders-vrienden/",
    "Op school": "/rollen/docent/",
    "Op social media": "/rollen/jongerenwerker/",  # its tip: "Hou ook ontwikkelingen op social media in de gaten."
    "In de spreekkamer van de huisarts": "/rollen/huisarts/",
}


@pytest.mark.parametrize("size", PHONES, ids=list(PHONES))
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_first_role_card_is_in_the_first_screen(browser: Browser, site_url: str, size: str, scheme: str):
    context = browser.new_context(
        locale="nl-NL",
        viewport=PHONES[size],
        is_mobile=True,
        has_touch=True,
        device_scale_factor=1.75,
        color_scheme=scheme,
    )
    page = context.new_page()
    page.goto(site_url)
    screen_height = page.evaluate("window.innerHeight")
    heading = page.locator("article h2#rollen").bounding_box()
    card = page.locator("article .grid.cards li").first.bounding_box()
    header = page.locator(".md-header").bounding_box()
    context.close()
    assert heading["y"] >= header["height"] - 1
    assert card["y"] + card["height"] <= screen_height, (card, screen_height)


def test_a_line_says_what_the_site_is_for_before_the_posters_text(site_dir: Path):
    _, intro, _ = read_source()
    article = parse_html(site_dir / "index.html").select_one("article")
    first = article.select_one("h1").find_next_sibling()
    assert first.name == "p" and "mensenhandel" in first.get_text() and "herkennen" in first.get_text()
    text = normalise(article.get_text(" "))
    assert text.index(normalise(first.get_text())) < text.index(intro[:40])
    assert heading_text(first.find_next_sibling()) == "Kies je rol"


def test_the_places_of_the_journey_lead_to_their_roles(site_dir: Path):
    places = parse_html(site_dir / "index.html").select("article ol.reis > li")
    assert {normalise(li.get_text()): urljoin("/", li.a["href"]) for li in places} == PLACES
