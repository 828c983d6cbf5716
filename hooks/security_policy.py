"""The site's security policy, checked on the built pages: known inline scripts only, nothing from another host.

After the build, every HTML file in the site folder is read (pages, 404.html, redirect pages and
anything a plugin wrote), and every style sheet. The build fails, naming each page, when a page has:

- an inline `<script>` that is not one of the known ones. Known are Material's three (the scope set-up
  that defines `__md_scope`/`__md_get`, the colour-scheme restore and the content-tab restore), the
  redirect script of mkdocs-redirects, the quick exit's guard (overrides/partials/snel-weg-guard.html),
  and Material's `__config` JSON block. A script is recognised by
  what it can do, not by its exact text: it is parsed (tree-sitter's JavaScript grammar), and every
  global name it reads or writes, every property name it uses and every string constant it holds must
  be what the known script of its kind uses. Local names, whitespace, quotes and the shape of the code
  may differ, so a Material patch release that minifies its templates differently still passes.
  Anything else (a script from a title, a description or Markdown) fails;
- markup that no hash can allow: an `on...=` handler, a `style="..."` attribute, a `javascript:` URL;
- a resource from another host: an image (`src`, `srcset`), a script, a style sheet, a preloaded file
  or icon (`<link rel=...>`), `<source>`, `<video>`, `<audio>`, `<track>`, `<iframe>`, `<embed>`,
  `<object>`, an SVG `<image>`/`<use>`, or a `url(...)`/`@import` in a `<style>` element or style sheet.
  Links (`<a href>`) are navigation, not resources, and stay allowed.

Each known inline script gets a `'sha256-...'` source in `script-src`, each `<style>` element one in
`style-src`. The policy starts from `default-src 'none'` and allows only what the site uses.

The policy is written next to the site folder, not inside it, so the site does not publish it:
`site/` gives `site.csp.conf`, an nginx `set $content_security_policy "...";` line that
`deploy/nginx-site.conf.template` includes. `frame-ancestors` is left to the server configuration, except
for the cards (`insluiten/`, and `en/insluiten/` for each other language, hooks/embed_cards.py): the same
file sets `$embed_frame_ancestors` to `'self'` and the setting EMBED_ORIGINS, and the configuration sends it
on the cards only.
"""

from __future__ import annotations

import base64
import codecs
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import tinycss2
import tree_sitter_javascript
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page
from tree_sitter import Language, Node, Parser

from model import SiteModel

EXECUTABLE_SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}
FIXED_DIRECTIVES = {
    "default-src": ["'none'"],
    # Material's style sheets draw their icons from data: SVG images.
    "img-src": ["'self'", "data:"],
    # The search workers fetch search_index.json; they run under the policy sent with their own script.
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
}
NOT_WRITTEN_FOR = {"serve"}
build_command = "build"
source_of: dict[str, str] = {}  # built file (posix path in the site folder) -> its Markdown source


# ---------------------------------------------------------------------------------------------------
# Inline scripts: what a script can reach, and the known scripts' profiles.


@dataclass
class Reach:
    """Everything a script can touch outside itself: global names, property names, string constants."""

    reads: set[str] = field(default_factory=set)
    writes: set[str] = field(default_factory=set)
    properties: set[str] = field(default_factory=set)
    strings: set[str] = field(default_factory=set)
    refused: list[str] = field(default_factory=list)  # constructs no known script uses


def same_site_url(value: str) -> bool:
    """A relative URL: no scheme, no host, nothing a browser reads as another origin."""
    if any(character.isspace() or ord(character) < 0x20 or character == "\\" for character in value):
        return False
    parts = urlsplit(value)
    return not parts.scheme and not parts.netloc and not value.startswith("//")


