"""Each role page printed to A4 in Chromium is one page with the role, all its tips, "Wat kun je doen?"
with its numbers, the page's own address and the organisation's contacts when set, and without the site's navigation, header, search,
footer or buttons."""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from pathlib import Path

from chromium import Visit
from organisation_settings import EXAMPLE_CONTACTS
from phone_numbers import CONTACTS_FILE
from pypdf import PdfReader
from site_content import parse_html, site_roles
from sitebuild import PROJECT_ROOT
from source_text import normalise
from static_server import serve

from model import OWN_ORGANISATION, read_contacts, read_role

# Text that only the site's controls and navigation show on screen: skip link, search, footer, colour
# toggle, and the buttons of the tips' links and of the quick exit.
SCREEN_ONLY_TEXT = [
    "Ga naar inhoud",
    "Zoeken",
    "Vorige",
    "Volgende",
    "Zet donkere weergave aan",
    "Kopieer link",
    "Snel weg",
]


def own_service(url: str) -> list[str]:
    """What a role page leaves out of "Wat kun je doen?" as its own service (`eigen_dienst`): contact ids
    and the organisation's people (`aandachtsfunctionaris`)."""
    return read_role(PROJECT_ROOT / "docs", url.rstrip("/") + ".md").eigen_dienst


def route_numbers(url: str) -> list[str]:
    """The numbers "Wat kun je doen?" shows on a role page: 112 and those of the data file's route."""
    data = read_contacts(PROJECT_ROOT / CONTACTS_FILE)
    route = {entry for step in data.route for entry in step[1] if entry != OWN_ORGANISATION} - set(own_service(url))
    return [contact.nummer.written for contact in data.contacten if contact.id in route or contact == data.emergency]


def printed_pages(visit: Visit, url: str) -> list[str]:
    """The text of each A4 page that Chromium prints for `url`, white space folded."""
    visit.page.goto(url)
    pdf = PdfReader(io.BytesIO(visit.page.pdf(format="A4")))
    return [normalise(page.extract_text()) for page in pdf.pages]


def test_each_role_page_prints_on_one_a4_with_its_tips_and_address(visit: Visit, site_dir: Path, site_url: str):
    assert_role_pages_print_on_one_a4(visit, site_dir, site_url)


def test_the_organisations_contacts_are_printed_too(visit: Visit, site_variant: Callable[[dict[str, str]], Path]):
    site_dir = site_variant(EXAMPLE_CONTACTS)
    with serve(site_dir) as site_url:
        assert_role_pages_print_on_one_a4(
            visit,
            site_dir,
            site_url,
            {name: normalise(value) for name, value in EXAMPLE_CONTACTS.items()},
        )


def assert_role_pages_print_on_one_a4(
    visit: Visit, site_dir: Path, site_url: str, also_printed: Mapping[str, str] | None = None
) -> None:
    """`also_printed`: the organisation's settings whose values every role page prints, except a person's
    on the page of their own role."""
    roles = site_roles(site_dir)
    assert len(roles) == 9
    for url, role in roles.values():
        address = parse_html(site_dir / url / "index.html").select_one('link[rel="canonical"]')["href"]
        pages = printed_pages(visit, site_url + url)
        assert len(pages) == 1, f"{url} prints on {len(pages)} pages"
        text = pages[0]
        assert text.startswith(role.name), text
        assert [tip for tip in role.tips if tip not in text] == [], url
        assert f"Bekijk deze pagina online: {address}" in text
        assert "Wat kun je doen?" in text and "Bij direct gevaar: bel 112" in text, url
        assert [number for number in route_numbers(url) if number not in text] == [], url
        assert [control for control in SCREEN_ONLY_TEXT if control in text] == [], url
        own = tuple(f"ORG_{key.upper()}_" for key in own_service(url))
        assert [
            line for name, line in (also_printed or {}).items() if not name.startswith(own) and line not in text
        ] == [], url
