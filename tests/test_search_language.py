"""The site's interface texts are Material's Dutch with only a few keys replaced, in one place
(`overrides/partials/languages/custom.html`): the search says how many results it found in correct Dutch
("1 resultaat", "3 resultaten") and its other texts in plain Dutch; every other key falls back to
Material's Dutch."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import jinja2
import material
import pytest
from search_ui import RESULT_META, open_search, search
from sitebuild import PROJECT_ROOT

from conftest import Visit

OVERRIDES = PROJECT_ROOT / "overrides"
MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"


def translations(text: str, start: str) -> dict[str, str]:
    """The dictionary literal that follows `start` in a language file's macro."""
    return ast.literal_eval(text[text.index(start) + len(start) - 1 : text.index("}[key] }}") + 1])


def interface_text(key: str, language: str = "custom") -> str:
    """What the site's language (`theme.language: custom`, or `en-GB` on the English pages) says for `key`, rendered
    as Material's partials/language.html does."""
    loader = jinja2.FileSystemLoader([OVERRIDES, MATERIAL_TEMPLATES])
    template = jinja2.Environment(loader=loader).from_string(
        (MATERIAL_TEMPLATES / "partials" / "language.html").read_text(encoding="utf-8") + "{{ t(key) }}"
    )
    return template.render(key=key, config={"theme": {"language": language}}).strip()


def test_materials_language_file_is_the_one_theme_language_names():
    """Our own language files (custom.html, en-GB.html) are found only because Material imports the file that
    `theme.language` names; if Material changes that, this fails."""
    source = (MATERIAL_TEMPLATES / "partials" / "language.html").read_text(encoding="utf-8")
    assert '{% import "partials/languages/" ~ config.theme.language ~ ".html" as lang %}' in source


@pytest.mark.parametrize(("ours", "materials"), [("custom", "nl"), ("en-GB", "en")])
def test_only_the_replaced_keys_are_written_and_each_is_one_of_materials(ours: str, materials: str):
    assert not (OVERRIDES / "partials" / "languages" / f"{materials}.html").exists(), "no copy of Material's"
    assert not (MATERIAL_TEMPLATES / "partials" / "languages" / f"{ours}.html").exists(), "Material's own file"
    replaced = translations((OVERRIDES / "partials" / "languages" / f"{ours}.html").read_text(encoding="utf-8"), "{{ {")
    theirs = translations(
        (MATERIAL_TEMPLATES / "partials" / "languages" / f"{materials}.html").read_text(encoding="utf-8"), "{{ {"
    )
    assert set(replaced) - {"header", "footer"} <= set(theirs), "a key Material no longer has"
    assert [key for key, value in replaced.items() if theirs.get(key) == value] == [], "replaced by the same text"


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("search.result.one", "1 resultaat"),
        ("search.result.initializer", "De zoekfunctie wordt geladen"),
        ("header", "Paginakop"),
        ("search", "Zoeken"),  # Material's Dutch
        ("language", "nl"),
        ("direction", "ltr"),  # Material's English: its Dutch has no such key
    ],
)
def test_each_key_says_the_replaced_text_or_falls_back_to_materials(key: str, expected: str):
    assert interface_text(key) == expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("search.result.one", "1 result"),
        ("search.result.none", "No results"),
        ("search.result.initializer", "Loading the search"),
        ("search.result.placeholder", "Type to start searching"),  # Material's English
        ("search.config.lang", "en"),  # the English stemmer for the English index
        ("language", "en"),
    ],
)
def test_the_english_pages_say_the_search_texts_in_plain_british_english(key: str, expected: str):
    assert interface_text(key, "en-GB") == expected


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


def test_the_english_pages_count_results_in_plain_english(visit: Visit, site_url: str):
    root = site_url + "en/"
    open_search(visit.page, root)
    counts = {}
    for query in ("school", "xqzwv"):
        pages = search(visit.page, query, root)
        counts[query] = (len(pages), visit.page.locator(RESULT_META).text_content().strip())
    assert counts == {"school": (counts["school"][0], f"{counts['school'][0]} results"), "xqzwv": (0, "No results")}
    assert counts["school"][0] > 1
