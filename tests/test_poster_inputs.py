"""The poster's inputs are checked when read: a bad data/poster.yml, or a contacts file without a number the
poster shows, fails the build with one line naming the file, the value and what was expected."""

from pathlib import Path

import pytest
from sitebuild import build, build_changed_copy, copy_project


@pytest.mark.parametrize(
    ("path", "old", "new", "message"),
    [
        (
            "data/poster.yml",
            "inleiding: >-",
            "inleiding: 12\nrest: >-",
            "data/poster.yml, line 3: inleiding 12: Input should be a valid string",
        ),
        (
            "data/poster.yml",
            "inleiding: >-",
            "inleiding: |-",
            "data/poster.yml, line 3: inleiding 'Slachtoffers van seksuele, criminele of arbeidsuitbuiting komen heel wat mensen tegen en geven vaak\\nallerlei",
        ),
    ],
)
def test_a_bad_poster_input_fails_the_build_naming_it(tmp_path: Path, path: str, old: str, new: str, message: str):
    result = build_changed_copy(tmp_path, path, old, new)
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1 and message in errors[0], result.stderr


def test_contacts_without_a_key_number_of_the_poster_fail_the_build(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    for edited in (project / "data" / "contacten.yml", project / "docs" / "rollen" / "huisarts.md"):  # its tips name it
        edited.write_text(
            edited.read_text(encoding="utf-8").replace("veilig-thuis", "veilig-thuis-regio"), encoding="utf-8"
        )
    result = build(tmp_path / "site", project)
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert (
        len(errors) == 1 and "data/contacten.yml: no contact with id 'veilig-thuis'; the poster shows it" in errors[0]
    )
