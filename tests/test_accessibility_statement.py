"""The toegankelijkheidsverklaring says what is tested and where to report a problem: the address the
organisation set at build time (ORG_CONTACT), or, unset, plainly that there is none. No made-up address."""

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
    text = normalise(parse_html(site_dir / STATEMENT).select_one("article").get_text(" "))
    assert all(
        name in text
        for name in [
            "WCAG 2.2, niveau AA",
            "axe-core",
            "pa11y",
            "HTML_CodeSniffer",
            "Toetsenbord",
            "Snel weg",
            "320 pixels",
            "W3C HTML-checker",
            "Privacy",
            "Printen",
            "Wat nog niet goed is",
        ]
    )
    assert "WCAG 2.1" not in text


def test_without_a_contact_the_statement_says_none_is_set(site_dir: Path):
    article = parse_html(site_dir / STATEMENT).select_one("article")
    assert "nog geen adres ingesteld" in normalise(article.select_one(".meldadres").get_text())
    assert [a["href"] for a in article.select("a[href^='mailto:'], .meldadres a")] == []


@pytest.mark.parametrize(
    ("contact", "href"),
    [
        ("toegankelijkheid@voorbeeld.nl", "mailto:toegankelijkheid@voorbeeld.nl"),
        ("https://intranet.voorbeeld.nl/melden", "https://intranet.voorbeeld.nl/melden"),
    ],
    ids=["e-mail", "url"],
)
def test_a_contact_set_at_build_time_is_the_reporting_link(
    site_variant: Callable[[dict[str, str]], Path], contact: str, href: str
):
    site_dir = site_variant({"ORG_CONTACT": contact, "ORG_NAAM": "Gemeente Voorbeeld"})
    paragraph = parse_html(site_dir / STATEMENT).select_one("article .meldadres")
    assert normalise(paragraph.get_text()) == f"Meld het bij Gemeente Voorbeeld: {contact}"
    assert [a["href"] for a in paragraph.select("a")] == [href]


def test_a_contact_that_is_no_address_is_refused():
    """Checked as the build checks it (the build's own stop on a bad setting: tests/test_bad_inputs.py)."""
    assert input_problems(env={"ORG_CONTACT": "javascript:alert(1)"}) == [
        "ORG_CONTACT 'javascript:alert(1)': expected an absolute http(s) URL, like https://www.voorbeeld.nl/"
    ]
