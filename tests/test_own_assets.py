"""What a first visit downloads of the site's own: its style sheet and scripts minified, and no icon file.

The style sheet and scripts are published minified (hooks/assets.py). Minifying may drop comments and
white space, nothing else: the published CSS has the same rules and declarations as its source, and
each published script the same syntax tree. The vendored shim goes out byte for byte as its authors
published it. The favicon is a data: URL (mkdocs.yml, `theme.favicon`), so it costs no request."""

from __future__ import annotations

import gzip
import xml.etree.ElementTree as ElementTree
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

import pytest
import tinycss2
from site_content import built_pages, parse_html
from sitebuild import PROJECT_ROOT
from tree_sitter import Node

from assets import is_own_asset
from security_policy import JAVASCRIPT

DOCS = PROJECT_ROOT / "docs"
OWN_CSS = sorted(DOCS.glob("assets/**/*.css"))
OWN_SCRIPTS = [path for path in sorted(DOCS.glob("assets/**/*.js")) if "vendor" not in path.parts]
VENDORED = sorted(DOCS.glob("assets/javascripts/vendor/**/*.js"))


# White space next to these is never needed: rcssmin may drop it. (Not next to `+` and `-`, which calc()
# needs spaced, nor between two names, where it is the descendant combinator.)
NEEDS_NO_SPACE = set(":;,>~(){}[]")


def css_text(tokens) -> str:
    """Tokens as text, comments left out, each run of white space one space or none where none is needed."""
    pieces: list[str] = []
    for token in tokens:
        if token.type == "comment":
            continue
        if token.type == "whitespace":
            pieces.append(" ")
        elif token.type in ("() block", "[] block", "{} block"):
            pieces += [token.type[0], css_text(token.content), token.type[1]]
        elif token.type == "function":
            pieces += [token.serialize().split("(", 1)[0], "(", css_text(token.arguments), ")"]
        else:
            pieces.append(token.serialize())
    kept = [
        piece
        for number, piece in enumerate(pieces)
        if piece != " "
        or not (
            number == 0
            or number == len(pieces) - 1
            or pieces[number - 1][-1:] in NEEDS_NO_SPACE
            or pieces[number + 1][:1] in NEEDS_NO_SPACE
            or pieces[number + 1] == " "
        )
    ]
    return "".join(kept)


def css_rules(css: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each rule's prelude and declarations (name, value) as `css_text`; nested rules (@media) follow
    their at-rule in order."""
    rules: list[tuple[str, list[tuple[str, str]]]] = []
    for rule in tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True):
        assert rule.type != "error", rule
        rules.append((css_text(rule.prelude), []))
        for item in tinycss2.parse_blocks_contents(rule.content or [], skip_whitespace=True, skip_comments=True):
            if item.type == "declaration":
                rules[-1][1].append((item.lower_name, css_text(item.value) + ("!important" if item.important else "")))
            elif item.type in ("qualified-rule", "at-rule"):
                rules.extend(css_rules(item.serialize()))
            else:
                raise AssertionError(item)
    return rules


def syntax_tree(code: str, *, with_comments: bool = False) -> list[str]:
    """The script's syntax tree as a list: each node's type, and each token's text (so a minifier that
    changed what a line break means changes the list too); comments left out unless asked for. A parse
    error fails."""
    tree = JAVASCRIPT.parse(code.encode())
    assert not tree.root_node.has_error

    def walk(node: Node):
        if node.type == "comment" and not with_comments:
            return
        yield node.type
        if node.child_count == 0 or node.type in ("string", "template_string", "regex"):
            yield node.text.decode()
            return
        for child in node.children:
            yield from walk(child)

    return list(walk(tree.root_node))


def published(site_dir: Path, source: Path) -> str:
    return (site_dir / source.relative_to(DOCS)).read_text(encoding="utf-8")


@pytest.mark.parametrize("source", OWN_CSS, ids=lambda path: path.name)
def test_the_style_sheet_is_published_minified_with_the_same_rules(site_dir: Path, source: Path):
    original, minified = source.read_text(encoding="utf-8"), published(site_dir, source)
    assert "/*" not in minified and "\n" not in minified.strip()
    assert len(gzip.compress(minified.encode())) < len(gzip.compress(original.encode()))
    assert css_rules(minified) == css_rules(original)


@pytest.mark.parametrize("source", OWN_SCRIPTS, ids=lambda path: path.name)
def test_each_script_is_published_minified_with_the_same_syntax_tree(site_dir: Path, source: Path):
    original, minified = source.read_text(encoding="utf-8"), published(site_dir, source)
    assert "comment" in syntax_tree(original, with_comments=True)
    assert "comment" not in syntax_tree(minified, with_comments=True)
    assert syntax_tree(minified) == syntax_tree(original)


@pytest.mark.parametrize("source", VENDORED, ids=lambda path: path.name)
def test_a_vendored_script_is_published_as_it_is(site_dir: Path, source: Path):
    assert (site_dir / source.relative_to(DOCS)).read_bytes() == source.read_bytes()


def test_only_the_sites_own_assets_count_as_its_own():
    docs = str(DOCS)
    assert is_own_asset(PurePosixPath("assets/stylesheets/site.css"), docs, docs)
    assert not is_own_asset(PurePosixPath("assets/javascripts/vendor/iframe-worker-1.0.4/shim.js"), docs, docs)
    assert not is_own_asset(PurePosixPath("assets/stylesheets/main.57a0d79d.min.css"), "/material/templates", docs)
    assert not is_own_asset(PurePosixPath("extra.css"), docs, docs)


def test_the_favicon_is_the_logo_drawn_without_a_request(site_dir: Path):
    svg_namespace = "{http://www.w3.org/2000/svg}"
    for page in built_pages(site_dir, with_404=True):
        html = parse_html(page)
        icons = html.select('link[rel~="icon"]')
        assert [icon["href"].split(",", 1)[0] for icon in icons] == ["data:image/svg+xml"], page
        drawing = ElementTree.fromstring(unquote(icons[0]["href"].split(",", 1)[1]))
        logo = html.select_one(".md-header .md-logo svg path")
        assert drawing.tag == f"{svg_namespace}svg" and logo is not None
        assert logo["d"] in [path.get("d") for path in drawing.iter(f"{svg_namespace}path")], page


def test_every_page_draws_before_its_scripts_run(site_dir: Path):
    """Every script file is deferred (hooks/material_internals.py (10)), in the order that search on
    demand needs: it runs before Material's bundle, the site's own script after it."""
    for page in built_pages(site_dir, with_404=True):
        scripts = parse_html(page).select("script[src]")
        names = [Path(script["src"]).name.split(".")[0] for script in scripts]
        assert names == ["search-on-demand", "bundle", "site"], page
        assert all(script.has_attr("defer") for script in scripts), page
