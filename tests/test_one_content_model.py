"""One content model feeds the pages, the search index and tips.json: the roles are described once."""

import json
from pathlib import Path

import pytest
from site_content import LANGUAGES, parse_html
from sitebuild import PROJECT_ROOT, build, changed_copy, copy_project, dutch_pages, input_problems

from languages import language_root
from model import DEFAULT_LANGUAGE, read_languages, read_role, read_role_translation, translation_path

ROLE_FILES = dutch_pages(PROJECT_ROOT / "docs" / "rollen")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_home_page_source_holds_no_copy_of_the_roles(language: str):
    docs = PROJECT_ROOT / "docs"
    home_source = "index.md" if language == DEFAULT_LANGUAGE else translation_path("index.md", language)
    home = (docs / home_source).read_text(encoding="utf-8")
    for path in ROLE_FILES:
        role = read_role(docs, f"rollen/{path.name}")
        if language != DEFAULT_LANGUAGE:
            role = read_role_translation(docs, role, language)
        assert role.description not in home, (home_source, role.slug)
    assert "<!-- rolkaarten -->" in home and "grid cards" not in home


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_search_entry_holds_only_its_own_text(site_dir: Path, language: str):
    """In each language's index: no tip repeats its text, no entry the texts around a page's content."""
    index_file = site_dir / language_root(language) / "search" / "search_index.json"
    index = json.loads(index_file.read_text(encoding="utf-8"))
    tips = [doc for doc in index["docs"] if doc["location"].startswith("rollen/") and "#" in doc["location"]]
    assert len(tips) == 26
    assert [doc["location"] for doc in tips if doc["text"]] == []
    texts = read_languages(PROJECT_ROOT)[language].teksten
    around = [texts[key].split("{")[0].strip() for key in ("wat_kun_je_doen", "overleggen_met", "pagina_online")]
    if language == DEFAULT_LANGUAGE:
        around += ["Hulp nodig of iets melden", "Bekijk deze pagina online", "Bij wie kun je terecht"]
    assert [doc["location"] for doc in index["docs"] if any(text in doc["text"] for text in around)] == []


def test_nav_alone_orders_the_roles_everywhere(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    first, second = "rollen/ouders-vrienden.md", "rollen/docent.md"
    assert f"- {first}\n" in text and f"- {second}\n" in text
    config.write_text(
        text.replace(f"- {first}\n", "- SWAP\n")
        .replace(f"- {second}\n", f"- {first}\n")
        .replace("- SWAP\n", f"- {second}\n"),
        encoding="utf-8",
    )
    assert build(tmp_path / "site", project).returncode == 0
    for language in LANGUAGES:
        home = tmp_path / "site" / language_root(language) / "index.html"
        cards = [a["href"] for a in parse_html(home).select("article .grid.cards li a")]
        assert cards[:2] == ["rollen/docent/", "rollen/ouders-vrienden/"], language
    roles = json.loads((tmp_path / "site" / "tips.json").read_text(encoding="utf-8"))["rollen"]
    assert [role["naam"] for role in roles[:2]] == ["Docent", "Ouders/vrienden"]


def test_a_role_page_missing_from_nav_is_refused(tmp_path: Path):
    """Checked as the build checks it (`make check`; the build's own stop: tests/test_bad_inputs.py)."""
    [problem] = input_problems(changed_copy(tmp_path, "mkdocs.yml", "  - rollen/politie.md\n", ""))
    assert "role page rollen/politie.md is not in nav" in problem
