"""The organisation's own contacts: a box on every role page when set at build time, none when unset,
and a hostile name shown as text, never as markup. (Hostile numbers, addresses and links fail the build:
tests/test_bad_inputs.py.)"""

from collections.abc import Callable
from pathlib import Path

from organisation_settings import EXAMPLE_CONTACTS as CONTACTS
from site_content import built_pages, parse_html

BOX_TITLE = "Bij wie kun je terecht in je eigen organisatie?"
HOSTILE = {
    "ORG_AANDACHTSFUNCTIONARIS_NAAM": "<script>alert(1)</script>",
    "ORG_ZORGCOORDINATOR_NAAM": '"><img src=x onerror=alert(1)>',
}


def role_pages(site_dir: Path) -> list[Path]:
    return [page for page in built_pages(site_dir) if parse_html(page).select("article ol.tips > li.tip")]


def boxes(page: Path) -> list:
    return parse_html(page).select("article .organisatie-contacten")


def test_no_box_when_the_organisation_set_no_contacts(site_dir: Path):
    assert [page for page in built_pages(site_dir) if boxes(page)] == []


def test_every_role_page_shows_the_contacts_that_are_set(site_variant: Callable[[dict[str, str]], Path]):
    site_dir = site_variant(CONTACTS)
    pages = role_pages(site_dir)
    assert len(pages) == 9
    assert [page for page in built_pages(site_dir) if boxes(page)] == pages
    for page in pages:
        [box] = boxes(page)
        assert box.h2.get_text() == BOX_TITLE
        assert "hulp-link" in box.find_next_sibling().get("class", []), "the box comes before the link that ends the page"
        people = {section.h3.get_text(): section for section in box.select("section")}
        assert list(people) == ["Aandachtsfunctionaris", "Zorgcoördinator"]
        links = [(a["href"], a.get_text()) for a in people["Aandachtsfunctionaris"].select("a")]
        assert links == [
            ("tel:+31301234567", "030 - 123 45 67"),
            ("mailto:aandachtsfunctionaris@voorbeeld.nl", "aandachtsfunctionaris@voorbeeld.nl"),
            ("https://intranet.voorbeeld.nl/meldcode", "https://intranet.voorbeeld.nl/meldcode"),
        ]
        assert "Sanne de Vries" in people["Aandachtsfunctionaris"].get_text()
        assert [li.get_text() for li in people["Zorgcoördinator"].select("li")] == ["Ahmed Yilmaz", "Telefoon: +31 (0)30 765 43 21"]
        assert people["Zorgcoördinator"].a["href"] == "tel:+31307654321"


def test_hostile_values_show_as_text(site_variant: Callable[[dict[str, str]], Path]):
    site_dir = site_variant(HOSTILE)
    for page in role_pages(site_dir):
        [box] = boxes(page)
        assert box.select("script, img") == []
        assert [element.name for element in box.find_all(True) if any(name.startswith("on") for name in element.attrs)] == []
        assert [a["href"] for a in box.select("a") if not a["href"].startswith(("tel:", "mailto:", "https:"))] == []
        text = box.get_text()
        for value in HOSTILE.values():
            assert value in text
