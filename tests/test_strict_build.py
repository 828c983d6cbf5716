"""The strict build is the first test: broken links, anchors and malformed tips fail it."""

from pathlib import Path

import pytest
from sitebuild import build, build_changed_copy, copy_project


@pytest.mark.parametrize(
    ("page", "addition", "expected"),
    [
        ("index.md", "\n[kapot](rollen/bestaat-niet.md)\n", "bestaat-niet.md"),
        ("index.md", "\n[kapot](rollen/docent.md#bestaat-niet)\n", "bestaat-niet"),
        ("rollen/politie.md", "\n[kapot](#ook-niet)\n", "ook-niet"),
    ],
    ids=["missing-page", "missing-anchor-on-other-page", "missing-anchor-on-same-page"],
)
def test_a_broken_link_fails_the_build(tmp_path: Path, page: str, addition: str, expected: str):
    project = copy_project(tmp_path / "project")
    with (project / "docs" / page).open("a", encoding="utf-8") as markdown:
        markdown.write(addition)
    result = build(tmp_path / "site", project)
    assert result.returncode != 0
    assert expected in result.stderr


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("  - id: docent-dure-spullen", "  - id: dure-spullen", "'docent-'"),
        ("  - id: docent-dure-spullen", "  - id: docent-opgehaald-na-school", "unique"),
        ('    tekst: "Door wie', '    text: "Door wie', "docs/rollen/docent.md, line 9: tips.1.tekst: Field required"),
    ],
    ids=["id-without-role-prefix", "duplicate-id", "unknown-key"],
)
def test_a_malformed_tip_fails_the_build(tmp_path: Path, old: str, new: str, expected: str):
    result = build_changed_copy(tmp_path, "docs/rollen/docent.md", old, new)
    assert result.returncode != 0
    assert expected in result.stderr
