"""Names a screen reader reads out, on every built page: the page title says the site's name once,
landmarks have Dutch labels, and the header's controls have names that say what they do."""

from __future__ import annotations

from pathlib import Path

from site_content import built_pages, parse_html
from sitebuild import mkdocs_config

ENGLISH_LABELS = {"Header", "Footer", "Navigation", "Table of contents", "Search"}


def pages(site_dir: Path) -> list[Path]:
    return [*built_pages(site_dir), site_dir / "404.html"]


def test_titles_name_the_page_then_the_site_once(site_dir: Path):
    site_name = mkdocs_config()["site_name"]
    assert parse_html(site_dir / "index.html").title.get_text(strip=True) == site_name
    for page in pages(site_dir):
        title = parse_html(page).title.get_text(strip=True)
        assert title.count(site_name) == 1, page
        if page != site_dir / "index.html":
            assert title.endswith(f" - {site_name}") and title != f"{site_name} - {site_name}", page


def test_landmark_labels_are_dutch(site_dir: Path):
    for page in pages(site_dir):
        soup = parse_html(page)
        labels = [nav.get("aria-label") for nav in soup.select("nav")]
        assert None not in labels, page
        assert not ENGLISH_LABELS & set(labels), (page, labels)
        assert soup.select_one("header.md-header > nav")["aria-label"] == "Paginakop", page
        assert soup.select_one("nav.snel-weg")["aria-label"] == "Direct naar", page
        footer = soup.select_one("footer nav.md-footer__inner")
        assert footer is None or footer["aria-label"] == "Vorige en volgende pagina", page


def test_header_controls_are_named_buttons(site_dir: Path):
    for page in pages(site_dir):
        header = parse_html(page).select_one("header.md-header")
        buttons = {button["data-md-for"]: button for button in header.select("button.md-header__button[data-md-for]")}
        assert {control: button["aria-label"] for control, button in buttons.items()} == {
            "__drawer": "Menu",
            "__search": "Zoeken",
        }, page
        assert header.select("label.md-header__button") == [], page
        toggles = header.select("[data-md-component='palette'] button.kleurenschema")
        assert [toggle["aria-label"] for toggle in toggles] == [
            "Zet donkere weergave aan",
            "Zet lichte weergave aan",
        ], page
        radios = header.select("[data-md-component='palette'] input[type='radio']")
        assert len(radios) == 2 and all(r.get("tabindex") == "-1" and r.get("aria-hidden") == "true" for r in radios), (
            page
        )
