"""Serve the offline copy's polyfills from the site itself: the offline copy requests nothing remote.

Material's offline plugin adds the iframe-worker shim, from a CDN, so that search runs from file://.
This hook swaps in the copy vendored in `docs/assets/javascripts/vendor/` (npm package iframe-worker
1.0.4, the latest the CDN serves for `iframe-worker/shim`). Any other remote polyfill fails the build:
vendor it too.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

SHIM_PATH = "/iframe-worker/shim"
VENDORED_SHIM = "assets/javascripts/vendor/iframe-worker-1.0.4/shim.js"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    config.extra["polyfills"] = [local_polyfill(url) for url in config.extra.get("polyfills", [])]
    return config


def local_polyfill(url: str) -> str:
    """The site's own copy of a remote polyfill; a local one as it is."""
    address = urlsplit(url)
    if address.scheme not in ("http", "https"):
        return url
    if address.path == SHIM_PATH:
        return VENDORED_SHIM
    raise PluginError(f"polyfill {url} would be loaded from the internet: vendor it in hooks/offline_polyfill.py")
