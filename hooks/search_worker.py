"""Put the site's Dutch query handling in front of Material's search worker.

Material's search UI starts the worker named in the page's `__config` JSON. This hook names
`assets/javascripts/workers/search-query.js` there instead, and passes Material's own worker file as
`?material=`: that script rewrites each query (word forms, typos) and then loads Material's worker
unchanged. The build fails if Material's worker URL is not where this hook expects it.
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

QUERY_WORKER = "search-query.js"
MATERIAL_WORKER_URL = re.compile(r'(?P<key>"search":\s*")(?P<folder>[^"]*workers/)(?P<worker>search\.[0-9a-f]+\.min\.js)"')


def use_query_worker(html: str, source: str) -> str:
    """`html` with the search worker in its `__config` replaced by the query worker."""
    replaced, count = MATERIAL_WORKER_URL.subn(rf'\g<key>\g<folder>{QUERY_WORKER}?material=\g<worker>"', html)
    if count != 1:
        raise PluginError(f"{source}: expected Material's search worker URL once in __config, found it {count} times")
    return replaced


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return use_query_worker(output, page.file.src_uri)


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    """Static theme templates: the 404 page has the search box too; sitemaps have no search."""
    if not template_name.endswith(".html"):
        return output_content
    return use_query_worker(output_content, template_name)