@dataclass(frozen=True)
class KnownScript:
    name: str
    reads: frozenset[str]
    writes: frozenset[str]
    properties: frozenset[str]
    strings: Callable[[str], bool]
    identified_by: Callable[[Reach], bool]

    def extras(self, reach: Reach) -> list[str]:
        """What the script reaches that this known script does not; empty when it is this one."""
        extras = [f"reads {name}" for name in sorted(reach.reads - self.reads)]
        extras += [f"writes {name}" for name in sorted(reach.writes - self.writes)]
        extras += [f"uses .{name}" for name in sorted(reach.properties - self.properties)]
        extras += [f"holds {value!r}" for value in sorted(reach.strings) if not self.strings(value)]
        if not extras and not self.identified_by(reach):
            extras.append(f"does not do what {self.name} does")
        return [*reach.refused, *extras]


PALETTE_STRINGS = {
    "__palette",
    "(prefers-color-scheme)",
    "(prefers-color-scheme: light)",
    "[data-md-color-media='(prefers-color-scheme: light)']",
    "[data-md-color-media='(prefers-color-scheme: dark)']",
    "data-md-color-media",
    "data-md-color-scheme",
    "data-md-color-primary",
    "data-md-color-accent",
    "data-md-color-",
}
KNOWN_SCRIPTS = [
    # material/templates/partials/javascripts/base.html: the storage scope and its helpers; `__md_set`
    # stores the colour scheme only once the visitor chose one (hooks/material_internals.py (13)).
    KnownScript(
        "Material's scope set-up",
        reads=frozenset({"URL", "location", "localStorage", "JSON", "__md_scope", "document"}),
        writes=frozenset({"__md_scope", "__md_hash", "__md_get", "__md_set"}),
        properties=frozenset(
            {"reduce", "charCodeAt", "parse", "getItem", "setItem", "stringify", "pathname", "querySelector"}
        ),
        strings=lambda value: value == "." or same_site_url(value),
        identified_by=lambda reach: {"__md_scope", "__md_get", "__md_set"} <= reach.writes,
    ),
    # material/templates/partials/javascripts/palette.html: restores the chosen colour scheme.
    KnownScript(
        "Material's colour-scheme restore",
        reads=frozenset({"__md_get", "matchMedia", "document", "Object"}),
        writes=frozenset({"palette", "media", "input", "key", "value"}),
        properties=frozenset(
            {
                "color",
                "media",
                "matches",
                "querySelector",
                "getAttribute",
                "scheme",
                "primary",
                "accent",
                "entries",
                "body",
                "setAttribute",
            }
        ),
        strings=PALETTE_STRINGS.__contains__,
        identified_by=lambda reach: "__md_get" in reach.reads and "__palette" in reach.strings,
    ),
    # material/templates/partials/javascripts/content.html: opens the content tab named in the address.
    KnownScript(
        "Material's content-tab restore",
        reads=frozenset({"document", "location"}),
        writes=frozenset({"target"}),
        properties=frozenset({"getElementById", "hash", "slice", "name", "checked", "startsWith"}),
        strings={"__tabbed_"}.__contains__,
        identified_by=lambda reach: "__tabbed_" in reach.strings,
    ),
    # overrides/partials/snel-weg-guard.html: after "Snel weg", Back and Forward show no page of the site.
    # It leaves only for the address the site's own script stored in sessionStorage, and holds no URL.
    KnownScript(
        "the quick exit's guard",
        reads=frozenset({"sessionStorage", "document", "location", "window", "performance", "addEventListener"}),
        writes=frozenset(),
        properties=frozenset(
            {
                "getItem",
                "setItem",
                "removeItem",
                "documentElement",
                "style",
                "setProperty",
                "replace",
                "snelWegVerlaten",
                "getEntriesByType",
                "type",
                "persisted",
            }
        ),
        strings={
            "snel-weg-verlaten",
            "display",
            "none",
            "important",
            "navigation",
            "navigate",
            "pageshow",
        }.__contains__,
        identified_by=lambda reach: "snel-weg-verlaten" in reach.strings and "sessionStorage" in reach.reads,
    ),
    # mkdocs_redirects/plugin.py: a moved page's redirect, keeping the #tip part (to this site only).
    KnownScript(
        "the redirect page's script (mkdocs-redirects)",
        reads=frozenset({"window", "location"}),
        writes=frozenset({"anchor"}),
        properties=frozenset({"location", "hash", "substr", "href"}),
        strings=same_site_url,
        identified_by=lambda reach: {"href", "hash"} <= reach.properties and "location" in reach.reads,
    ),
]
CONFIG_KEYS = {"annotate", "base", "features", "search", "tags", "translations", "version"}

