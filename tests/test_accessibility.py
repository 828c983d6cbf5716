"""axe-core finds no WCAG 2.0/2.1 A or AA violation and no best-practice violation, on every built page,
on two phones (real emulation: mobile viewport, touch, device scale factor) and a desktop screen, in the light and the dark colour scheme: as the page loads, with the
search open and showing results, and after arriving at a tip through its link. Also with the settings
an organisation may add at build time: its contacts (ORG_*) and a copyright line in the footer."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page

from browser_actions import search, wait_until_settled
from organisation_settings import EXAMPLE_CONTACTS
from sitebuild import build, copy_project
from site_content import built_pages, page_url, parse_html, site_roles
from static_server import serve

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
    "resultTypes": ["violations"],
}
# Phones are emulated as Chromium emulates a device: a mobile viewport, touch and no hover, and a device
# scale factor; some of Material's behaviour depends on it (a scrolling code block is focusable only
# with hover). A 375 px desktop window is not a phone.
PHONE = {"is_mobile": True, "has_touch": True, "device_scale_factor": 1.75}
SCREENS = {
    "phone-375x667": {"viewport": {"width": 375, "height": 667}, **PHONE},
    "phone-412x823": {"viewport": {"width": 412, "height": 823}, **PHONE},
    "desktop-1280": {"viewport": {"width": 1280, "height": 800}},
}
SCHEMES = {"light": "default", "dark": "slate"}


@dataclass
class Screen:
    """A tab at one screen width whose visitor prefers one colour scheme."""

    page: Page
    scheme: str

    def open(self, url: str) -> None:
        """Open `url` and check that the page shows the preferred colour scheme."""
        self.page.goto(url)
        assert self.page.locator("body").get_attribute("data-md-color-scheme") == self.scheme, url

    def violations(self) -> list[str]:
        """Each axe violation on the page as it is now, with the elements it concerns."""
        wait_until_settled(self.page)
        results = self.page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
        return [
            f"{self.page.url}: {violation['id']} ({violation['help']}) at {[node['target'] for node in violation['nodes']]}"
            for violation in results["violations"]
        ]


@pytest.fixture(params=[(d, s) for d in SCREENS for s in SCHEMES], ids=lambda p: f"{p[0]}-{p[1]}")
def screen(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Screen]:
    device, scheme = request.param
    context = browser.new_context(locale="nl-NL", color_scheme=scheme, **SCREENS[device])
    context.add_init_script(Axe().axe_script)
    yield Screen(context.new_page(), SCHEMES[scheme])
    context.close()


def test_every_page_as_it_loads(screen: Screen, site_dir: Path, site_url: str):
    pages = [page_url(site_dir, page) for page in built_pages(site_dir, with_404=True)]
    assert "404.html" in pages
    found = []
    for url in pages:
        screen.open(site_url + url)
        found += screen.violations()
    assert found == []


def test_search_open_with_results(screen: Screen, site_url: str):
    screen.open(site_url)
    search(screen.page, "school")
    assert screen.violations() == []


def test_arriving_at_a_tip(screen: Screen, site_dir: Path, site_url: str):
    found = []
    for url, _ in site_roles(site_dir).values():
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
    config.write_text(config.read_text(encoding="utf-8").replace("generator: false", "generator: true")
                      + 'copyright: "Een uitgave van de organisatie"\n', encoding="utf-8")
    result = build(project.parent / "site", project, env=ORGANISATION_SETTINGS)
    assert result.returncode == 0, result.stderr
    with serve(project.parent / "site") as url:
        yield url


def test_pages_with_organisation_settings(screen: Screen, site_with_organisation_settings: str, site_dir: Path):
    role_url = next(iter(site_roles(site_dir).values()))[0]
    found = []
    for url in ["", role_url, "toegankelijkheid/"]:
        screen.open(site_with_organisation_settings + url)
        assert screen.page.locator(".md-copyright").is_visible()
        found += screen.violations()
    assert found == []
