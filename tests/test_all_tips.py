"""The page "Alle tips" (and its A4 copy) holds exactly the source's roles and 26 tips, word for word and in
order; each tip links to its own address; the page is in the navigation and linked from the home page;
its QR codes are inline SVG a strict security policy allows, each named by its address; and printed on
A4 no text is smaller than 9 pt."""

from __future__ import annotations

import copy
from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup
from chromium import Visit
from interface_texts import texts
from phone_numbers import CONTACTS_FILE
from site_content import address_problem, compare, heading_text, parse_html, site_roles
from sitebuild import PROJECT_ROOT
from source_text import Role, normalise, read_source

from model import read_contacts
from pages import fill

POSTER_PAGES = ["alle-tips/", "alle-tips/a4/"]
QR_ATTRIBUTES = {"xmlns", "viewbox", "class", "role", "aria-label"}


def all_tips_roles(soup: BeautifulSoup, url: str) -> dict[str, tuple[str, Role]]:
    """The roles on an "Alle tips" page, by their heading: (page URL, role with the tips shown under it)."""
    roles = {}
    for section in soup.select("article .poster__rol"):
        name = heading_text(section.select_one("h2"))
        tips = tuple(normalise(item.get_text()) for item in section.select(".poster__tips > li"))
        roles[name] = (url, Role(name, tips))
    return roles


@pytest.mark.parametrize("url", POSTER_PAGES)
def test_the_page_holds_exactly_the_sources_roles_and_tips_in_order(site_dir: Path, url: str):
    _, _, source = read_source()
    shown = all_tips_roles(parse_html(site_dir / url / "index.html"), url)
    assert sum(len(role.tips) for role in source) == 26
    assert compare(source, shown) == []
    assert list(shown) == [role.name for role in source], "roles in the source's order"


def test_the_check_fails_on_a_missing_or_changed_tip(site_dir: Path):
    """The comparison above can fail: a tip taken away, or one word changed, is reported."""
    _, _, source = read_source()
    soup = parse_html(site_dir / "alle-tips" / "index.html")
    missing, changed = copy.copy(soup), copy.copy(soup)
    missing.select(".poster__tips > li")[5].decompose()
    changed.select(".poster__tips > li a")[7].string = "Luister met oordeel."
    for broken in (missing, changed):
        assert len(compare(source, all_tips_roles(broken, "alle-tips/"))) >= 1


@pytest.mark.parametrize("url", POSTER_PAGES)
def test_each_tip_links_to_its_own_address(site_dir: Path, url: str):
    pages = site_roles(site_dir)
    soup = parse_html(site_dir / url / "index.html")
    for section in soup.select("article .poster__rol"):
        role_url, role = pages[heading_text(section.select_one("h2"))]
        links = [urljoin(f"/{url}", a["href"]) for a in section.select(".poster__tips > li > a")]
        ids = [tip["id"] for tip in parse_html(site_dir / role_url / "index.html").select("article ol.tips > li.tip")]
        assert links == [f"/{role_url}#{tip_id}" for tip_id in ids], role.name
        assert [problem for link in links if (problem := address_problem(site_dir, link))] == []


def test_the_page_follows_home_in_the_navigation_and_the_home_page_links_to_it(site_dir: Path):
    home = parse_html(site_dir / "index.html")
    nav = [urljoin("/", a["href"]) for a in home.select("nav.md-nav--primary > ul > li > a.md-nav__link")]
    assert nav[:2] == ["/", "/alle-tips/"]
    assert "/alle-tips/" in [urljoin("/", a["href"]) for a in home.select("article a[href]")]


def test_the_home_page_and_the_poster_show_the_same_introduction(site_dir: Path):
    _, intro, _ = read_source()
    for url in ["", *POSTER_PAGES]:
        article = parse_html(site_dir / url / "index.html").select_one("article")
        assert intro in normalise(article.get_text(" ")), url or "home"


