"""Other words for a role: shown on the role page ("Ook voor: ...") and in the page's search document."""

import json
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from ook_voor import OOK_VOOR_BOOST, add_ook_voor_field, ook_voor_line
from site_content import parse_html
from sitebuild import PROJECT_ROOT, build, copy_project, front_matter

ROLE_PAGES = sorted((PROJECT_ROOT / "docs" / "rollen").glob("*.md"))


def test_the_line_lists_the_words_in_plain_dutch():
    assert ook_voor_line(["arts"], "x.md") == "Ook voor: arts."
    assert ook_voor_line(["leraar", "leerkracht", "mentor"], "x.md") == "Ook voor: leraar, leerkracht en mentor."


@pytest.mark.parametrize(
    "words",
    [[], "leraar", ["leraar", 3], ["*leraar*"], ["<b>leraar</b>"], ["leraar", "leraar"]],
    ids=["empty", "not-a-list", "not-a-word", "markdown", "html", "twice"],
)
def test_a_malformed_list_is_refused(words: object):
    with pytest.raises(PluginError, match="ook_voor"):
        ook_voor_line(words, "rollen/docent.md")


def test_the_words_go_into_their_page_document_only():
    index = {
        "config": {"fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}},
        "docs": [
            {"location": "rollen/docent/", "title": "Docent", "text": ""},
            {"location": "rollen/docent/#docent-dure-spullen", "title": "Let op", "text": ""},
            {"location": "rollen/politie/", "title": "Politie", "text": ""},
        ],
    }
    result = add_ook_voor_field(index, {"rollen/docent/": ["leraar", "mentor"]})
    assert result["config"]["fields"]["ook_voor"] == {"boost": OOK_VOOR_BOOST}
    assert [doc.get("ook_voor") for doc in result["docs"]] == ["leraar mentor", None, None]


def test_every_role_page_shows_its_other_words(site_dir: Path):
    for page in ROLE_PAGES:
        words = front_matter(page).get("ook_voor")
        built = parse_html(site_dir / "rollen" / page.stem / "index.html")
        line = built.select_one("article p.ook-voor")
        if words is None:  # a role without another common name (burgemeester)
            assert line is None, page.name
            continue
        assert line is not None, page.name
        assert line.get_text() == ook_voor_line(words, page.name)


def test_every_role_page_document_holds_its_other_words(site_dir: Path):
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    documents = {doc["location"]: doc for doc in index["docs"]}
    for page in ROLE_PAGES:
        words = front_matter(page).get("ook_voor")
        assert documents[f"rollen/{page.stem}/"].get("ook_voor") == (" ".join(words) if words else None)
    assert index["config"]["fields"]["ook_voor"]["boost"] > index["config"]["fields"]["text"]["boost"]


def test_a_malformed_list_fails_the_build(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "rollen" / "docent.md"
    page.write_text(page.read_text(encoding="utf-8").replace('"leraar"', '"[leraar](x)"', 1), encoding="utf-8")
    result = build(tmp_path / "site", project)
    assert result.returncode != 0
    assert "ook_voor" in result.stderr
