"""Each role page, in every language, printed to A4 in Chromium is one page with the role, all its tips,
"Wat kun je doen?" with its numbers and the line with their check date and sources, the page's own address
with a QR code that a phone reads as that address, and the organisation's contacts when set; without the
site's navigation, header, search, footer or buttons."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path

import pypdfium2
import zxingcpp
from chromium import Visit
from interface_texts import texts
from organisation_settings import EXAMPLE_CONTACTS
from phone_numbers import CONTACTS_FILE
from pypdf import PdfReader
from site_content import dutch_page, language_of, languages, parse_html, site_roles
from sitebuild import PROJECT_ROOT
from source_text import normalise
from static_server import serve

from model import DEFAULT_LANGUAGE, OWN_ORGANISATION, read_contacts, read_languages, read_role

# The interface texts that only the site's controls show on screen: quick exit, skip link, search, colour
# toggle and the tips' "Kopieer link" (data/teksten.<code>.yml); Material's footer links are read from the page.
SCREEN_ONLY_TEXTS = ["snel_weg", "naar_inhoud", "zoeken", "donkere_weergave_aan", "kopieer_link"]
DUTCH = read_languages(PROJECT_ROOT)[DEFAULT_LANGUAGE]
SCAN_DPI = 150  # a printed page, seen by a phone's camera at a modest resolution


def own_service(url: str) -> list[str]:
    """What a role page leaves out of "Wat kun je doen?" as its own service (`eigen_dienst`): contact ids
    and the organisation's people (`aandachtsfunctionaris`)."""
    return read_role(PROJECT_ROOT / "docs", dutch_page(url).rstrip("/") + ".md").eigen_dienst


def route_numbers(url: str) -> list[str]:
    """The numbers "Wat kun je doen?" shows on a role page: 112 and those of the data file's route."""
    data = read_contacts(PROJECT_ROOT / CONTACTS_FILE)
    route = {entry for step in data.route for entry in step[1] if entry != OWN_ORGANISATION} - set(own_service(url))
    return [contact.nummer.written for contact in data.contacten if contact.id in route or contact == data.emergency]


def printed_pdf(visit: Visit, url: str) -> bytes:
    """The PDF that Chromium prints for `url` on A4."""
    visit.page.goto(url)
    return visit.page.pdf(format="A4")


def printed_pages(pdf: bytes) -> list[str]:
    """The text of each page of `pdf`, white space folded."""
    return [normalise(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def qr_codes(pdf: bytes) -> list[str]:
    """What a QR code reader reads on the first page of `pdf`."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[0].render(scale=SCAN_DPI / 72).to_pil()
    finally:
        document.close()
    return [code.text for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def test_each_role_page_prints_on_one_a4_with_its_tips_and_address(visit: Visit, site_dir: Path, site_url: str):
    assert_role_pages_print_on_one_a4(visit, site_dir, site_url, read_qr_codes=True)


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
    visit: Visit,
    site_dir: Path,
    site_url: str,
    also_printed: Mapping[str, str] | None = None,
    read_qr_codes: bool = False,
) -> None:
    """`also_printed`: the organisation's settings whose values every role page prints, except a person's
    on the page of their own role. `read_qr_codes`: also read the printed QR code (a rendering per page)."""
    roles = [url_and_role for language in languages() for url_and_role in site_roles(site_dir, language).values()]
    assert Counter(language_of(url) for url, _ in roles) == dict.fromkeys(languages(), 9)
    for url, role in roles:
        shown = texts(language_of(url))
        soup = parse_html(site_dir / url / "index.html")
        address = soup.select_one('link[rel="canonical"]')["href"]
        pdf = printed_pdf(visit, site_url + url)
        pages = printed_pages(pdf)
        assert len(pages) == 1, f"{url} prints on {len(pages)} pages"
        text = pages[0]
        # A translation starts with the notice that the Dutch text is the original (and says which language).
        notice = "" if language_of(url) == DEFAULT_LANGUAGE else shown["vertaling"].format(origineel=DUTCH.naam) + " "
        assert text.startswith(notice + role.name), text
        assert [tip for tip in role.tips if tip not in text] == [], url
        assert shown["pagina_online"].format(adres=address) in text, url
        contacts = read_contacts(PROJECT_ROOT / CONTACTS_FILE).in_language(language_of(url))
        emergency = shown["spoed_bel"].format(
            waarvoor=contacts.emergency_label, nummer=contacts.emergency.nummer.written
        )
        assert shown["wat_kun_je_doen"] in text and emergency in text, url
        sources = normalise(soup.select_one(".nummers-bron").get_text())
        assert sources.startswith(shown["nummers_bron"].split("{", 1)[0]) and sources in text, url
        assert [number for number in route_numbers(url) if number not in text] == [], url
        screen_only = [shown[key] for key in SCREEN_ONLY_TEXTS] + [
            normalise(direction.get_text()) for direction in soup.select(".md-footer__direction")
        ]
        assert [control for control in screen_only if control in text] == [], url
        if read_qr_codes:
            assert qr_codes(pdf) == [address], url
        own = tuple(f"ORG_{key.upper()}_" for key in own_service(url))
        assert [
            line for name, line in (also_printed or {}).items() if not name.startswith(own) and line not in text
        ] == [], url
