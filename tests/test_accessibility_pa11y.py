"""A second engine: pa11y with HTML_CodeSniffer (WCAG2AA) finds no error and no warning, apart from the reviewed
false positives below, each with the reason it is one: on a desktop screen (1280 px), on every built Dutch page
and card and a sample of each translation's pages (site_content.TRANSLATION_SAMPLE); on a phone (375 px, real
emulation), on the sample in every language, the layouts the phone's header, drawer and tips come in.
HTML_CodeSniffer reads the markup, which is the same on both screens; what the phone changes is which parts
are shown, and that is the same on every page of one template.

pa11y is the npm package pinned in package.json/package-lock.json (`npm ci --ignore-scripts`, which
`make test` runs, with PUPPETEER_SKIP_DOWNLOAD set); it drives Debian's Chromium (tests/pa11y_pages.cjs),
so nothing is downloaded when the tests run.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from site_content import TRANSLATION_SAMPLE, browser_checked_pages, dutch_page
from sitebuild import PROJECT_ROOT

# pa11y drives Chromium (tests/support/markers.py)
pytestmark = pytest.mark.browser

RUNNER = PROJECT_ROOT / "tests" / "pa11y_pages.cjs"
PA11Y = PROJECT_ROOT / "node_modules" / "pa11y" / "package.json"
VIEWPORTS = {
    "desktop": {"width": 1280, "height": 800},
    "phone": {"width": 375, "height": 667, "deviceScaleFactor": 2, "isMobile": True, "hasTouch": True},
}
PHONE_USER_AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36"


@dataclass(frozen=True)
class FalsePositive:
    code: str  # HTML_CodeSniffer's code, e.g. WCAG2AA.Principle3.Guideline3_2.3_2_2.H32.2
    selector: str  # a regular expression the issue's selector must match
    reason: str


FALSE_POSITIVES = [
    FalsePositive(
        "WCAG2AA.Principle3.Guideline3_2.3_2_2.H32.2",
        r"> form$",
        "Material's search form has no submit button: the search runs as you type, and Enter opens the "
        "first result. Nothing is submitted, so no change of context is hidden behind a submit.",
    ),
    FalsePositive(
        "WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Alpha",
        r"",
        "Material's colours are custom properties with transparency (rgba), which HTML_CodeSniffer cannot "
        "compose; axe-core composes them and finds every text at 4.5:1 or more in both colour schemes "
        "(test_accessibility.py).",
    ),
    FalsePositive(
        "WCAG2AA.Principle1.Guideline1_4.1_4_3.G145.Alpha",
        r"",
        "The same transparent colours, for large text: checked by axe-core as above.",
    ),
    FalsePositive(
        "WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Abs",
        r"^html > body > header > nav(?::nth-child\(\d\))? > div:nth-child\(\d\) > div > div:nth-child\([12]\) > span$",
        "The page and site titles in the header bar are positioned to slide on scroll; their background is "
        "the indigo bar (white on indigo, 6.9:1), checked by axe-core.",
    ),
    FalsePositive(
        "WCAG2AA.Principle1.Guideline1_4.1_4_10.C32,C31,C33,C38,SCR34,G206",
        r"",
        "Fixed or sticky elements (header bar, Snel weg, skip link, drawer, search): HTML_CodeSniffer warns "
        "on any position: fixed. test_text_spacing_and_reflow.py checks that no page scrolls sideways at "
        "320 px and nothing is cut off.",
    ),
    FalsePositive(
        "WCAG2AA.Principle1.Guideline1_3.1_3_1.H71.SameName",
        r"^html > body > header > nav(?::nth-child\(\d\))? > div:nth-child\(\d\)$",
        "Material's colour-scheme radio buttons: out of the tab order and hidden from screen readers "
        "(overrides/partials/palette.html); the control people use is one button.",
    ),
    FalsePositive(
        "WCAG2AA.Principle1.Guideline1_3.1_3_1.F68.HiddenAttr",
        r"^html > body > header > nav(?::nth-child\(\d\))? > div:nth-child\(\d\) > button:nth-child\(\d\)$",
        "The colour-scheme button of the scheme that is not shown: hidden on purpose (Material shows one of "
        "the two) and named for when it is shown.",
    ),
    FalsePositive(
        "WCAG2AA.Principle1.Guideline1_3.1_3_1.H39.3.NoCaption",
        r"^#__inhoud > div > div > table$",
        "A table of a Markdown page (the fields of tips.json on Open data) under the heading that names it; "
        "Markdown writes no <caption>, and its column headers are <th> (a caption is advised, not required).",
    ),
    FalsePositive(
        "WCAG2AA.Principle1.Guideline1_3.1_3_1.H48",
        r"^#__inhoud > p",
        'A paragraph with links in its sentences ("Kijk bij Hulp en melden"): running text, not a menu.',
    ),
]


def reviewed(issue: dict) -> bool:
    return any(
        issue["code"] == known.code and re.search(known.selector, issue["selector"]) for known in FALSE_POSITIVES
    )


def pa11y_issues(
    urls: list[str], viewport: dict, user_agent: str | None, color_scheme: str | None = None
) -> dict[str, list[dict]]:
    if not PA11Y.is_file():
        pytest.fail("pa11y is not installed: run `npm ci --ignore-scripts` (make test does)")
    result = subprocess.run(
        ["node", str(RUNNER)],
        input=json.dumps({"urls": urls, "viewport": viewport, "userAgent": user_agent, "colorScheme": color_scheme}),
        capture_output=True,
        text=True,
        timeout=900,
        cwd=PROJECT_ROOT,
        env={**os.environ, "PUPPETEER_SKIP_DOWNLOAD": "1"},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("screen", VIEWPORTS)
def test_pa11y_finds_nothing_but_the_reviewed_false_positives(site_dir: Path, site_url: str, screen: str):
    pages = browser_checked_pages(site_dir, with_404=True, with_cards=True)
    if screen == "phone":
        pages = [url for url in pages if dutch_page(url) in (*TRANSLATION_SAMPLE, "404.html")]
    urls = [site_url + url for url in pages]
    assert site_url + "rollen/docent/" in urls and site_url + "en/rollen/docent/" in urls
    assert len(urls) > (20 if screen == "desktop" else 8)
    found = pa11y_issues(urls, VIEWPORTS[screen], PHONE_USER_AGENT if screen == "phone" else None)
    assert sorted(found) == sorted(urls)
    faults = [
        f"{url}: {issue['type']} {issue['code']} at {issue['selector']}: {issue['message']}"
        for url, issues in found.items()
        for issue in issues
        if issue["type"] in ("error", "warning") and not reviewed(issue)
    ]
    assert faults == [], "\n".join(faults)


def test_the_runner_reports_a_real_error(tmp_path: Path):
    """The runner is not blind: an image without alt text is an error pa11y reports, and none is reviewed."""
    from static_server import serve

    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="nl"><head><title>Test</title></head><body><main><img src="x.png"></main></body></html>',
        encoding="utf-8",
    )
    with serve(tmp_path) as url:
        found = pa11y_issues([url], VIEWPORTS["desktop"], None)[url]
    errors = [issue for issue in found if issue["type"] == "error"]
    assert any("H37" in issue["code"] for issue in errors), found
    assert not any(reviewed(issue) for issue in errors)
