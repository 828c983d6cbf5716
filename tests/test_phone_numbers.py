"""No phone number on the site but those of the contacts data file and the organisation's own."""

from pathlib import Path

import pytest
from phone_numbers import (
    DUTCH_PHONE_NUMBER,
    allowed_numbers,
    contact_numbers,
    dialled,
    phone_numbers,
    unexpected_numbers,
)
from site_content import parse_html
from sitebuild import build, copy_project


def test_the_pattern_matches_every_number_of_the_data_file_as_written():
    numbers = contact_numbers()
    assert len(numbers) > 1
    assert [number for number in numbers if not DUTCH_PHONE_NUMBER.fullmatch(number)] == []


@pytest.mark.parametrize(
    "text",
    [
        "06-12345678",
        "06 1234 5678",
        "+31 6 12345678",
        "+31 (0)20 123 4567",
        "0031 20 123 4567",
        "(020) 123 45 67",
        "020-1234567",
        "0800 123 4567",
        "0906-1234",
        "113",
        "144",
        "14 020",
    ],
)
def test_the_pattern_matches_other_ways_to_write_a_dutch_number(text: str):
    assert DUTCH_PHONE_NUMBER.fullmatch(text)


@pytest.mark.parametrize(
    "text",
    [
        "gecontroleerd 2026-11-28",
        "9.00-17.00 uur",
        "bundle.08001234.min.js",
        "1144",
        "versie 1.6.1",
        "26 tips",
    ],
)
def test_the_pattern_ignores_dates_times_and_file_names(text: str):
    assert DUTCH_PHONE_NUMBER.search(text) is None


def test_the_site_shows_no_other_phone_number(site_dir: Path):
    shown = {dialled(found.number) for found in phone_numbers(site_dir)}
    assert shown >= {dialled(number) for number in contact_numbers()}
    assert unexpected_numbers(site_dir, allowed_numbers()) == []


def test_every_tel_link_calls_the_number_it_shows(site_dir: Path):
    links = [link for page in site_dir.rglob("*.html") for link in parse_html(page).select('a[href^="tel:"]')]
    assert links
    assert [link for link in links if link["href"] != f"tel:{dialled(link.get_text())}"] == []
    assert {dialled(link["href"]) for link in links} <= allowed_numbers()


def test_a_number_from_elsewhere_is_found_and_a_configured_organisation_number_is_allowed(tmp_path: Path):
    organisation_number = "020 123 4567"
    settings = {"ORG_ZORGCOORDINATOR_TELEFOON": organisation_number}
    project = copy_project(tmp_path / "project")
    with (project / "docs" / "veilig-internetten.md").open("a", encoding="utf-8") as markdown:
        markdown.write(f"\nBel 06-12345678 of {organisation_number}, of [stuur een bericht](tel:+31612345678).\n")
    assert build(tmp_path / "site", project, env=settings).returncode == 0
    unexpected = unexpected_numbers(tmp_path / "site", allowed_numbers(project, settings))
    assert {found.number for found in unexpected} == {"06-12345678", "+31612345678"}
    assert {found.location for found in unexpected} == {
        "veilig-internetten/index.html",
        "veilig-internetten/index.html <a href>",
        "search/search_index.json",
    }
