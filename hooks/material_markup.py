"""Repair two faults in the markup Material writes on every page, so that axe and the W3C checker pass.

1. The search dialog (`role="dialog"`) has no accessible name: give it one.
2. The drawer and search toggles are checkboxes with `autocomplete="off"`, which HTML allows only on
   text-like inputs: drop the attribute.

A page without the markup we expect fails the build, so that a Material upgrade that changes it
is noticed instead of undoing the repair silently.
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
SEARCH_DIALOG_NAME = "Zoeken"
CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input\b[^>]*\btype="checkbox"[^>]*?)\s+autocomplete="off"')


def on_post_page(output: str, *, page: Page, **_) -> str:
    return repaired(output, page.file.src_uri)


def on_post_template(output_content: str, *, template_name: str, **_) -> str:
    """Static templates such as 404.html are pages too; sitemap.xml and the like are not."""
    return repaired(output_content, template_name) if template_name.endswith(".html") else output_content


def repaired(html: str, source: str) -> str:
    if SEARCH_DIALOG not in html:
        raise PluginError(f"{source}: Material's search dialog markup changed; update hooks/material_markup.py")
    named_dialog = SEARCH_DIALOG.replace('role="dialog"', f'role="dialog" aria-label="{SEARCH_DIALOG_NAME}"')
    return CHECKBOX_AUTOCOMPLETE.sub(r"\1", html.replace(SEARCH_DIALOG, named_dialog))
