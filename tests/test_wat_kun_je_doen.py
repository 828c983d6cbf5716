"""Every role page ends with "Wat kun je doen?" in one shape: 112 for direct danger first, then Overleggen,
then Melden along the route of data/contacten.yml, each number a `tel:` link with the data file's number,
the organisation's own people when they are set, the contacts that the role's tips name marked within
their step, the role's own service left out, and the numbers' check date and sources. The order comes from
the data: a tip text that names another contact than its page's `tips_noemen` says fails the build. (That
it prints on the role's one A4 page: tests/test_print.py.)"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import Tag
from interface_texts import texts
from organisation_settings import EXAMPLE_CONTACTS
from phone_numbers import CONTACTS_FILE, dialled
from site_content import LANGUAGES, heading_text, parse_html, site_roles
from sitebuild import LOCAL_SITE_URL, PROJECT_ROOT
from source_text import normalise

from languages import language_root
from model import OWN_ORGANISATION, InputError, Tip, check_next_step_keys, read_contacts, read_role
from pages import fill, local_date

DATA = read_contacts(PROJECT_ROOT / CONTACTS_FILE)
DOCS = PROJECT_ROOT / "docs"
ROUTE_IDS = [
    entry for step in (DATA.route.overleggen, DATA.route.melden) for entry in step if entry != OWN_ORGANISATION
]
# Role pages whose own service is in the route (`eigen_dienst` in their front matter): the police officer
# is not sent to the public police number; the organisation's own people are left out of their own pages.
OWN_CONTACT = {"rollen/politie/": "politie"}
OWN_PERSON = {
    "rollen/aandachtsfunctionaris/": "ORG_AANDACHTSFUNCTIONARIS_TELEFOON",
    "rollen/zorgcoordinator/": "ORG_ZORGCOORDINATOR_TELEFOON",
}


def block(site_dir: Path, url: str) -> Tag:
    [found] = parse_html(site_dir / url / "index.html").select("article section.wat-doen")
    return found


def numbers(tag: Tag) -> list[tuple[str, str]]:
    """(written, dialled) of every `tel:` link in `tag`, in page order."""
    return [(a.get_text(), dialled(a["href"])) for a in tag.select('a[href^="tel:"]')]


def marked(section: Tag) -> dict[str, list[str]]:
    """The entries that each step marks as named in the tips: step heading -> the entries' names."""
    return {
        heading_text(h3): [
            normalise(li.select_one(".wat-doen__naam").get_text())
            for li in h3.find_next_sibling("ul").select("li.wat-doen__genoemd")
        ]
        for h3 in section.select("h3")
    }


def test_every_role_page_has_one_shape_with_the_data_files_numbers(site_dir: Path):
    roles = site_roles(site_dir)
    assert len(roles) == 9
    for url, _ in roles.values():
        expected = {
            (contact.nummer.written, contact.nummer.dial)
            for contact in DATA.contacten
            if contact.id in ROUTE_IDS and contact.id != OWN_CONTACT.get(url)
        }
        expected.add((DATA.emergency.nummer.written, DATA.emergency.nummer.dial))
        section = block(site_dir, url)
        assert heading_text(section.h2) == "Wat kun je doen?"
        assert "wat-doen__spoed" in section.h2.find_next_sibling()["class"], f"{url}: 112 first"
        assert [heading_text(h) for h in section.select("h3")] == ["Overleggen", "Melden"], url
        shown = numbers(section)
        assert sorted(shown) == sorted(expected), url  # each number once, none typed by hand
        assert [a["href"] for a in section.select('a[href^="tel:"]')] == [f"tel:{dial}" for _, dial in shown], (
            "every tel: link dials the number it shows"
        )


def test_the_politie_page_does_not_send_an_officer_to_the_public_police_number(site_dir: Path):
    politie = DATA.contact("politie")
    assert politie.nummer.dial not in {dial for _, dial in numbers(block(site_dir, "rollen/politie/"))}
    assert politie.nummer.dial in {dial for _, dial in numbers(block(site_dir, "rollen/docent/"))}


def test_112_is_said_once_and_stands_out(site_dir: Path):
    for url, _ in site_roles(site_dir).values():
        section = block(site_dir, url)
        [line] = [p for p in section.select("p") if p.select_one('a[href="tel:112"]')]
        assert "wat-doen__spoed" in line["class"]
        assert normalise(line.get_text()) == "Bij direct gevaar: bel 112"
        assert normalise(section.get_text()).count("112") == 1


