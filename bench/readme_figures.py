"""Write a benchmark's figures into README.md, between the markers of its own section.

A section is delimited by `<!-- figures:NAME -->` and `<!-- /figures:NAME -->`; the text between is replaced.
"""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def write_figures(name: str, markdown: str, readme: Path = README) -> None:
    start, end = f"<!-- figures:{name} -->", f"<!-- /figures:{name} -->"
    text = readme.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
    if not pattern.search(text):
        raise SystemExit(f"README.md has no section {start} ... {end}; add the two markers where the figures belong")
    readme.write_text(pattern.sub(lambda _: f"{start}\n{markdown.strip()}\n{end}", text), encoding="utf-8")
