"""Every role page ends with "Wat kun je doen?": 112 for direct danger, then overleggen and melden along
the route of data/contacten.yml, each number a `tel:` link with the data file's number, the organisation's
own people when they are set, and first the contacts that the role's tips name. (That it prints on the
role's one A4 page: tests/test_print.py.)"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urljoin

from bs4 import Tag
from organisation_settings import EXAMPLE_CONTACTS
from phone_numbers import CONTACTS_FILE, dialled
from site_content import heading_text, parse_html, site_roles
from sitebuild import PROJECT_ROOT
from source_text import normalise

from model import OWN_ORGANISATION, read_contacts

DATA = read_contacts(PROJECT_ROOT / CONTACTS_FILE)
ROUTE_IDS = [
    entry for step in (DATA.route.overleggen, DATA.route.melden) for entry in step if entry != OWN_ORGANISATION
]


def block(site_dir: Path, url: str) -> Tag:
    [found] = parse_html(site_dir / url / "index.html").select("article section.wat-doen")
    return found


def numbers(tag: Tag) -> list[tuple[str, str]]:
    """(written, dialled) of every `tel:` link in `tag`, in page order."""
    return [(a.get_text(), dialled(a["href"])) for a in tag.select('a[href^="tel:"]')]


def test_every_role_page_has_the_route_with_the_data_files_numbers(site_dir: Path):
    expected = {(contact.nummer.written, contact.nummer.dial) for contact in DATA.contacten if contact.id in ROUTE_IDS}
    expected.add((DATA.emergency.nummer.written, DATA.emergency.nummer.dial))
    roles = site_roles(site_dir)
    assert len(roles) == 9
    for url, _ in roles.values():
        section = block(site_dir, url)
        assert heading_text(section.h2) == "Wat kun je doen?"
        shown = numbers(section)
        assert sorted(shown) == sorted(expected), url  # each number once, none typed by hand
        assert [a["href"] for a in section.select('a[href^="tel:"]')] == [f"tel:{dial}" for _, dial in shown], (
            "every tel: link dials the number it shows"
        )
        steps = [heading_text(h) for h in section.select("h3")]
        assert steps[-1] == "Melden" and set(steps) <= {"Overleggen", "Melden"}, url


def test_112_is_said_once_and_stands_out(site_dir: Path):
    for url, _ in site_roles(site_dir).values():
        section = block(site_dir, url)
        [line] = [p for p in section.select("p") if p.select_one('a[href="tel:112"]')]
        assert "wat-doen__spoed" in line["class"]
        assert normalise(line.get_text()) == "Bij direct gevaar: bel 112"
        assert normalise(section.get_text()).count("112") == 1


def test_it_starts_with_the_contacts_a_tip_names(site_dir: Path, site_variant: Callable[[dict[str, str]], Path]):
    """The huisarts tip says "neem contact op met de zorgcoördinator of Veilig Thuis": those come first, before
    112. Without an organisation's zorgcoördinator that is CoMensha, who knows the one for each region."""
    url = "rollen/huisarts/"
    veilig_thuis, comensha = DATA.contact("veilig-thuis"), DATA.contact("comensha")
    first = block(site_dir, url).select_one("h2 + p + ul.wat-doen__genoemd")
    assert first is not None
    assert [dial for _, dial in numbers(first)] == [comensha.nummer.dial, veilig_thuis.nummer.dial]
    assert "zorgcoördinator" in normalise(first.li.get_text())

    organisation = site_variant(EXAMPLE_CONTACTS)
    first = block(organisation, url).select_one("h2 + p + ul.wat-doen__genoemd")
    assert [dial for _, dial in numbers(first)] == [
        dialled(EXAMPLE_CONTACTS["ORG_ZORGCOORDINATOR_TELEFOON"]),
        veilig_thuis.nummer.dial,
    ]


def test_a_page_whose_tips_name_no_contact_starts_with_112(site_dir: Path):
    section = block(site_dir, "rollen/ouders-vrienden/")
    assert "wat-doen__spoed" in section.h2.find_next_sibling()["class"]
    assert section.select("ul.wat-doen__genoemd") == []


def test_the_organisations_numbers_are_there_when_set(site_variant: Callable[[dict[str, str]], Path]):
    site_dir = site_variant(EXAMPLE_CONTACTS)
    own = {dialled(value) for name, value in EXAMPLE_CONTACTS.items() if name.endswith("_TELEFOON")}
    for url, _ in site_roles(site_dir).values():
        assert own <= {dial for _, dial in numbers(block(site_dir, url))}, url


def test_it_ends_with_the_way_to_hulp_en_melden(site_dir: Path):
    for url, _ in site_roles(site_dir).values():
        last = block(site_dir, url).find_all(recursive=False)[-1]
        assert [urljoin(f"/{url}", a["href"]) for a in last.select("a")] == ["/hulp-en-melden/"], url
