"""The poster's inputs are checked when read: a bad data/poster.yml, or a contacts file without a number the
poster shows, fails the build with one line naming the file, the value and what was expected."""

from pathlib import Path

import pytest
from sitebuild import changed_copy, copy_project, input_problems


@pytest.mark.parametrize(
    ("path", "old", "new", "message"),
    [
        (
            "data/poster.yml",
            "inleiding: >-",
            "inleiding: 12\nrest: >-",
            "data/poster.yml, line 3: inleiding 12: expected text, but YAML reads an unquoted 12 as a number",
        ),
        (
            "data/poster.yml",
            "inleiding: >-",
            "inleiding: |-",
            "data/poster.yml, line 3: inleiding 'Slachtoffers van seksuele, criminele of arbeidsuitbuiting komen heel wat mensen tegen en geven vaak\\nallerlei",
        ),
    ],
)
def test_a_bad_poster_input_is_refused_naming_it(tmp_path: Path, path: str, old: str, new: str, message: str):
    """Checked as the build checks it (a real build's stop on a bad data file: tests/test_bad_inputs.py)."""
    [problem] = input_problems(changed_copy(tmp_path, path, old, new))
    assert message in problem


def test_contacts_without_a_key_number_of_the_poster_are_refused(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    for edited in (project / "data" / "contacten.yml", project / "docs" / "rollen" / "huisarts.md"):  # its tips name it
        edited.write_text(
            edited.read_text(encoding="utf-8").replace("veilig-thuis", "veilig-thuis-regio"), encoding="utf-8"
        )
    assert input_problems(project) == ["data/contacten.yml: no contact with id 'veilig-thuis'; the poster shows it"]
