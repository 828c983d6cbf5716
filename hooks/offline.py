"""The offline copy (`make offline`: OFFLINE=true turns on Material's offline plugin, which switches directory
URLs off, so that the copy's pages are files like `rollen/docent.html` that work from file://).

- A page's canonical address is its address on the hosted site, in every build and language:
  `…/rollen/docent/`, `…/en/rollen/docent/`, never the offline copy's `…/rollen/docent.html`, which the
  hosted site answers with 404. The canonical link, `og:url`, the sitemap (with its `hreflang` alternates),
  and the address and QR code printed at a page's end all read it.
- A page's `hreflang` links in the head (Material's `extra.alternate`, hooks/pages.py) name the copy's own
  files, not the hosted site: Material's language switch fetches a `sitemap.xml` next to each
  `<link rel="alternate">` it finds, which would send the copy to the internet. (From file:// that fetch
  finds nothing, and Material then leaves the switch's links as they are: the copy's own files.)
- The 404 page links to the site's files from its root (`/assets/…`), because a server shows it at any
  address. The offline copy has no server: there each language's 404 page (`404.html`, `en/404.html`,
  hooks/pages.py) links relative to itself, to the copy's top, so it works opened from disk.
"""

from __future__ import annotations

import posixpath
from typing import Any
from urllib.parse import urljoin

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from languages import current_language, language_root, source_path

OFFLINE_PLUGIN = "material/offline"
NOT_FOUND_PAGE = "404.html"


def on_pre_page(page: Page, *, config: MkDocsConfig, files: Files) -> Page:
    # Before the pages are rendered and before the sitemap is, which reads every page's canonical address.
    page.canonical_url = hosted_address(source_path(page.file), current_language(config), config.site_url)
    return page


@event_priority(-50)  # after hooks/pages.py has set the page's alternates
def on_page_context(context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    if is_offline(config):
        own_file = {alternate.hosted: urljoin(page.url, alternate.link) for alternate in context["alternates"]}
        config.extra.alternate = [entry | {"link": own_file[entry["link"]]} for entry in config.extra.alternate]
    return context


def hosted_address(src_uri: str, language: str, site_url: str) -> str:
    """The address on the hosted site, which has directory URLs, of the page `src_uri` (its Dutch source path)
    in `language`."""
    return urljoin(
        site_url, language_root(language) + File(src_uri, src_dir=None, dest_dir="", use_directory_urls=True).url
    )


def on_template_context(context: dict[str, Any], *, template_name: str, config: MkDocsConfig) -> dict[str, Any]:
    if posixpath.basename(template_name) == NOT_FOUND_PAGE and is_offline(config):
        # The copy's top, from this language's 404 page: "." from 404.html, ".." from en/404.html
        context["base_url"] = posixpath.relpath(".", posixpath.dirname(template_name) or ".")
    return context


def is_offline(config: MkDocsConfig) -> bool:
    offline = config.plugins.get(OFFLINE_PLUGIN)
    return bool(offline and offline.config.enabled)
