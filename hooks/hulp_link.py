"""End every role page with a short link to the page "Hulp en melden".

It runs after `hooks/tips.py`, which appends the tips to a role page's Markdown, so the link comes last.
"""

from __future__ import annotations

import posixpath

from mkdocs.structure.pages import Page
from tips import is_role_page

HELP_PAGE = "hulp-en-melden.md"


def on_page_markdown(markdown: str, *, page: Page, **_) -> str:
    if not is_role_page(page):
        return markdown
    link = posixpath.relpath(HELP_PAGE, posixpath.dirname(page.file.src_uri))
    return f"{markdown.rstrip()}\n\nHulp nodig of iets melden? Kijk bij [Hulp en melden]({link}).\n{{ .hulp-link }}\n"
