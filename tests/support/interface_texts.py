"""The site's interface texts, `data/teksten.<code>.yml`, as the pages show them: what a test expects on a page
is read from there, so that a reworded text needs no change in the tests."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml
from sitebuild import PROJECT_ROOT

TEXTS_DIRECTORY = PROJECT_ROOT / "data"


def texts_file(language: str) -> Path:
    return TEXTS_DIRECTORY / f"teksten.{language}.yml"


@cache
def texts(language: str = "nl") -> dict[str, str]:
    """The language's texts by key (the file's `teksten`)."""
    return yaml.safe_load(texts_file(language).read_text(encoding="utf-8"))["teksten"]
