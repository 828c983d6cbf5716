"""The search says how many results it found in correct Dutch ("1 resultaat", "3 resultaten"), through
Material's language override `overrides/partials/languages/nl.html`, which otherwise stays Material's."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import material
import pytest
from search_ui import RESULT_META, open_search, search
from sitebuild import PROJECT_ROOT

from conftest import Visit

OVERRIDE = PROJECT_ROOT / "overrides" / "partials" / "languages" / "nl.html"
MATERIAL = Path(material.__file__).parent / "templates" / "partials" / "languages" / "nl.html"
CHANGED = {
    "search.result.none": "Geen resultaten",
    "search.result.one": "1 resultaat",
    "search.result.other": "# resultaten",
}


def translations(path: Path) -> dict[str, str]:
    """The dictionary literal inside a Material language file's `t` macro."""
    text = path.read_text(encoding="utf-8")
    return ast.literal_eval(text[text.index("{{ {") + 3 : text.index("}[key] }}") + 1])


def test_the_override_is_materials_dutch_with_the_result_count_corrected():
    ours, theirs = translations(OVERRIDE), translations(MATERIAL)
    assert list(ours) == list(theirs), "Material's Dutch translations changed: copy them again and keep CHANGED"
    assert {key: value for key, value in ours.items() if theirs[key] != value} == CHANGED


@pytest.mark.parametrize(
    ("query", "expected"), [("agenderen", "1 resultaat"), ("school", None), ("xqzwv", "Geen resultaten")]
)
def test_the_result_count_is_correct_dutch(visit: Visit, site_url: str, query: str, expected: str | None):
    open_search(visit.page, site_url)
    pages = search(visit.page, query)
    meta = visit.page.locator(RESULT_META).text_content().strip()
    if expected is None:
        assert len(pages) > 1
        expected = f"{len(pages)} resultaten"
    assert meta == expected
    assert not re.search(r"overeenkomend|document", meta)
