"""The posters' papers live in one place, hooks/pages.py POSTER_PAGES: the poster pages' style sheet names
their CSS page size from it, scripts/build-poster checks the printed PDF against it, and "Alle tips" names it. No other
file writes a paper's name or size. (test_poster.py checks the printed PDFs' sizes.)"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import tinycss2
from interface_texts import texts
from mkdocs.structure.files import File
from site_content import parse_html
from sitebuild import PROJECT_ROOT

from pages import POSTER_PAGES

PAPER_WORDS = re.compile(
    r"\b(A[0-6]|[Ll]andscape|[Pp]ortrait|[Ll]iggend|[Ss]taand)\b"
)  # not `.poster--a3`, the style per paper
JINJA_COMMENT = re.compile(r"\{#.*?#\}", re.DOTALL)


def test_the_poster_pages_name_their_paper_from_the_model(site_dir: Path):
    for src_uri, paper in POSTER_PAGES.items():
        built = site_dir / File(src_uri, src_dir=None, dest_dir="", use_directory_urls=True).dest_uri
        soup = parse_html(built)
        css = "".join(
            (built.parent / link["href"]).read_text(encoding="utf-8") for link in soup.select('link[rel="stylesheet"]')
        )
        poster_class = soup.select_one(".poster")["class"][1]
        [page_name] = re.findall(rf"body:has\(\.{poster_class}\) {{ page: ([\w-]+); }}", css)
        assert f"@page {page_name} {{ size: {paper.css_size}; margin: {paper.margin_mm}mm; }}" in css, src_uri
        choice = soup.select_one(".poster-keuze").get_text()
        assert f"{paper.name}, {texts()[paper.orientation]}" in choice, choice


def test_no_other_file_writes_a_paper():
    css = tinycss2.parse_stylesheet(
        (PROJECT_ROOT / "docs/assets/stylesheets/site.css").read_text(encoding="utf-8"), skip_comments=True
    )
    css_text = tinycss2.serialize(css)
    assert PAPER_WORDS.findall(css_text) == ["A4"], "site.css: only the role pages' own A4, no poster's paper"
    template = JINJA_COMMENT.sub("", (PROJECT_ROOT / "overrides/partials/all-tips.html").read_text(encoding="utf-8"))
    assert PAPER_WORDS.findall(template) == [], "all-tips.html"
    script = ast.parse((PROJECT_ROOT / "scripts/build-poster").read_text(encoding="utf-8"))
    docstring = ast.get_docstring(script, clean=False)
    constants = [node.value for node in ast.walk(script) if isinstance(node, ast.Constant) and node.value != docstring]
    assert [value for value in constants if isinstance(value, str) and PAPER_WORDS.search(value)] == []
    assert [value for value in constants if value in (210, 297, 420)] == [], "build-poster: a paper's size in mm"
