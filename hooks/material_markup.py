"""Repair faults in the markup Material writes on every page (accessibility, valid HTML).

1. The search dialog (`role="dialog"`) has no accessible name: give it one.
2. The drawer and search toggles are checkboxes with `autocomplete="off"`, which HTML allows only on
   text-like inputs: drop the attribute.
3. The header's menu and search controls are `<label>`s with no name and no role, and the keyboard
   cannot reach them (WCAG 2.1.1, 4.1.2): make them named `<button>`s (`data-md-for` instead of `for`).
   The "Knoppen in de paginakop" section of assets/javascripts/site.js makes them toggle Material's
   checkbox; site.css hides them at Material's breakpoints as Material hid the labels, and
   MATERIAL_CSS_RULES below fails the build when Material's rules for the labels change.
4. Material's skip link "Ga naar inhoud" points at the first heading of the table of contents, which
   on a role page skips the h1 and the "Ook voor" line, and it would come before "Snel weg". It is
   removed here; overrides/partials/snel-weg.html puts "Ga naar inhoud" right after "Snel weg",
   pointing at the article (`id="__inhoud"`), so "Snel weg" is the first Tab stop of every page.

Also checked here: the Material partials this site overrides (overrides/partials/) are still the
ones the overrides were made from. Each of these dependencies on Material's internals fails the build
when Material's markup changes, so that an upgrade is noticed instead of undoing a repair silently.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import material
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
SEARCH_DIALOG_NAME = "Zoeken"
CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input\b[^>]*\btype="checkbox"[^>]*?)\s+autocomplete="off"')
HEADER_CONTROLS = {"__drawer": "Menu", "__search": "Zoeken"}
HEADER_CONTROL = re.compile(r'<label class="md-header__button md-icon" for="(__drawer|__search)">(.*?)</label>', re.DOTALL)
# Material's rules for the header labels that site.css repeats for the buttons that replace them.
MATERIAL_CSS_RULES = [
    "@media screen and (min-width:76.25em){.md-header__button[for=__drawer]{display:none}",
    "@media screen and (min-width:60em){.md-header__button[for=__search]{display:none}",
    ".no-js .md-header__button[for=__search]{display:none}",
]
MATERIAL_SKIP_LINK = re.compile(r'(<div data-md-component="skip">)\s*<a href="[^"]*" class="md-skip">\s*Ga naar inhoud\s*</a>\s*(</div>)')
EMPTY_SKIP = re.compile(r'<div data-md-component="skip">\s*</div>')
ARTICLE = '<article class="md-content__inner md-typeset">'
ARTICLE_ID = "__inhoud"

# Material's partials that overrides/partials/ replaces, with the sha256 of the Material 9.8.2 file each
# override was made from. A different hash means Material changed it: compare and update the override.
MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"
OVERRIDDEN_PARTIALS = {
    "partials/palette.html": "fb935107ae7d3d7475965019eec36c1ad72bf1d154254dab2474921fcd2710e3",
}


def on_config(config, **_):
    css = "".join(path.read_text(encoding="utf-8") for path in (MATERIAL_TEMPLATES / "assets" / "stylesheets").glob("main.*.min.css"))
    for rule in MATERIAL_CSS_RULES:
        if rule not in css:
            raise PluginError(f"Material's stylesheet no longer has {rule!r}: update site.css and hooks/material_markup.py")
    for partial, expected in OVERRIDDEN_PARTIALS.items():
        actual = hashlib.sha256((MATERIAL_TEMPLATES / partial).read_bytes()).hexdigest()
        if actual != expected:
            raise PluginError(
                f"Material's {partial} changed (sha256 {actual}, override made from {expected}): "
                f"compare overrides/{partial} with it and update OVERRIDDEN_PARTIALS in hooks/material_markup.py"
            )
    return config


def on_post_page(output: str, *, page: Page, **_) -> str:
    return repaired(output, page.file.src_uri)


def on_post_template(output_content: str, *, template_name: str, **_) -> str:
    """Static templates such as 404.html are pages too; sitemap.xml and the like are not."""
    return repaired(output_content, template_name) if template_name.endswith(".html") else output_content


def changed_markup(source: str, what: str) -> PluginError:
    return PluginError(f"{source}: Material's {what} markup changed; update hooks/material_markup.py")


def repaired(html: str, source: str) -> str:
    if SEARCH_DIALOG not in html:
        raise changed_markup(source, "search dialog")
    html = html.replace(SEARCH_DIALOG, SEARCH_DIALOG.replace('role="dialog"', f'role="dialog" aria-label="{SEARCH_DIALOG_NAME}"'))
    html = CHECKBOX_AUTOCOMPLETE.sub(r"\1", html)
    html, controls = HEADER_CONTROL.subn(
        lambda match: f'<button type="button" class="md-header__button md-icon" data-md-for="{match[1]}" '
        f'aria-label="{HEADER_CONTROLS[match[1]]}">{match[2]}</button>',
        html,
    )
    if controls != len(HEADER_CONTROLS):
        raise changed_markup(source, "header controls (menu, search)")
    html, skip_links = MATERIAL_SKIP_LINK.subn(r"\1\2", html)
    if skip_links != 1 and not EMPTY_SKIP.search(html):
        raise changed_markup(source, "skip link")
    if html.count(ARTICLE) != 1:
        raise changed_markup(source, "article")
    return html.replace(ARTICLE, ARTICLE.replace(">", f' id="{ARTICLE_ID}">'))
