"""Write each page's own address at the end of its article, for the printed page only.

A printed page is read away from the screen: the line "Bekijk deze pagina online: <address>" tells
the reader where the live page is. The address is the page's canonical URL (from `site_url`), and
the print section of `assets/stylesheets/site.css` shows the line in print only. It is added to the
finished HTML, so that the search index does not hold it as text of every page.
"""

from __future__ import annotations

import html

from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

ARTICLE_END = "</article>"


def on_post_page(output: str, *, page: Page, **_) -> str:
    if not page.canonical_url:
        return output
    if ARTICLE_END not in output:
        raise PluginError(f"{page.file.src_uri}: no {ARTICLE_END} to put the printed address in")
    address = f'<p class="pagina-adres alleen-printen">Bekijk deze pagina online: {html.escape(page.canonical_url)}</p>\n'
    return output.replace(ARTICLE_END, address + ARTICLE_END, 1)