@pytest.mark.parametrize("url", POSTER_PAGES)
def test_each_role_has_a_qr_code_named_by_its_address_with_nothing_a_strict_policy_blocks(site_dir: Path, url: str):
    soup = parse_html(site_dir / url / "index.html")
    canonical = {
        role.name: parse_html(site_dir / role_url / "index.html").select_one('link[rel="canonical"]')["href"]
        for role_url, role in site_roles(site_dir).values()
    }
    for section in soup.select("article .poster__rol"):
        [svg] = section.select("figure svg.qr")
        address = canonical[heading_text(section.select_one("h2"))]
        assert svg["role"] == "img" and svg["aria-label"] == address
        assert normalise(section.select_one("figure figcaption").get_text()) == address
        assert set(svg.attrs) == QR_ATTRIBUTES, "no width, height or style attribute"
        assert [element.name for element in svg.find_all(True)] == ["path"], "one path: no style, script or link"
        assert set(svg.path.attrs) == {"class", "stroke", "d"}
    assert len(soup.select("article svg.qr")) == 9


def test_a_printed_role_page_has_a_qr_code_to_itself_beside_its_address(site_dir: Path):
    for role_url, role in site_roles(site_dir).values():
        soup = parse_html(site_dir / role_url / "index.html")
        address = soup.select_one('link[rel="canonical"]')["href"]
        [block] = soup.select("article .pagina-adres.alleen-printen")
        assert block.select_one("svg.qr")["aria-label"] == address, role.name
        assert normalise(block.get_text()) == fill(texts(soup.html["lang"])["pagina_online"], adres=address)


def test_on_a4_no_printed_text_is_smaller_than_9_pt(visit: Visit, site_url: str):
    visit.page.emulate_media(media="print")
    visit.page.goto(site_url + "alle-tips/a4/")
    sizes = visit.page.evaluate("""() => {
        const walker = document.createTreeWalker(document.querySelector(".poster"), NodeFilter.SHOW_TEXT);
        const sizes = [];
        while (walker.nextNode()) {
            const parent = walker.currentNode.parentElement;
            if (walker.currentNode.textContent.trim() && parent.getClientRects().length) {
                sizes.push([walker.currentNode.textContent.trim().slice(0, 30), parseFloat(getComputedStyle(parent).fontSize)]);
            }
        }
        return sizes;
    }""")
    assert len(sizes) > 50
    # 9 pt is 12 CSS pixels.
    assert [(text, size * 0.75) for text, size in sizes if size < 12] == []


def test_qr_codes_and_the_posters_title_show_in_print_only(visit: Visit, site_url: str):
    visit.page.goto(site_url + "alle-tips/")
    print_only = [visit.page.locator(".poster svg.qr").first, visit.page.locator(".poster__titel")]
    assert [locator.is_visible() for locator in print_only] == [False, False]
    assert visit.page.locator(".poster__tips a").first.is_visible()
    visit.page.emulate_media(media="print")
    assert [locator.is_visible() for locator in print_only] == [True, True]
    assert not visit.page.locator(".poster-keuze").is_visible(), "the line about printing is not printed"


@pytest.mark.parametrize("url", POSTER_PAGES)
def test_the_posters_numbers_have_their_check_date_and_sources(site_dir: Path, url: str):
    """One line under the key numbers: when they were checked, and the address of the page that links
    each number's source (issue 19: every shown number with its source and check date)."""
    help_box = parse_html(site_dir / url / "index.html").select_one("article .poster__hulp")
    assert help_box.select('a[href^="tel:"]'), "the key numbers"
    [line] = help_box.select("p.nummers-bron")
    [link] = line.select("a")
    checked = line.time["datetime"]
    assert checked == read_contacts(PROJECT_ROOT / CONTACTS_FILE).gecontroleerd.isoformat()
    assert normalise(line.get_text()).startswith("Nummers gecontroleerd op ")
    assert normalise(line.get_text()).endswith(f"; bronnen: {link.get_text()}")
    assert urljoin(f"/{url}", link["href"]) == "/hulp-en-melden/" and link.get_text().endswith("/hulp-en-melden/")
