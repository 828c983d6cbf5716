"""Render the tips that a role page declares in its front matter as headings with stable ids.

A role page (`docs/rollen/*.md`) keeps its tips as data: `tips: [{id: ..., tekst: ...}]`. Each tip
becomes `## tekst { #id .tip }`: the id stays when the text is edited, the toc extension gives it a
permalink, and the search plugin indexes every tip as a section of its own. A malformed tip fails
the build instead of disappearing silently.
"""

from __future__ import annotations

import html
import re

from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

ROLE_DIRECTORY = "rollen/"
TIP_KEYS = {"id", "tekst"}
MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]#])")


def is_role_page(page: Page) -> bool:
    """A role page is a page in `docs/rollen/`; other hooks ask here too."""
    return page.file.src_uri.startswith(ROLE_DIRECTORY)


def on_page_markdown(markdown: str, *, page: Page, **_) -> str:
    if not is_role_page(page):
        return markdown
    slug = page.file.src_uri.removeprefix(ROLE_DIRECTORY).removesuffix(".md")
    headings = [tip_heading(tip, slug, page.file.src_uri) for tip in role_tips(page)]
    return "\n\n".join([markdown.rstrip(), *headings]) + "\n"


def role_tips(page: Page) -> list[dict[str, str]]:
    tips = page.meta.get("tips")
    if not isinstance(tips, list) or not tips:
        raise PluginError(f"{page.file.src_uri}: a role page needs a non-empty list 'tips'")
    ids = [tip.get("id") for tip in tips if isinstance(tip, dict)]
    if len(set(ids)) != len(ids):
        raise PluginError(f"{page.file.src_uri}: tip ids must be unique, got {ids}")
    return tips


def tip_heading(tip: object, slug: str, src_uri: str) -> str:
    if not isinstance(tip, dict) or set(tip) != TIP_KEYS:
        raise PluginError(f"{src_uri}: each tip has exactly the keys {sorted(TIP_KEYS)}, got {tip!r}")
    tip_id, text = tip["id"], tip["tekst"]
    if not isinstance(tip_id, str) or not re.fullmatch(rf"{re.escape(slug)}(-[a-z0-9]+)+", tip_id):
        raise PluginError(f"{src_uri}: tip id {tip_id!r} must be '{slug}-' plus lowercase words joined by '-'")
    if not isinstance(text, str) or not text.strip():
        raise PluginError(f"{src_uri}: tip {tip_id!r} has no text")
    return f"## {markdown_text(text)} {{ #{tip_id} .tip }}"


def markdown_text(text: str) -> str:
    """Escape text so that Markdown shows it as it is written."""
    return html.escape(MARKDOWN_SPECIALS.sub(r"\\\1", " ".join(text.split())), quote=False)
