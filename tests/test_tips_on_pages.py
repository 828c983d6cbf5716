"""Every role of the source has its page, holding exactly the source's tips, word for word, in order."""

import re
from pathlib import Path

from site_content import LANGUAGES, compare, heading_text, parse_html, site_roles, tip_items
from source_text import normalise, read_source


def test_built_site_matches_the_source(site_dir: Path):
    _, _, roles = read_source()
    assert compare(roles, site_roles(site_dir)) == []


def test_each_role_page_has_the_role_as_h1_and_title(site_dir: Path):
    _, _, roles = read_source()
    pages = site_roles(site_dir)
    for role in roles:
        url, _ = pages[role.name]
        soup = parse_html(site_dir / url / "index.html")
        assert [heading_text(h) for h in soup.select("h1")] == [role.name]
        assert soup.title.get_text().startswith(role.name)


def test_every_tip_has_a_stable_id_under_its_page_slug(site_dir: Path):
    """In every language: a translation keeps the Dutch ids, in the Dutch order (`#docent-dure-spullen`)."""
    ids_by_language = {}
    for language in LANGUAGES:
        ids = []
        for url, _ in site_roles(site_dir, language).values():
            slug = url.strip("/").split("/")[-1]
            for tip in tip_items(parse_html(site_dir / url / "index.html")):
                assert re.fullmatch(rf"{slug}(-[a-z0-9]+)+", tip["id"]), tip
                ids.append(tip["id"])
        assert len(ids) == len(set(ids)) == 26, language
        ids_by_language[language] = ids
    assert [ids for ids in ids_by_language.values() if ids != ids_by_language[LANGUAGES[0]]] == []


# Corrections to the poster's introduction that the site makes: a capital after a colon.
def test_home_page_has_the_title_and_the_corrected_introduction(site_dir: Path):
    title, intro, _ = read_source()
    assert "overal zijn: thuis," in intro and "voelsprieten" in intro  # the corrections the site makes
    soup = parse_html(site_dir / "index.html")
    assert heading_text(soup.select_one("article h1")) == title
    assert intro in normalise(soup.select_one("article").get_text(" "))


def test_home_page_has_a_card_for_each_role_in_the_source_order(site_dir: Path):
    _, _, roles = read_source()
    pages = site_roles(site_dir)
    cards = parse_html(site_dir / "index.html").select("article .grid.cards li")
    assert [normalise(card.a.get_text()) for card in cards] == [role.name for role in roles]
    assert [card.a["href"] for card in cards] == [pages[role.name][0] for role in roles]
    assert all(card.select_one("svg") and card.p for card in cards), "each card has an icon and a line of text"


def test_no_table_of_contents_repeats_the_tips(site_dir: Path):
    for url, role in site_roles(site_dir).values():
        soup = parse_html(site_dir / url / "index.html")
        entries = [normalise(a.get_text()) for a in soup.select("nav.md-nav--secondary a")]
        assert [entry for entry in entries if entry in role.tips] == [], url
