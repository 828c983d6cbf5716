"""The toegankelijkheidsverklaring, written for citizens: who is responsible (ORG_NAAM, or the organisation
that hosts the copy), the standards named correctly (the site aims at WCAG 2.2 AA; EN 301 549 refers to
WCAG 2.1 AA), what is checked in plain words (the tools' names are in CONTRIBUTING), and where to report a
problem: the address the organisation set at build time (ORG_CONTACT), or, unset, a plain line for the
public, never a note to the host. No made-up address."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urljoin

import pytest
from site_content import parse_html
from sitebuild import input_problems
from source_text import normalise

STATEMENT = Path("toegankelijkheid") / "index.html"


def test_statement_is_the_last_navigation_entry_and_names_the_tests(site_dir: Path):
    soup = parse_html(site_dir / "index.html")
    links = [
        urljoin("/", a["href"])
        for a in soup.select("nav.md-nav--primary a.md-nav__link[href]")
        if not a.find_parent("nav", class_="md-nav--secondary")
    ]
    assert links[-1] == "/toegankelijkheid/"
    article = parse_html(site_dir / STATEMENT).select_one("article")
    text = normalise(article.get_text(" "))
    assert [
        name
        for name in ["Toetsenbord", "Snel weg", "320 pixels", "Privacy", "Printen", "Wat nog niet goed is"]
        if name not in text
    ] == []
    assert [jargon for jargon in ["axe-core", "pa11y", "HTML_CodeSniffer", "3 : 1", "W3C"] if jargon in text] == []
    assert "De website zet geen cookies" in text


def test_the_standards_are_named_correctly(site_dir: Path):
    """The site aims at WCAG 2.2 AA; EN 301 549, the standard for government sites, refers to WCAG 2.1 AA."""
    paragraphs = [normalise(p.get_text()) for p in parse_html(site_dir / STATEMENT).select("article p")]
    [aim] = [p for p in paragraphs if "WCAG 2.2, niveau AA" in p]
    assert "We houden ons aan" in aim and "EN 301 549" not in aim
    [standard] = [p for p in paragraphs if "EN 301 549" in p]
    assert "Die norm vraagt WCAG 2.1, niveau AA." in standard
    assert "worden ook de Europese norm" not in " ".join(paragraphs)


def test_without_settings_the_statement_speaks_to_the_public(site_dir: Path):
    article = parse_html(site_dir / STATEMENT).select_one("article")
    assert normalise(article.select_one(".verantwoordelijke").get_text()) == (
        "De organisatie die deze website op internet zet, is verantwoordelijk voor de toegankelijkheid ervan."
    )
    line = normalise(article.select_one(".meldadres").get_text())
    assert line.startswith("Meld het bij de organisatie die deze website aanbiedt.")
    assert [note for note in ["ingesteld", "toevoegen", "ORG_"] if note in line] == []
    assert [a["href"] for a in article.select("a[href^='mailto:'], .meldadres a")] == []


@pytest.mark.parametrize(
    ("contact", "href"),
    [
        ("toegankelijkheid@voorbeeld.nl", "mailto:toegankelijkheid@voorbeeld.nl"),
        ("https://intranet.voorbeeld.nl/melden", "https://intranet.voorbeeld.nl/melden"),
    ],
    ids=["e-mail", "url"],
)
def test_the_organisation_set_at_build_time_is_responsible_and_its_contact_the_reporting_link(
    site_variant: Callable[[dict[str, str]], Path], contact: str, href: str
):
    site = site_variant({"ORG_CONTACT": contact, "ORG_NAAM": "Gemeente Voorbeeld"})
    article = parse_html(site / STATEMENT).select_one("article")
    assert normalise(article.select_one(".verantwoordelijke").get_text()) == (
        "Gemeente Voorbeeld biedt deze website aan en is verantwoordelijk voor de toegankelijkheid ervan."
    )
    paragraph = article.select_one(".meldadres")
    assert normalise(paragraph.get_text()) == f"Meld het bij Gemeente Voorbeeld: {contact}"
    assert [a["href"] for a in paragraph.select("a")] == [href]


def test_a_contact_that_is_no_address_is_refused():
    """Checked as the build checks it (the build's own stop on a bad setting: tests/test_bad_inputs.py)."""
    assert input_problems(env={"ORG_CONTACT": "javascript:alert(1)"}) == [
        "ORG_CONTACT 'javascript:alert(1)': expected an absolute http(s) URL, like https://www.voorbeeld.nl/"
    ]