def test_the_contacts_a_tip_names_are_marked_within_their_step(
    site_dir: Path, site_variant: Callable[[dict[str, str]], Path]
):
    """The huisarts tip says "neem contact op met de zorgcoördinator of Veilig Thuis": both are marked in
    Overleggen, where the route puts them, after 112. Without an organisation's zorgcoördinator that is
    CoMensha, who knows the one for each region; with one, the organisation's own."""
    url = "rollen/huisarts/"
    veilig_thuis, comensha = DATA.contact("veilig-thuis"), DATA.contact("comensha")
    section = block(site_dir, url)
    assert marked(section) == {"Overleggen": [veilig_thuis.naam, comensha.naam], "Melden": []}
    comensha_entry = section.select("li.wat-doen__genoemd")[1]
    assert "zorgcoördinator" in normalise(comensha_entry.get_text())
    assert "Genoemd in de tips." in normalise(comensha_entry.get_text())

    organisation = block(site_variant(EXAMPLE_CONTACTS), url)
    own = f"Zorgcoördinator in je eigen organisatie: {EXAMPLE_CONTACTS['ORG_ZORGCOORDINATOR_NAAM']}"
    assert marked(organisation) == {"Overleggen": [own, veilig_thuis.naam], "Melden": []}
    assert [dial for _, dial in numbers(organisation)][:3] == [
        DATA.emergency.nummer.dial,
        dialled(EXAMPLE_CONTACTS["ORG_AANDACHTSFUNCTIONARIS_TELEFOON"]),
        dialled(EXAMPLE_CONTACTS["ORG_ZORGCOORDINATOR_TELEFOON"]),
    ], "the route's order: 112, then the organisation's people, then the contacts"


def test_a_page_whose_tips_name_no_contact_marks_none(site_dir: Path):
    assert block(site_dir, "rollen/ouders-vrienden/").select(".wat-doen__genoemd") == []


def test_a_tip_that_names_another_contact_fails_the_build_naming_the_role():
    """Order and marks come from the front matter, not from where names stand in the tip text; a tip text
    that no longer matches `tips_noemen` stops the build with one line."""
    huisarts = read_role(DOCS, "rollen/huisarts.md")
    check_next_step_keys(huisarts, DATA)
    reworded = huisarts.model_copy(
        update={"tips": [Tip(id="huisarts-x", tekst="Neem contact op met CoMensha of Veilig Thuis.")]}
    )
    with pytest.raises(
        InputError, match=r"^docs/rollen/huisarts.md: tips_noemen .*; set tips_noemen: \[comensha, veilig-thuis\]$"
    ):
        check_next_step_keys(reworded, DATA)
    docent = read_role(DOCS, "rollen/docent.md")
    with pytest.raises(InputError, match=r"^docs/rollen/docent.md: eigen_dienst: 'politi' is no contact id or person"):
        check_next_step_keys(docent.model_copy(update={"eigen_dienst": ["politi"]}), DATA)


def test_every_role_page_gives_the_numbers_check_date_and_sources(site_dir: Path):
    for url, _ in site_roles(site_dir).values():
        [line] = block(site_dir, url).select("p.nummers-bron")
        [link] = line.select("a")
        assert normalise(line.get_text()) == fill(
            texts()["nummers_bron"], datum=local_date(DATA.gecontroleerd, texts()), bronnen=link.get_text()
        )
        assert line.time["datetime"] == DATA.gecontroleerd.isoformat()
        assert urljoin(f"/{url}", link["href"]) == "/hulp-en-melden/"
        assert link.get_text() == f"{LOCAL_SITE_URL.split('://')[1]}hulp-en-melden/"  # written without http(s)://


def test_the_organisations_numbers_are_there_when_set(site_variant: Callable[[dict[str, str]], Path]):
    site_dir = site_variant(EXAMPLE_CONTACTS)
    own = {name: dialled(value) for name, value in EXAMPLE_CONTACTS.items() if name.endswith("_TELEFOON")}
    for url, _ in site_roles(site_dir).values():
        shown = {dial for _, dial in numbers(block(site_dir, url))}
        expected = {name: dial for name, dial in own.items() if name != OWN_PERSON.get(url)}
        assert set(expected.values()) <= shown, url
        if url in OWN_PERSON:
            assert own[OWN_PERSON[url]] not in shown, f"{url} leaves out its own service"


def test_it_ends_with_the_way_to_hulp_en_melden(site_dir: Path):
    for url, _ in site_roles(site_dir).values():
        last = block(site_dir, url).find_all(recursive=False)[-1]
        assert [urljoin(f"/{url}", a["href"]) for a in last.select("a")] == ["/hulp-en-melden/"], url


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_a_translated_role_page_has_the_same_shape_and_numbers_in_its_language(site_dir: Path, language: str):
    """The same block as on the Dutch page, its texts from the language's texts file and its contacts' names
    from the data file's text in that language; the way on leads to "Hulp en melden" in the same language."""
    texts_in = texts(language)
    contacts = DATA.in_language(language)
    translated = site_roles(site_dir, language)
    assert len(translated) == len(site_roles(site_dir))
    for url, _ in translated.values():
        section, dutch = block(site_dir, url), block(site_dir, url.removeprefix(language_root(language)))
        assert heading_text(section.h2) == texts_in["wat_kun_je_doen"], url
        spoed = section.h2.find_next_sibling()
        assert "wat-doen__spoed" in spoed["class"], f"{url}: 112 first"
        assert normalise(spoed.get_text()) == texts_in["spoed_bel"].format(
            waarvoor=contacts.emergency_label, nummer=contacts.emergency.nummer.written
        )
        assert [heading_text(h) for h in section.select("h3")] == [texts_in["overleggen"], texts_in["melden"]], url
        assert numbers(section) == numbers(dutch), f"{url}: the Dutch page's numbers, in its order"
        assert [len(names) for names in marked(section).values()] == [len(names) for names in marked(dutch).values()]
        last = section.find_all(recursive=False)[-1]
        assert [urljoin(f"/{url}", a["href"]) for a in last.select("a")] == [
            f"/{language_root(language)}hulp-en-melden/"
        ]
