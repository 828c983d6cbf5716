"""Write a benchmark's figures into bench/results.md, between the markers of its own section.

A section is delimited by `<!-- figures:NAME -->` and `<!-- /figures:NAME -->`; the text between is replaced,
everything else in the file (the headings, the notes on each benchmark) is kept as it is.
"""

from __future__ import annotations

import re
from pathlib import Path

RESULTS = Path(__file__).resolve().with_name("results.md")


def write_figures(name: str, markdown: str, results: Path = RESULTS) -> None:
    start, end = f"<!-- figures:{name} -->", f"<!-- /figures:{name} -->"
    text = results.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
    if not pattern.search(text):
        raise SystemExit(f"{results} has no section {start} ... {end}; add the two markers where the figures belong")
    results.write_text(pattern.sub(lambda _: f"{start}\n{markdown.strip()}\n{end}", text), encoding="utf-8")
