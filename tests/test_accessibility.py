"""axe-core finds no WCAG 2.0/2.1 A or AA violation and no best-practice violation, on every built Dutch
page and a sample of each translation's (site_content.TRANSLATION_SAMPLE), on a phone (real emulation: mobile viewport, touch, device scale factor) and a desktop screen, in the light and the dark colour scheme: as the page loads, with the
search open and showing results, and after arriving at a tip through its link. Also with the settings
an organisation may add at build time: its contacts (ORG_*) and a copyright line in the footer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from axe_screen import Screen
from browser_actions import search
from organisation_settings import EXAMPLE_CONTACTS
from site_content import browser_checked_pages, in_language, language_of, languages, parse_html, site_roles
from sitebuild import build, copy_project
from static_server import serve

from model import DEFAULT_LANGUAGE


def test_every_page_as_it_loads(screen: Screen, site_dir: Path, site_url: str):
    pages = browser_checked_pages(site_dir, with_404=True)
    assert "404.html" in pages and "en/rollen/docent/" in pages
    found = []
    for url in pages:
        screen.open(site_url + url)
        found += screen.violations()
    assert found == []


def test_search_open_with_results(screen: Screen, site_url: str):
    found = []
    for home in ("", "en/"):
        screen.open(site_url + home)
        search(screen.page, "school")
        found += screen.violations()
    assert found == []


def test_arriving_at_a_tip(screen: Screen, site_dir: Path, site_url: str):
    """At a role's last tip, in each language: every role page is one template, and the tip's text is checked on
    every page as it loads (above); here what arriving adds, the tip marked as the target."""
    found = []
    for url in [in_language("rollen/docent/", code) for code in languages()]:
        tip_id = parse_html(site_dir / url / "index.html").select("article ol.tips > li.tip")[-1]["id"]
        screen.open(f"{site_url}{url}#{tip_id}")
        assert screen.page.locator(f"#{tip_id}").is_visible()
        found += screen.violations()
    assert found == []


ORGANISATION_SETTINGS = {
    **EXAMPLE_CONTACTS,
    "ORG_NAAM": "Gemeente Voorbeeld",
    "ORG_CONTACT": "toegankelijkheid@voorbeeld.nl",
    "ORG_ZORGCOORDINATOR_LINK": "https://intranet.voorbeeld.nl/zorg",
}


@pytest.fixture(scope="module")
def site_with_organisation_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site built with an organisation's settings and a copyright and "made with" line, served."""
    project = copy_project(tmp_path_factory.mktemp("organisation") / "project")
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("generator: false", "generator: true")
        + 'copyright: "Een uitgave van de organisatie"\n',
        encoding="utf-8",
    )
    result = build(project.parent / "site", project, env=ORGANISATION_SETTINGS)
    assert result.returncode == 0, result.stderr
    with serve(project.parent / "site") as url:
        yield url


def test_pages_with_organisation_settings(screen: Screen, site_with_organisation_settings: str, site_dir: Path):
    role_url = next(url for url, _ in site_roles(site_dir).values() if language_of(url) == DEFAULT_LANGUAGE)
    found = []
    for url in ["", role_url, "toegankelijkheid/", in_language(role_url, "en")]:
        screen.open(site_with_organisation_settings + url)
        assert screen.page.locator(".md-copyright").is_visible()
        found += screen.violations()
    assert found == []
