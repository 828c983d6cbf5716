"""Other words for a role: shown on the role page ("Ook voor: ...") and in the page's search document."""

import json
from pathlib import Path

import pytest
from interface_texts import texts
from site_content import LANGUAGES, parse_html
from sitebuild import PROJECT_ROOT, changed_copy, dutch_pages, front_matter, input_problems

from languages import language_root
from model import DEFAULT_LANGUAGE, Role, Tip, translation_path
from pages import fill, local_list
from search import OOK_VOOR_BOOST

ROLE_PAGES = dutch_pages(PROJECT_ROOT / "docs" / "rollen")


def test_the_line_lists_the_words_in_plain_dutch_and_english():
    assert local_list(["arts"], texts("nl")) == "arts"
    assert local_list(["leraar", "leerkracht", "mentor"], texts("nl")) == "leraar, leerkracht en mentor"
    assert local_list(["teacher", "mentor"], texts("en")) == "teacher and mentor"
    assert local_list(["<b>", "a & b"], texts("nl")) == "&lt;b&gt; en a &amp; b"


@pytest.mark.parametrize(
    "words",
    ["leraar", ["leraar", 3], ["*leraar*"], ["<b>leraar</b>"], ["leraar", "leraar"], ["leraar2"]],
    ids=["not-a-list", "not-a-word", "markdown", "html", "twice", "digit"],
)
def test_a_malformed_list_is_refused(words: object):
    tips = [Tip(id="docent-x", tekst="Tip.")]
    with pytest.raises(ValueError, match="ook_voor"):
        Role.model_validate(
            {
                "slug": "docent",
                "title": "Docent",
                "description": "D.",
                "pictogram": "material/school",
                "ook_voor": words,
                "tips": tips,
            }
        )


def source_in(page: Path, language: str) -> Path:
    """A role page's source in `language`: the Dutch page, or its translation."""
    return page if language == DEFAULT_LANGUAGE else page.with_name(translation_path(page.name, language))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_role_page_shows_its_other_words_if_it_has_any(site_dir: Path, language: str):
    """In every language, its own words (a translation's `ook_voor`) with its own texts."""
    for page in ROLE_PAGES:
        words = front_matter(source_in(page, language)).get("ook_voor")
        built = parse_html(site_dir / language_root(language) / "rollen" / page.stem / "index.html")
        lines = [line.get_text() for line in built.select("article p.ook-voor")]
        expected = fill(texts(language)["ook_voor"], woorden=local_list(words, texts(language))) if words else None
        assert lines == ([expected] if words else []), page.name


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_role_page_document_holds_its_other_words_and_only_its_page_document(site_dir: Path, language: str):
    """Each language's index, with that language's words."""
    index_file = site_dir / language_root(language) / "search" / "search_index.json"
    index = json.loads(index_file.read_text(encoding="utf-8"))
    documents = {doc["location"]: doc for doc in index["docs"]}
    with_words = [page for page in ROLE_PAGES if front_matter(source_in(page, language)).get("ook_voor")]
    assert 0 < len(with_words) < len(ROLE_PAGES)  # burgemeester has no other common name
    for page in with_words:
        words = front_matter(source_in(page, language))["ook_voor"]
        assert documents[f"rollen/{page.stem}/"]["ook_voor"] == ", ".join(words)
    assert sorted(doc["location"] for doc in index["docs"] if "ook_voor" in doc) == [
        f"rollen/{p.stem}/" for p in with_words
    ]
    assert index["config"]["fields"]["ook_voor"]["boost"] == OOK_VOOR_BOOST > index["config"]["fields"]["text"]["boost"]


def test_a_malformed_list_is_refused_naming_its_line(tmp_path: Path):
    """Checked as the build checks it (a real build's stop on a bad role page: tests/test_bad_inputs.py)."""
    [problem] = input_problems(changed_copy(tmp_path, "docs/rollen/docent.md", '"leraar"', '"[leraar](x)"'))
    assert "docs/rollen/docent.md, line 5: ook_voor.0 '[leraar](x)'" in problem
