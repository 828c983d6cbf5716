"""Write each page's own address under its content, for the printed page only.

A printed page is read away from the screen: the line "Bekijk deze pagina online: <address>" tells
the reader where the live page is. The address is the page's canonical URL (from `site_url`), and
`assets/stylesheets/print.css` shows the line in print only.
"""

from __future__ import annotations

import html

from mkdocs.structure.pages import Page


def on_page_content(content: str, *, page: Page, **_) -> str:
    if not page.canonical_url:
        return content
    address = html.escape(page.canonical_url)
    return f'{content}\n<p class="pagina-adres alleen-printen">Bekijk deze pagina online: {address}</p>\n'
