"""What machines and menus see: the search index, the sitemap and the navigation."""

import json
import xml.etree.ElementTree as ET
from html import unescape
from pathlib import Path
from urllib.parse import urljoin

from site_content import built_pages, page_url, parse_html, site_roles
from source_text import normalise, read_source


def test_every_tip_is_a_search_section_under_its_role_page(site_dir: Path):
    docs = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    sections = {
        (doc["location"].split("#")[0], normalise(unescape(doc["title"]))) for doc in docs if "#" in doc["location"]
    }
    _, _, roles = read_source()
    pages = site_roles(site_dir)
    missing = [(role.name, tip) for role in roles for tip in role.tips if (pages[role.name][0], tip) not in sections]
    assert missing == []


def test_sitemap_lists_every_page(site_dir: Path):
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = [loc.text for loc in ET.parse(site_dir / "sitemap.xml").getroot().findall("s:url/s:loc", namespace)]
    paths = {location.split("/", 3)[3] for location in locations}
    assert paths == {page_url(site_dir, page) for page in built_pages(site_dir)}


def test_sitemap_gives_each_page_its_translations_as_hreflang_alternates_both_ways(site_dir: Path):
    """Every page of every language: its alternates are the Dutch page and its translation under `en/`, the
    same pair from either side, and its own address is one of them."""
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = ET.parse(site_dir / "sitemap.xml").getroot().findall("s:url", namespace)
    site_url = urls[0].find("s:loc", namespace).text
    alternates = {
        url.find("s:loc", namespace).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link[@rel='alternate']", namespace)
        }
        for url in urls
    }
    dutch = [location for location in alternates if not location.startswith(f"{site_url}en/")]
    assert len(alternates) == 2 * len(dutch) and f"{site_url}rollen/docent/" in dutch
    for location in dutch:
        pair = {"nl": location, "en": location.replace(site_url, f"{site_url}en/", 1)}
        assert alternates[location] == pair == alternates[pair["en"]], location


def test_navigation_links_home_then_all_tips_then_every_role_in_source_order_then_help_and_safety(site_dir: Path):
    _, _, roles = read_source()
    pages = site_roles(site_dir)
    soup = parse_html(site_dir / "rollen" / "docent" / "index.html")
    links = [
        urljoin("/rollen/docent/", a["href"])
        for a in soup.select("nav.md-nav--primary a.md-nav__link[href]")
        if not a.find_parent("nav", class_="md-nav--secondary")
    ]
    roles_in_order = [f"/{pages[role.name][0]}" for role in roles]
    assert links[: len(roles) + 4] == ["/", "/alle-tips/", *roles_in_order, "/hulp-en-melden/", "/veilig-internetten/"]
