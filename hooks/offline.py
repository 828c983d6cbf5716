"""The offline copy (`make offline`: OFFLINE=true turns on Material's offline plugin, which switches directory
URLs off, so that the copy's pages are files like `rollen/docent.html` that work from file://).

- A page's canonical address is its address on the hosted site, in every build: `…/rollen/docent/`, never
  the offline copy's `…/rollen/docent.html`, which the hosted site answers with 404; in another language
  `…/en/rollen/docent/`, never its source's `…/rollen/docent.en/`. The canonical link,
  `og:url`, the sitemap, and the address and QR code printed at a page's end all read it.
- The 404 page links to the site's files from its root (`/assets/…`), because a server shows it at any
  address. The offline copy has no server: there it links relative to itself, at the copy's top, so it
  works opened from disk.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from languages import current_language, language_root, source_path

OFFLINE_PLUGIN = "material/offline"
NOT_FOUND_PAGE = "404.html"


def on_pre_page(page: Page, *, config: MkDocsConfig, files: Files) -> Page:
    # Before the pages are rendered and before the sitemap is, which reads every page's canonical address.
    page.canonical_url = hosted_address(source_path(page.file), current_language(config), config.site_url)
    return page


def hosted_address(src_uri: str, language: str, site_url: str) -> str:
    """The address of the page `src_uri` (its Dutch source path) in `language` on the hosted site, which has
    directory URLs and each other language under `<code>/`."""
    root = urljoin(site_url, language_root(language))
    return urljoin(root, File(src_uri, src_dir=None, dest_dir="", use_directory_urls=True).url)


def on_template_context(context: dict[str, Any], *, template_name: str, config: MkDocsConfig) -> dict[str, Any]:
    if template_name == NOT_FOUND_PAGE and is_offline(config):
        context["base_url"] = "."  # 404.html is at the copy's top
    return context


def is_offline(config: MkDocsConfig) -> bool:
    offline = config.plugins.get(OFFLINE_PLUGIN)
    return bool(offline and offline.config.enabled)
