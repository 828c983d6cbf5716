"""The strict build is the first test: a broken link or anchor fails it, with MkDocs' warning naming it.
(Malformed tips are refused earlier, by the content model: tests/test_bad_inputs.py.)"""

from pathlib import Path

from sitebuild import build, copy_project

# page: (the broken link added to it, the warning that names it)
BROKEN_LINKS = {
    "index.md": (
        "[kapot](rollen/bestaat-niet.md)",
        "Doc file 'index.md' contains a link 'rollen/bestaat-niet.md', but the target is not found",
    ),
    "hulp-en-melden.md": (
        "[kapot](rollen/docent.md#bestaat-niet)",
        "Doc file 'hulp-en-melden.md' contains a link 'rollen/docent.md#bestaat-niet', but the doc "
        "'rollen/docent.md' does not contain an anchor '#bestaat-niet'",
    ),
    "veilig-internetten.md": (
        "[kapot](#ook-niet)",
        "Doc file 'veilig-internetten.md' contains a link '#ook-niet', but there is no such anchor on this page",
    ),
}


def test_a_broken_link_fails_the_build(tmp_path: Path):
    """One build with a missing page, a missing anchor on another page and one on the same page: each is named."""
    project = copy_project(tmp_path / "project")
    for page, (link, _) in BROKEN_LINKS.items():
        with (project / "docs" / page).open("a", encoding="utf-8") as markdown:
            markdown.write(f"\n{link}\n")
    result = build(tmp_path / "site", project)
    assert result.returncode != 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    for _, warning in BROKEN_LINKS.values():
        assert any(warning in line for line in warnings), f"{warning}\n{result.stderr}"
