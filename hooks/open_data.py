"""Publish the tips as open data: `tips.json` at the site root, built from the role pages' front matter.

Intranets and learning platforms read it to show or link the tips in their own pages. The format is
documented for them in `docs/open-data.md`; a change that breaks readers raises `SCHEMA_VERSION`.
"""

from __future__ import annotations

import json
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

OPEN_DATA_PATH = "tips.json"
SCHEMA_VERSION = 1


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Announce the file before pages are rendered, so that pages can link to it."""
    files.append(File.generated(config, OPEN_DATA_PATH, content=""))
    return files


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Fill the file once every page's front matter is read, before files are written."""
    roles = [role_entry(page, config.site_url or "") for page in pages_in_nav_order(config.nav, files) if page.meta.get("tips")]
    document = {"schema_version": SCHEMA_VERSION, "titel": config.site_name, "site_url": config.site_url, "rollen": roles}
    files.get_file_from_path(OPEN_DATA_PATH).content_string = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    return env


def pages_in_nav_order(nav: Any, files: Files) -> list[Page]:
    """The pages that `nav` in mkdocs.yml lists, in its order, sections flattened."""
    if isinstance(nav, dict):
        return [page for value in nav.values() for page in pages_in_nav_order(value, files)]
    if isinstance(nav, list):
        return [page for item in nav for page in pages_in_nav_order(item, files)]
    file = files.get_file_from_path(nav) if isinstance(nav, str) else None
    return [file.page] if file is not None and isinstance(file.page, Page) else []


def public_path(page: Page) -> str:
    """The page's address on the hosted site (directory URLs), also in the offline copy's `.html` build."""
    return File(page.file.src_uri, src_dir=None, dest_dir="", use_directory_urls=True).url.removeprefix("./")


def role_entry(page: Page, site_url: str) -> dict[str, Any]:
    page_url = site_url + public_path(page)
    return {
        "naam": page.title,
        "pagina": page_url,
        "tips": [
            {"id": tip["id"], "tekst": " ".join(tip["tekst"].split()), "pagina": page_url, "anker": tip["id"], "link": f"{page_url}#{tip['id']}"}
            for tip in page.meta["tips"]
        ],
    }
