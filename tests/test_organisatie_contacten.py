"""The organisation's own contacts: on every role page in "Wat kun je doen?" under "Overleggen" when set
at build time (except on the page of their own role), nowhere when unset, and a hostile name shown as
text, never as markup. (Hostile numbers, addresses and links fail the build: tests/test_bad_inputs.py.)"""

from collections.abc import Callable
from pathlib import Path

from bs4 import Tag
from organisation_settings import EXAMPLE_CONTACTS as CONTACTS
from site_content import LANGUAGES, built_pages, parse_html
from source_text import normalise

from model import DEFAULT_LANGUAGE

OWN = "in je eigen organisatie"
# The role page of each person: it leaves that person out (`eigen_dienst` in its front matter).
OWN_PAGE = {"Aandachtsfunctionaris": "aandachtsfunctionaris", "Zorgcoördinator": "zorgcoordinator"}
HOSTILE = {
    "ORG_AANDACHTSFUNCTIONARIS_NAAM": "<script>alert(1)</script>",
    "ORG_ZORGCOORDINATOR_NAAM": '"><img src=x onerror=alert(1)>',
}


def role_pages(site_dir: Path, language: str = DEFAULT_LANGUAGE) -> list[Path]:
    return [
        page for page in built_pages(site_dir, language=language) if parse_html(page).select("article ol.tips > li.tip")
    ]


def own_contacts(page: Path) -> dict[str, Tag]:
    """The organisation's people in a page's "Wat kun je doen?", by the title they are shown with."""
    entries = {}
    for item in parse_html(page).select("article .wat-doen li"):
        name = normalise(item.select_one(".wat-doen__naam").get_text())
        if OWN in name:
            entries[name.split(f" {OWN}")[0]] = item
    return entries


def test_no_own_contacts_when_the_organisation_set_none(site_dir: Path):
    assert [page for page in built_pages(site_dir) if own_contacts(page)] == []


def test_every_role_page_shows_the_contacts_that_are_set(site_variant: Callable[[dict[str, str]], Path]):
    site_dir = site_variant(CONTACTS)
    pages = role_pages(site_dir)
    assert len(pages) == 9
    assert [page for page in built_pages(site_dir, language=DEFAULT_LANGUAGE) if own_contacts(page)] == pages
    for page in pages:
        people = own_contacts(page)
        expected = [title for title, slug in OWN_PAGE.items() if page.parent.name != slug]
        assert sorted(people) == expected, page
        if "Aandachtsfunctionaris" in people:
            links = [(a["href"], a.get_text()) for a in people["Aandachtsfunctionaris"].select("a")]
            assert links == [
                ("tel:+31301234567", "030 - 123 45 67"),
                ("mailto:aandachtsfunctionaris@voorbeeld.nl", "aandachtsfunctionaris@voorbeeld.nl"),
                ("https://intranet.voorbeeld.nl/meldcode", "https://intranet.voorbeeld.nl/meldcode"),
            ]
            assert "Sanne de Vries" in people["Aandachtsfunctionaris"].get_text()
        if "Zorgcoördinator" in people:
            assert "Ahmed Yilmaz" in people["Zorgcoördinator"].get_text()
            assert [(a["href"], a.get_text()) for a in people["Zorgcoördinator"].select("a")] == [
                ("tel:+31307654321", "+31 (0)30 765 43 21")
            ]


def external_links(page: Path) -> list[tuple[str, str]]:
    """The numbers, e-mail addresses and web links of a page's "Wat kun je doen?", as (href, text)."""
    links = parse_html(page).select("article .wat-doen a[href]")
    return [(a["href"], a.get_text()) for a in links if a["href"].startswith(("tel:", "mailto:", "https:"))]


def test_every_language_shows_the_same_people_and_numbers(site_variant: Callable[[dict[str, str]], Path]):
    """The people are settings, not text: a translated role page shows the same names, numbers and links."""
    site_dir = site_variant(CONTACTS)
    for language in LANGUAGES[1:]:
        pages = role_pages(site_dir, language)
        assert [page.relative_to(site_dir / language) for page in pages] == [
            page.relative_to(site_dir) for page in role_pages(site_dir)
        ]
        for page in pages:
            dutch = site_dir / page.relative_to(site_dir / language)
            assert external_links(page) == external_links(dutch), page
            shown = normalise(parse_html(page).select_one("article .wat-doen").get_text(" "))
            for slug in OWN_PAGE.values():
                name = CONTACTS[f"ORG_{slug.upper()}_NAAM"]
                assert (name in shown) == (page.parent.name != slug), page


def test_hostile_values_show_as_text(site_variant: Callable[[dict[str, str]], Path]):
    site_dir = site_variant(HOSTILE)
    for page in [page for language in LANGUAGES for page in role_pages(site_dir, language)]:
        [block] = parse_html(page).select("article .wat-doen")
        assert block.select("script, img") == []
        assert [
            element.name for element in block.find_all(True) if any(name.startswith("on") for name in element.attrs)
        ] == []
        assert [
            a["href"] for a in block.select("a") if not a["href"].startswith(("tel:", "mailto:", "https:", "../"))
        ] == []
        text = block.get_text()
        for name, value in HOSTILE.items():
            if page.parent.name not in name.lower():  # the person's own role page leaves them out
                assert value in text