JAVASCRIPT = Parser(Language(tree_sitter_javascript.language()))
FUNCTION_SCOPES = {
    "program",
    "function_declaration",
    "function_expression",
    "function",
    "arrow_function",
    "generator_function",
    "generator_function_declaration",
    "method_definition",
    "class_static_block",
}
BLOCK_SCOPES = {"statement_block", "for_statement", "for_in_statement", "switch_body", "catch_clause", "class_body"}
REFUSED_NODES = {
    "template_substitution": "a template substitution",
    "with_statement": "a with statement",
    "meta_property": "new.target or import.meta",
    "import": "import",
    "debugger_statement": "debugger",
}


def walk(node: Node) -> Iterator[Node]:
    yield node
    for child in node.children:
        yield from walk(child)


def string_value(node: Node) -> str:
    """The value of a string literal (or a template string without substitutions)."""
    value = ""
    for child in node.named_children:
        text = child.text.decode("utf-8")
        if child.type == "escape_sequence":
            value += codecs.decode(text, "unicode_escape") if text[1] in "xu0btnvfr\\" else text[1:]
        else:
            value += text
    return value


def pattern_names(node: Node) -> Iterator[Node]:
    """The identifiers a binding pattern declares (`a`, `[a, b]`, `{a, b: c}`, `a = 1`, `...a`)."""
    if node.type in ("identifier", "shorthand_property_identifier_pattern"):
        yield node
    elif node.type == "assignment_pattern":
        yield from pattern_names(node.child_by_field_name("left"))
    elif node.type == "pair_pattern":
        yield from pattern_names(node.child_by_field_name("value"))
    else:
        for child in node.named_children:
            if child.type not in ("property_identifier", "computed_property_name"):
                yield from pattern_names(child)


def enclosing(node: Node, kinds: set[str]) -> Node:
    while node.parent is not None and node.type not in kinds:
        node = node.parent
    return node


def declarations(root: Node) -> tuple[dict[int, set[str]], set[int]]:
    """Names declared per scope node (by node id), and the ids of declaring identifier nodes."""
    scopes: dict[int, set[str]] = {}
    declaring: set[int] = set()

    def declare(scope: Node, pattern: Node | None) -> None:
        for name in pattern_names(pattern) if pattern is not None else ():
            scopes.setdefault(scope.id, set()).add(name.text.decode("utf-8"))
            declaring.add(name.id)

    for node in walk(root):
        if node.type == "variable_declaration":  # var: the enclosing function
            for declarator in node.named_children:
                declare(enclosing(node, FUNCTION_SCOPES), declarator.child_by_field_name("name"))
        elif node.type == "lexical_declaration":  # let, const: the enclosing block
            for declarator in node.named_children:
                if declarator.type == "variable_declarator":
                    declare(
                        enclosing(node.parent, BLOCK_SCOPES | FUNCTION_SCOPES), declarator.child_by_field_name("name")
                    )
        elif node.type == "for_in_statement" and node.child_by_field_name("kind") is not None:
            kind = node.child_by_field_name("kind").text.decode("utf-8")
            declare(node if kind != "var" else enclosing(node, FUNCTION_SCOPES), node.child_by_field_name("left"))
        elif node.type in FUNCTION_SCOPES and node.type != "program":
            declare(node, node.child_by_field_name("parameter"))
            declare(node, node.child_by_field_name("parameters"))
            if node.type.endswith("declaration"):
                declare(enclosing(node.parent, FUNCTION_SCOPES), node.child_by_field_name("name"))
            else:
                declare(node, node.child_by_field_name("name"))
        elif node.type == "catch_clause":
            declare(node, node.child_by_field_name("parameter"))
        elif node.type == "class_declaration":
            declare(enclosing(node.parent, BLOCK_SCOPES | FUNCTION_SCOPES), node.child_by_field_name("name"))
    return scopes, declaring


