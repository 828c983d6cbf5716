"""The W3C Nu HTML Checker (npm `vnu-jar`, run with the system's Java) finds no error in any built page.

The checker also gets one page with a known error, so that a checker that reads nothing cannot pass.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from site_content import built_pages
from sitebuild import PROJECT_ROOT

VNU_JAR = PROJECT_ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# Material's own markup for the drawer toggle, before hooks/material_internals.py repairs it.
INVALID_TOGGLE = ('id="__drawer">', 'id="__drawer" autocomplete="off">')


def html_errors(pages: list[Path]) -> dict[Path, list[str]]:
    """The checker's errors, by page."""
    java = shutil.which("java")
    assert java and VNU_JAR.exists(), "the HTML checker needs Java and `npm ci` (both installed by `make test`)"
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--exit-zero-always", *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    errors: dict[Path, list[str]] = {}
    for message in json.loads(result.stderr)["messages"]:
        page = Path(message["url"].removeprefix("file:"))
        errors.setdefault(page, []).append(f"line {message.get('lastLine')}: {message['message']}")
    return errors


def test_every_built_page_is_valid_html(site_dir: Path, tmp_path: Path):
    pages = built_pages(site_dir, with_404=True, with_cards=True)
    assert len(pages) > 10
    invalid = tmp_path / "invalid.html"
    invalid.write_text((site_dir / "index.html").read_text(encoding="utf-8").replace(*INVALID_TOGGLE), encoding="utf-8")
    errors = html_errors([*pages, invalid])
    invalid_page_errors = errors.pop(invalid, [])
    assert errors == {}
    assert len(invalid_page_errors) == 1 and "autocomplete" in invalid_page_errors[0], (
        "the checker missed a known error"
    )
