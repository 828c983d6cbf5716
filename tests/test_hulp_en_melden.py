"""The page "Hulp en melden" shows every contact of the data file exactly, once, along the route
(112 first and largest, then overleggen and melden), each website a link, each source a link to the page
the data file names; every role page leads to it."""

import re
from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import Tag
from phone_numbers import CONTACTS_FILE
from playwright.sync_api import Browser
from site_content import LANGUAGES, heading_text, parse_html, site_roles
from sitebuild import PROJECT_ROOT, changed_copy, input_problems
from source_text import normalise

from languages import language_root
from model import DEFAULT_LANGUAGE, OWN_ORGANISATION, read_contacts

HELP_URL = "/hulp-en-melden/"
DATA = read_contacts(PROJECT_ROOT / CONTACTS_FILE)
PHONES = {
    "phone-375": {
        "viewport": {"width": 375, "height": 667},
        "is_mobile": True,
        "has_touch": True,
        "device_scale_factor": 1.75,
    },
    "desktop-1280": {"viewport": {"width": 1280, "height": 800}},
}


def shown_contact(card: Tag) -> tuple[str, ...]:
    number = card.select_one("a.contact__nummer")
    source = card.select_one(".contact__bron")
    website = card.select_one(".contact__website a")
    return (
        heading_text(card.select_one("h3")),
        normalise(card.select_one("h3 + p").get_text()),
        number.get_text(),
        number["href"],
        website["href"] if website else None,
        words(source_links(source)),
        source.select_one("time")["datetime"],
    )


def source_links(source: Tag) -> list[tuple[str, str]]:
    """(text, href) of every link in a contact's source line; each text is the address it links to."""
    links = [(a.get_text(), a["href"]) for a in source.select("a")]
    assert [href for text, href in links if href.rstrip("/") != f"https://{text}"] == [], links
    return links


def words(links_or_text: list[tuple[str, str]] | str) -> list[str]:
    """The names in a source, whether written as in the data file or shown as links: nothing left out."""
    text = links_or_text if isinstance(links_or_text, str) else " ".join(text for text, _ in links_or_text)
    return sorted(set(re.findall(r"[\w.-]+", text)))


def help_page(language: str = DEFAULT_LANGUAGE) -> Path:
    return Path(language_root(language)) / "hulp-en-melden" / "index.html"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_contact_of_the_data_file_is_on_the_page_exactly_once(site_dir: Path, language: str):
    """In every language, with its name and text in that language where the data file has them."""
    contacts = DATA.in_language(language)
    others = [c for c in contacts.contacten if c != contacts.emergency]
    expected = [
        (c.naam, c.wanneer, c.nummer.written, c.nummer.tel, c.website, words(c.bron), DATA.gecontroleerd.isoformat())
        for c in others
    ]
    cards = parse_html(site_dir / help_page(language)).select("article section.contact:not(.contact--spoed)")
    assert sorted(shown_contact(card) for card in cards) == sorted(expected)


def test_direct_danger_comes_first_said_once(site_dir: Path):
    soup = parse_html(site_dir / help_page())
    first = soup.select_one("article h1").find_next_sibling()
    assert "contact--spoed" in first["class"]
    assert normalise(first.h2.get_text()) == "Bij direct gevaar: bel 112"
    assert first.select_one("a.contact__nummer")["href"] == "tel:112"
    source = first.select_one(".contact__bron")
    assert normalise(source.get_text()).startswith("Bron: ") and "Gecontroleerd op" in source.get_text()
    assert source_links(source) == [
        (
            "wegwijzermensenhandel.nl/signaleren-van-mensenhandel/melden-van-mensenhandel",
            "https://wegwijzermensenhandel.nl/signaleren-van-mensenhandel/melden-van-mensenhandel",
        )
    ]
    assert normalise(soup.select_one("article").get_text(" ")).count("112") == 1


def test_the_contacts_follow_the_route(site_dir: Path):
    """Overleggen, then melden, then the rest; a contact shows at the first step that names it."""
    article = parse_html(site_dir / help_page()).select_one("article")
    steps = [
        heading_text(h2) for h2 in article.select("h2:not(.contact--spoed h2)") if h2.get("id") != DATA.emergency.id
    ]
    assert steps == ["Overleggen", "Melden", "Meer hulp"]
    expected, shown = {}, {DATA.emergency.id}
    for step, route in (("Overleggen", DATA.route.overleggen), ("Melden", DATA.route.melden)):
        expected[step] = [entry for entry in route if entry != OWN_ORGANISATION and entry not in shown]
        shown |= set(expected[step])
    expected["Meer hulp"] = [c.id for c in DATA.contacten if c.id not in shown]
    found = {}
    for card in article.select("section.contact:not(.contact--spoed)"):
        step = heading_text(card.find_previous("h2"))
        found.setdefault(step, []).append(card.h3["id"])
    assert found == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_website_is_a_link(site_dir: Path, language: str):
    links = {a["href"] for a in parse_html(site_dir / help_page(language)).select("article .contact__website a")}
    assert links == {c.website for c in DATA.contacten if c.website}


@pytest.mark.parametrize("device", PHONES, ids=list(PHONES))
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_112_is_the_largest_number_on_screen(browser: Browser, site_url: str, device: str, scheme: str):
    context = browser.new_context(locale="nl-NL", color_scheme=scheme, **PHONES[device])
    page = context.new_page()
    page.goto(site_url + "hulp-en-melden/")
    sizes = page.eval_on_selector_all(
        'article a[href^="tel:"]', "links => links.map(a => [a.textContent, parseFloat(getComputedStyle(a).fontSize)])"
    )
    context.close()
    largest = max(size for number, size in sizes if number != "112")
    [emergency] = [size for number, size in sizes if number == "112"]
    assert emergency > largest * 1.2, sizes


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_role_page_ends_with_a_link_to_it(site_dir: Path, language: str):
    """In every language, to the page in that language."""
    for url, _ in site_roles(site_dir, language).values():
        last = parse_html(site_dir / url / "index.html").select("article > :not(.alleen-printen)")[-1]
        assert "wat-doen" in last["class"], url
        end = last.find_all(recursive=False)[-1]
        assert [urljoin(f"/{url}", a["href"]) for a in end.select("a")] == [f"/{language_root(language)}{HELP_URL[1:]}"]


def test_the_home_page_links_it(site_dir: Path):
    links = parse_html(site_dir / "index.html").select("article a[href]")
    assert HELP_URL in {urljoin("/", a["href"]) for a in links}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("    bron: centrumseksueelgeweld.nl\n", "", "contacten.6.bron: Field required"),
        (
            'nummer: "0800-0188"',
            'nummer: "0800-SEKS"',
            "contacten.6.nummer '0800-SEKS': expected a phone number of ASCII",
        ),
        ('nummer: "112"', 'nummer: "911"', "data/contacten.yml: contacten needs exactly one contact with number 112"),
    ],
    ids=["missing-source", "letters-in-number", "no-emergency-number"],
)
def test_a_malformed_contacts_file_is_refused(tmp_path: Path, old: str, new: str, expected: str):
    """Checked as the build checks it (a real build's stop on a bad data file: tests/test_bad_inputs.py)."""
    [problem] = input_problems(changed_copy(tmp_path, CONTACTS_FILE.as_posix(), old, new))
    assert expected in problem