def is_bound(node: Node, name: str, scopes: dict[int, set[str]]) -> bool:
    scope = node.parent
    while scope is not None:
        if name in scopes.get(scope.id, ()):
            return scope.type != "program"  # a top-level declaration is a global
        scope = scope.parent
    return False


def assigned(node: Node) -> bool:
    parent = node.parent
    if parent.type in ("assignment_expression", "augmented_assignment_expression"):
        return parent.child_by_field_name("left") == node
    return parent.type == "update_expression" or parent.type in ("array_pattern", "object_pattern", "rest_pattern")


def script_reach(code: str) -> Reach:
    tree = JAVASCRIPT.parse(code.encode("utf-8"))
    reach = Reach()
    if tree.root_node.has_error:
        reach.refused.append("is not valid JavaScript")
        return reach
    scopes, declaring = declarations(tree.root_node)
    top_level = scopes.get(tree.root_node.id, set())  # globals the script declares, then reads
    reach.writes |= top_level
    for node in walk(tree.root_node):
        if node.type in REFUSED_NODES:
            reach.refused.append(f"uses {REFUSED_NODES[node.type]}")
        elif node.type in ("identifier", "shorthand_property_identifier") and node.id not in declaring:
            name = node.text.decode("utf-8")
            if name == "undefined" or is_bound(node, name, scopes):
                continue
            if assigned(node):
                reach.writes.add(name)
            elif name not in top_level:
                reach.reads.add(name)
        elif node.type == "member_expression":
            reach.properties.add(node.child_by_field_name("property").text.decode("utf-8"))
        elif node.type == "subscript_expression":
            index = node.child_by_field_name("index")
            if index.type == "string":
                reach.properties.add(string_value(index))
            elif index.type != "number":
                reach.refused.append(f"uses a computed property [{index.text.decode('utf-8')}]")
        elif node.type in ("string", "template_string"):
            reach.strings.add(string_value(node))
    return reach


@cache
def unknown_script(code: str) -> str | None:
    """None for a known inline script; otherwise why it is not one. Kept per script: every page carries the
    same few."""
    reach = script_reach(code)
    reasons = [known.extras(reach) for known in KNOWN_SCRIPTS]
    if any(not reason for reason in reasons):
        return None
    return ", ".join(min(reasons, key=len))


def unknown_config(code: str) -> str | None:
    """None for Material's `__config` block: a JSON object with its known keys and same-site URLs."""
    try:
        config = json.loads(code)
    except json.JSONDecodeError as error:
        return f"is not JSON ({error})"
    if not isinstance(config, dict) or not set(config) <= CONFIG_KEYS:
        return f"has keys other than Material's {sorted(CONFIG_KEYS)}"
    for key in ("base", "search"):
        if not isinstance(config.get(key), str) or not same_site_url(config[key]):
            return f"has {key} {config.get(key)!r}, not an address on this site"
    return None


# ---------------------------------------------------------------------------------------------------
# Resources: every address a page makes the browser load.

