"""Read the source poster text: `## ` headings are roles, bullet lines are their tips."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

SOURCE_PATH = Path(__file__).resolve().parents[1] / "bron" / "de-reis-van-kelly-vladimir-of-michael.txt"
BULLET = re.compile(r"^\s*[-*]\s+(?:\\\*\s*)?(?P<text>.+?)\s*$")
# Corrections the site makes to the poster's introduction: a typo, and a capital after a colon.
KNOWN_TYPOS = {"voelsprietten": "voelsprieten", "overal zijn: Thuis,": "overal zijn: thuis,"}


@dataclass(frozen=True)
class Role:
    name: str
    tips: tuple[str, ...]


def normalise(text: str) -> str:
    """Fold runs of white space, so that line breaks and indentation do not count."""
    return " ".join(text.split())


def parse_source(text: str) -> tuple[str, str, list[Role]]:
    """Return the title, the introduction and the roles, in the source's order."""
    title, intro_lines, roles = "", [], []
    name: str | None = None
    tips: list[str] = []
    for line in text.splitlines():
        if line.startswith("## "):
            if name is not None:
                roles.append(Role(name, tuple(tips)))
            name, tips = normalise(line[3:]), []
        elif line.startswith("# "):
            title = normalise(line[2:]).rstrip(".")
        elif (bullet := BULLET.match(line)) and name is not None:
            tips.append(normalise(bullet["text"].replace("\\*", "*")))
        elif name is None and line.strip():
            intro_lines.append(line)
    if name is not None:
        roles.append(Role(name, tuple(tips)))
    intro = normalise(" ".join(intro_lines))
    for typo, correction in KNOWN_TYPOS.items():
        intro = intro.replace(typo, correction)
    return title, intro, roles


def read_source(path: Path = SOURCE_PATH) -> tuple[str, str, list[Role]]:
    return parse_source(path.read_text(encoding="utf-8"))
