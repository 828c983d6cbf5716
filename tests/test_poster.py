"""`make poster` (scripts/build-poster) writes the A3 and the A4 poster as PDFs: each is one page of its paper
size, holds the title, the introduction, all 26 tips, the key numbers of the data file, the organisation's
own contacts when they are set, and 9 QR codes that a real decoder reads as the 9 role pages under SITE_URL.
The English A3 and A4 posters, printed from the English pages, are one page of their paper size too, and
their QR codes read as the English role pages. A role page printed on A4 has a QR code that reads as its own
address."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2
import pytest
import yaml
import zxingcpp
from chromium import Visit
from organisation_settings import EXAMPLE_CONTACTS
from poster_script import run_build_poster
from pypdf import PdfReader
from site_content import parse_html, site_roles
from sitebuild import LOCAL_SITE_URL, PROJECT_ROOT, mkdocs_config
from source_text import normalise, read_source

# scripts/build-poster prints with Chromium (tests/support/markers.py)
pytestmark = pytest.mark.browser

INTRANET_URL = "https://intranet.example.nl/mensenhandel/"
MM = 72 / 25.4
POSTERS = {  # file name: (width, height) in mm
    "de-reis-van-kelly-poster-a3.pdf": (420, 297),
    "de-reis-van-kelly-poster-a4.pdf": (210, 297),
    "de-reis-van-kelly-poster-a3-en.pdf": (420, 297),
    "de-reis-van-kelly-poster-a4-en.pdf": (210, 297),
}
DUTCH_POSTERS = [name for name in POSTERS if not name.endswith("-en.pdf")]
KEY_CONTACTS = ("spoed", "veilig-thuis", "politie")
ORGANISATION_HEADING = "Bij wie kun je terecht in je eigen organisatie?"
SCAN_DPI = 200  # a printed poster, seen at a modest resolution


@pytest.fixture(scope="module")
def make_poster(tmp_path_factory: pytest.TempPathFactory) -> Callable[[dict[str, str]], Path]:
    """Run scripts/build-poster, as `make poster` does, with these build settings; once per set."""
    made: dict[tuple[tuple[str, str], ...], Path] = {}

    def poster(env: dict[str, str]) -> Path:
        key = tuple(sorted(env.items()))
        if key not in made:
            dist = tmp_path_factory.mktemp("dist")
            result = run_build_poster(dist, env)
            assert result.returncode == 0, result.stderr
            made[key] = dist
        return made[key]

    return poster


def role_addresses(site_url: str) -> list[str]:
    """The role pages' addresses under `site_url`, in nav order."""
    nav = [path for item in mkdocs_config()["nav"] for path in ([item] if isinstance(item, str) else item.values())]
    return [f"{site_url}{path.removesuffix('.md')}/" for path in nav if path.startswith("rollen/")]


def key_numbers() -> list[str]:
    contacts = yaml.safe_load((PROJECT_ROOT / "data" / "contacten.yml").read_text(encoding="utf-8"))["contacten"]
    return [contact["nummer"] for contact in contacts if contact["id"] in KEY_CONTACTS]


def pdf_text(pdf: Path) -> str:
    return normalise(" ".join(page.extract_text() for page in PdfReader(pdf).pages))


def decoded_qr_codes(pdf: Path) -> list[zxingcpp.Barcode]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[0].render(scale=SCAN_DPI / 72).to_pil()
    finally:
        document.close()
    return zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)


@pytest.mark.parametrize("name", POSTERS)
def test_each_poster_is_one_page_of_its_paper_size(make_poster, name: str):
    pages = PdfReader(make_poster({}) / name).pages
    assert len(pages) == 1
    width, height = (float(pages[0].mediabox.width) / MM, float(pages[0].mediabox.height) / MM)
    expected = POSTERS[name]
    assert abs(width - expected[0]) < 1 and abs(height - expected[1]) < 1, (width, height)


@pytest.mark.parametrize("name", DUTCH_POSTERS)
def test_each_poster_holds_the_title_the_introduction_all_26_tips_and_the_key_numbers(make_poster, name: str):
    title, intro, roles = read_source()
    text = pdf_text(make_poster({}) / name)
    tips = [tip for role in roles for tip in role.tips]
    assert len(tips) == 26
    assert [tip for tip in tips if tip not in text] == []
    assert [role.name for role in roles if role.name not in text] == []
    assert title in text and intro in text
    numbers = key_numbers()
    assert len(numbers) == 3 and [number for number in numbers if number not in text] == []
    assert ORGANISATION_HEADING not in text, "no organisation contacts are set"


@pytest.mark.parametrize("name", POSTERS)
def test_a_decoder_reads_the_9_qr_codes_as_the_role_pages_in_the_posters_language(make_poster, name: str):
    codes = decoded_qr_codes(make_poster({}) / name)
    language_root = "" if name in DUTCH_POSTERS else "en/"
    assert sorted(code.text for code in codes) == sorted(role_addresses(LOCAL_SITE_URL + language_root))
    assert len(codes) == 9
    assert {code.ec_level for code in codes} == {"Q"}, "error correction that survives print"


@pytest.mark.parametrize("name", DUTCH_POSTERS)
def test_a_build_for_an_intranet_address_prints_that_address_and_the_organisations_contacts(make_poster, name: str):
    pdf = make_poster({"SITE_URL": INTRANET_URL, **EXAMPLE_CONTACTS}) / name
    assert len(PdfReader(pdf).pages) == 1
    assert sorted(code.text for code in decoded_qr_codes(pdf)) == sorted(role_addresses(INTRANET_URL))
    text = pdf_text(pdf)
    assert ORGANISATION_HEADING in text
    assert [value for value in EXAMPLE_CONTACTS.values() if normalise(value) not in text] == []
    _, _, roles = read_source()
    assert [tip for role in roles for tip in role.tips if tip not in text] == []


def test_a_printed_role_page_has_a_qr_code_that_a_decoder_reads_as_its_own_address(
    visit: Visit, site_dir: Path, site_url: str, tmp_path: Path
):
    dutch = [role_url for role_url, _ in site_roles(site_dir).values()]
    english = [role_url for role_url, _ in site_roles(site_dir, "en").values()]
    assert len(dutch) == 9 and all(url.startswith("rollen/") for url in dutch) and "en/rollen/docent/" in english
    for role_url in [*dutch, "en/rollen/docent/"]:  # one English page: its address is under en/
        address = parse_html(site_dir / role_url / "index.html").select_one('link[rel="canonical"]')["href"]
        visit.page.goto(site_url + role_url)
        pdf = tmp_path / "role-page.pdf"
        pdf.write_bytes(visit.page.pdf(format="A4"))
        assert [code.text for code in decoded_qr_codes(pdf)] == [address]
