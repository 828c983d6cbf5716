"""`make check`: every input the build reads, checked by the build's own code, without building.

What the build checks before it renders anything is checked here by the same functions, so that a content
editor has the answer in about a second, with the build's own one-line messages:
- every page's front matter and markers (`pages.check_page_source`, which uses `model.check_front_matter`);
- the languages (`data/teksten.<code>.yml`, every page's and role's translation) and `nav`'s titles, which are
  Dutch interface texts (`languages.on_config`);
- the role pages, `nav`'s role order, `data/*.yml` and the build settings (SITE_URL, SNEL_WEG_URL, ORG_*, from
  the environment and `organisatie.env`): the content model, loaded as the build loads it (`pages.on_config`,
  which also checks the pictograms and the poster's contacts).

Without SITE_URL (in neither) the settings are checked as `make serve` has them, and a note says what a build
for hosting needs. Prints each problem on a line of its own and exits 1 if there is any.

    .venv/bin/python hooks/check_inputs.py [mkdocs.yml]
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException
from mkdocs.structure.files import get_files

import languages
import pages
from model import SETTINGS_FILE, InputError, read_settings_file

# The address `make serve` serves at (mkdocs.yml sets none): the settings are checked with it when SITE_URL is unset.
SERVE_URL = "http://127.0.0.1:8000/"
NO_SITE_URL = (
    "SITE_URL: not set; checked the other settings as `make serve` has them. A build for hosting needs the "
    "address the site will have, for example SITE_URL=https://www.voorbeeld.nl/mensenhandel/ make build"
)


def problems(config_file: Path, environment: Mapping[str, str] = os.environ) -> tuple[list[str], list[str]]:
    """The problems with the build's inputs, each as the build would report it, and notes (not problems).

    The settings are read from the process's environment and the settings file, as the build reads them;
    `environment` only says whether SITE_URL is set."""
    notes = []
    try:
        config = load_config(str(config_file))
    except MkDocsException as error:
        return [f"{config_file.name}: {error}"], notes
    found = []
    for file in get_files(config).documentation_pages():
        try:
            pages.check_page_source(file.content_string, f"docs/{file.src_uri}")
        except InputError as error:
            found.append(str(error))
    try:
        in_file = read_settings_file(config_file.parent / SETTINGS_FILE)
    except InputError:
        in_file = {}  # a bad line: loading the model below reports it
    if "SITE_URL" not in environment and "SITE_URL" not in in_file:
        config.site_url = SERVE_URL  # what `mkdocs serve` does before the hooks run
        notes.append(NO_SITE_URL)
    try:
        languages.on_config(config)  # the languages of data/teksten.*.yml, and nav's titles among their texts
        pages.on_config(config)
    except InputError as error:
        if str(error) not in found:  # a role page's front matter: found above already
            found.append(str(error))
    return found, notes


def main(arguments: list[str]) -> int:
    logging.getLogger("mkdocs").setLevel(logging.ERROR)  # MkDocs' own notes on loading the config are not ours
    config_file = Path(arguments[0] if arguments else "mkdocs.yml")
    found, notes = problems(config_file)
    for note in notes:
        print(f"NOTE: {note}")
    for problem in found:
        print(f"ERROR: {problem}")
    if found:
        print(f"make check: {len(found)} problem{'s' if len(found) > 1 else ''}; the build would stop at the first")
        return 1
    print("make check: every page, data file and setting is fine")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