LOADING_LINK_RELS = {
    "stylesheet",
    "preload",
    "modulepreload",
    "prefetch",
    "prerender",
    "preconnect",
    "dns-prefetch",
    "icon",
    "apple-touch-icon",
    "apple-touch-icon-precomposed",
    "mask-icon",
    "manifest",
}
RESOURCE_ATTRIBUTES = {
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "script": ("src",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "iframe": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "input": ("src",),
    "image": ("href", "xlink:href"),
    "use": ("href", "xlink:href"),
    "feimage": ("href", "xlink:href"),
}


def srcset_urls(srcset: str) -> Iterator[str]:
    """The image addresses in a `srcset` (HTML's candidate list: URL, then descriptors, comma-separated)."""
    position = 0
    while position < len(srcset):
        while position < len(srcset) and (srcset[position].isspace() or srcset[position] == ","):
            position += 1
        start = position
        while position < len(srcset) and not srcset[position].isspace():
            position += 1
        url = srcset[start:position]
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            while position < len(srcset) and srcset[position] != ",":
                position += 1
        if url:
            yield url


@cache
def css_urls(css: str) -> tuple[str, ...]:
    """Every address a style sheet loads: `url(...)`, `src(...)`, `image-set(...)` and `@import`. Kept per
    style sheet: each language's build checks the same theme style sheets."""

    def tokens(nodes) -> Iterator[str]:
        for node in nodes or ():
            if node.type == "url":
                yield node.value
            elif node.type == "function":
                if node.lower_name in ("url", "src", "image-set", "-webkit-image-set"):
                    yield from (argument.value for argument in node.arguments if argument.type == "string")
                yield from tokens(node.arguments)
            elif node.type == "at-rule":
                if node.lower_at_keyword == "import":
                    yield from (token.value for token in node.prelude if token.type == "string")
                yield from tokens(node.prelude)
                yield from tokens(node.content)
            elif node.type in ("qualified-rule",):
                yield from tokens(node.prelude)
                yield from tokens(node.content)
            elif node.type in ("() block", "[] block", "{} block"):
                yield from tokens(node.content)

    return tuple(tokens(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)))


def another_host(url: str, site_origin: tuple[str, str]) -> bool:
    """Whether loading `url` from a page of the site asks another host (data: stays in the page)."""
    url = url.strip()
    if url.replace("\\", "/").startswith("//"):  # scheme-relative: another host (browsers read \ as /)
        return True
    parts = urlsplit(url)
    if not parts.scheme and not parts.netloc or parts.scheme.lower() == "data":
        return False
    return (parts.scheme.lower(), parts.netloc.lower()) != site_origin


# ---------------------------------------------------------------------------------------------------
# Reading a page.


class PageCode(HTMLParser):
    """Collect a page's inline scripts and styles, and everything the policy refuses."""

    def __init__(self, site_origin: tuple[str, str]) -> None:
        super().__init__(convert_charrefs=True)
        self.site_origin = site_origin
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.problems: list[str] = []
        self.open_element: tuple[str, dict[str, str | None]] | None = None
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        for name, value in attrs:
            if name.startswith("on") or name == "style" or (value or "").strip().lower().startswith("javascript:"):
                self.problems.append(f"inline code a strict Content-Security-Policy blocks: <{tag} {name}={value!r}>")
        for url, source in self.resources(tag, attributes):
            if another_host(url, self.site_origin):
                self.problems.append(f"a resource from another host: <{tag} {source}={url!r}>")
        if tag == "script" and "src" not in attributes or tag == "style":
            self.open_element, self.text = (tag, attributes), ""

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if self.open_element is not None:
            self.handle_endtag(tag)

    @staticmethod
    def resources(tag: str, attributes: dict[str, str | None]) -> Iterator[tuple[str, str]]:
        if tag == "link":
            rels = set((attributes.get("rel") or "").lower().split())
            if rels & LOADING_LINK_RELS and attributes.get("href"):
                yield attributes["href"], "href"
            if "imagesrcset" in attributes:
                yield from ((url, "imagesrcset") for url in srcset_urls(attributes["imagesrcset"] or ""))
        for name in RESOURCE_ATTRIBUTES.get(tag, ()):
            value = attributes.get(name)
            if value is None:
                continue
            if name.endswith("srcset"):
                yield from ((url, name) for url in srcset_urls(value))
            else:
                yield value, name

    def handle_data(self, data: str) -> None:
        if self.open_element is not None:
            self.text += data

    def handle_endtag(self, tag: str) -> None:
        if self.open_element is None:
            return
        element, attributes = self.open_element
        self.open_element = None
        if element == "style":
            self.styles.append(self.text)
            for url in css_urls(self.text):
                if another_host(url, self.site_origin):
                    self.problems.append(f"a resource from another host: url({url!r}) in a <style> element")
            return
        script_type = (attributes.get("type") or "").strip().lower()
        excerpt = " ".join(self.text.split())[:80]
        if script_type == "application/json" and attributes.get("id") == "__config":
            reason = unknown_config(self.text)
        elif script_type in EXECUTABLE_SCRIPT_TYPES:
            reason = unknown_script(self.text)
            if reason is None:
                self.scripts.append(self.text)
        else:
            reason = f"has type {script_type!r}"
        if reason is not None:
            self.problems.append(f"an inline <script> that is none of the known scripts ({reason}): {excerpt!r}")


