"""The organisation's contact people (ORG_<PERSON>_<FIELD>) have a longest value each (hooks/model.py
PERSON_LIMITS): with every field of both people at its limit, each role page and both posters still print on
one page (a translation's poster that no longer fits is left out, and `make poster` says so); one character more is refused by the model, with a message that says the limit."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from playwright.sync_api import Browser
from poster_script import run_build_poster
from pypdf import PdfReader
from site_content import site_roles
from source_text import normalise

from model import PERSON_LIMITS, InputError, Settings
from test_poster import DUTCH_POSTERS, POSTERS

PEOPLE = ("AANDACHTSFUNCTIONARIS", "ZORGCOORDINATOR")
DOMAIN = "@voorbeeld.nl"
LINK_START = "https://intranet.voorbeeld.nl/"
# Long but real-looking values, cut to a length; wide letters and words that wrap as text does.
NAME = "Wilhelmina van der Westhuizen-Oosterwijk-Mulder Wouters, adjunct-directeur zorg en veiligheid Noord-Holland, team Wachtwoord"
MAILBOX = "wilhelmina.vanderwesthuizen-oosterwijk.mulder.wouters.zorg"
LINK_PATH = (
    "organisatie/zorg-en-veiligheid/meldcode-huiselijk-geweld-en-mensenhandel/contactpersonen/aandachtsfunctionaris/"
)
PHONE_NUMBERS = {24: "+31 (0) 30 - 765 - 43 21"}  # the same number (030 765 43 21), written at its length


def person_values(extra: int = 0) -> dict[str, str]:
    """A person's four fields at their limits, plus `extra` characters."""
    values = {
        "naam": NAME[: PERSON_LIMITS["naam"] + extra].rstrip().ljust(PERSON_LIMITS["naam"] + extra, "s"),
        "telefoon": PHONE_NUMBERS[PERSON_LIMITS["telefoon"]] + " " * extra,
        "email": MAILBOX[: PERSON_LIMITS["email"] + extra - len(DOMAIN)] + DOMAIN,
        "link": LINK_START + LINK_PATH[: PERSON_LIMITS["link"] + extra - len(LINK_START)],
    }
    return values


def at_the_limits() -> dict[str, str]:
    values = person_values()
    assert {field: len(value) for field, value in values.items()} == PERSON_LIMITS
    return {f"ORG_{person}_{field.upper()}": value for person in PEOPLE for field, value in values.items()}


@pytest.mark.parametrize("field", PERSON_LIMITS)
def test_one_character_over_the_limit_is_refused_naming_the_limit(field: str):
    name = f"ORG_ZORGCOORDINATOR_{field.upper()}"
    Settings.from_environment({"SITE_URL": "https://www.voorbeeld.nl/", name: person_values()[field]}, serve_url=None)
    over = person_values(extra=1)[field]
    assert len(over) == PERSON_LIMITS[field] + 1
    with pytest.raises(InputError) as refused:
        Settings.from_environment({"SITE_URL": "https://www.voorbeeld.nl/", name: over}, serve_url=None)
    assert str(refused.value).startswith(f"{name} {over!r}: expected at most {PERSON_LIMITS[field]} characters")


def test_at_the_limits_every_role_page_and_both_posters_print_on_one_page(
    site_variant, browser: Browser, tmp_path: Path
):
    settings = at_the_limits()
    dist = tmp_path / "dist"
    posters = run_build_poster(dist, settings)
    assert posters.returncode == 0, posters.stderr  # build-poster refuses a poster of more than one page
    printed = {pdf.name: PdfReader(pdf).pages for pdf in sorted(dist.glob("*.pdf"))}
    site = site_variant(settings)
    page = browser.new_page(locale="nl-NL")
    for role_url in [role_url for role_url, _ in site_roles(site).values() if role_url.startswith("rollen/")]:
        page.goto((site / role_url / "index.html").as_uri())
        printed[role_url] = PdfReader(io.BytesIO(page.pdf(format="A4"))).pages
    page.close()
    left_out = set(POSTERS) - set(printed)
    assert left_out <= set(POSTERS) - set(DUTCH_POSTERS)
    assert sorted(left_out) == sorted(name for name in POSTERS if f"{name}: the poster prints on" in posters.stderr)
    assert len(printed) == len(POSTERS) - len(left_out) + 9
    assert {document: len(pages) for document, pages in printed.items() if len(pages) != 1} == {}
    text = {document: normalise(" ".join(page.extract_text() for page in pages)) for document, pages in printed.items()}
    showing = [document for document, words in text.items() if person_values()["naam"] in words]
    assert len(showing) >= 4, "the posters and the role pages that name the organisation's people show them"
