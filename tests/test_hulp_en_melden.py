"""The page "Hulp en melden" shows every contact of the data file exactly, and every role page leads to it."""

from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import Tag

from model import read_contacts
from phone_numbers import CONTACTS_FILE
from site_content import heading_text, parse_html, site_roles
from sitebuild import PROJECT_ROOT, build_changed_copy
from source_text import normalise

HELP_URL = "/hulp-en-melden/"


def shown_contact(card: Tag) -> tuple[str, ...]:
    number = card.select_one("a.contact__nummer")
    source = card.select_one(".contact__bron")
    return (
        heading_text(card.select_one("h2")),
        normalise(card.select_one("h2 + p").get_text()),
        number.get_text(),
        number["href"],
        normalise(source.get_text()).split(". Gecontroleerd op ")[0].removeprefix("Bron: "),
        source.select_one("time")["datetime"],
    )


def test_every_contact_of_the_data_file_is_on_the_page_exactly(site_dir: Path):
    data = read_contacts(PROJECT_ROOT / CONTACTS_FILE)
    expected = [
        (c.naam, c.wanneer, c.nummer.written, c.nummer.tel, c.bron, data.gecontroleerd.isoformat()) for c in data.contacten
    ]
    cards = parse_html(site_dir / "hulp-en-melden" / "index.html").select("article .contact")
    assert sorted(shown_contact(card) for card in cards) == sorted(expected)


def test_direct_danger_comes_first_and_stands_out(site_dir: Path):
    soup = parse_html(site_dir / "hulp-en-melden" / "index.html")
    first = soup.select_one("article h1").find_next_sibling()
    assert "danger" in first["class"]
    assert normalise(first.select_one(".admonition-title").get_text()) == "Bij direct gevaar: 112"
    assert first.select_one("a.contact__nummer")["href"] == "tel:112"


def test_every_role_page_ends_with_a_link_to_it(site_dir: Path):
    for url, _ in site_roles(site_dir).values():
        last = parse_html(site_dir / url / "index.html").select("article > :not(.alleen-printen)")[-1]
        assert "wat-doen" in last["class"], url
        end = last.find_all(recursive=False)[-1]
        assert [urljoin(f"/{url}", a["href"]) for a in end.select("a")] == [HELP_URL], url


def test_the_home_page_links_it(site_dir: Path):
    links = parse_html(site_dir / "index.html").select("article a[href]")
    assert HELP_URL in {urljoin("/", a["href"]) for a in links}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("    bron: centrumseksueelgeweld.nl\n", "", "contacten.6.bron: Field required"),
        ('nummer: "0800-0188"', 'nummer: "0800-SEKS"', "contacten.6.nummer '0800-SEKS': expected a phone number of ASCII"),
        ('nummer: "112"', 'nummer: "911"', "data/contacten.yml: contacten needs exactly one contact with number 112"),
    ],
    ids=["missing-source", "letters-in-number", "no-emergency-number"],
)
def test_a_malformed_contacts_file_fails_the_build(tmp_path: Path, old: str, new: str, expected: str):
    result = build_changed_copy(tmp_path, CONTACTS_FILE.as_posix(), old, new)
    assert result.returncode != 0
    assert expected in result.stderr