# ---------------------------------------------------------------------------------------------------
# MkDocs events.


def on_startup(*, command: str, **_) -> None:
    global build_command
    build_command = command


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    source_of[page.file.dest_uri] = f"{Path(config.docs_dir).name}/{page.file.src_uri}"
    return output


def on_post_build(*, config: MkDocsConfig) -> None:
    site_dir = Path(config.site_dir)
    site = urlsplit(config.site_url or "")
    site_origin = (site.scheme.lower(), site.netloc.lower())
    scripts, styles, problems = set(), set(), []
    for page in sorted(site_dir.rglob("*.html")):
        code = PageCode(site_origin)
        code.feed(page.read_text(encoding="utf-8"))
        code.close()
        built = page.relative_to(site_dir).as_posix()
        name = f"{built} (from {source_of[built]})" if built in source_of else built
        problems += [f"{name}: {problem}" for problem in dict.fromkeys(code.problems)]
        scripts.update(map(hash_source, code.scripts))
        styles.update(map(hash_source, code.styles))
    for stylesheet in sorted(site_dir.rglob("*.css")):
        for url in css_urls(stylesheet.read_text(encoding="utf-8")):
            if another_host(url, site_origin):
                problems.append(
                    f"{stylesheet.relative_to(site_dir).as_posix()}: a resource from another host: url({url!r})"
                )
    if problems:
        raise PluginError(
            "The security policy refuses what these pages hold (move scripts and styles to files under "
            "docs/assets/, keep every image, font and script on this site):\n" + "\n".join(problems)
        )
    if build_command not in NOT_WRITTEN_FOR:
        policy = content_security_policy(scripts, styles)
        embed_origins = SiteModel.of(config).settings.embed_origins
        policy_file(site_dir).write_text(nginx_policy(policy, embed_origins), encoding="utf-8")


def hash_source(code: str) -> str:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def content_security_policy(script_hashes: set[str], style_hashes: set[str]) -> str:
    directives = {
        **FIXED_DIRECTIVES,
        "script-src": ["'self'", *sorted(script_hashes)],
        "style-src": ["'self'", *sorted(style_hashes)],
    }
    return "; ".join(" ".join([name, *sources]) for name, sources in directives.items())


def policy_file(site_dir: Path) -> Path:
    return site_dir.parent / f"{site_dir.name}.csp.conf"


def nginx_policy(policy: str, embed_origins: list[str]) -> str:
    frame_ancestors = " ".join(["'self'", *embed_origins])
    return (
        "# Generated by hooks/security_policy.py from the built site: rebuild instead of editing.\n"
        f'set $content_security_policy "{policy}";\n'
        "# Who may frame the cards under (<language>/)insluiten/: the site itself and the setting EMBED_ORIGINS.\n"
        f'set $embed_frame_ancestors "{frame_ancestors}";\n'
    )
