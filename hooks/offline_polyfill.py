"""Serve the offline copy's Web Worker polyfill from the site itself instead of unpkg.com.

Material's offline plugin adds the iframe-worker shim from unpkg.com, so that search runs from file://.
An offline copy must request nothing from the internet: this hook swaps in the copy vendored in
`docs/assets/javascripts/vendor/` (npm package iframe-worker 1.0.4, the latest that the unpkg URL serves).
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

UNPKG_SHIM = "https://unpkg.com/iframe-worker/shim"
VENDORED_SHIM = "assets/javascripts/vendor/iframe-worker-1.0.4/shim.js"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    polyfills = config.extra.get("polyfills", [])
    config.extra["polyfills"] = [VENDORED_SHIM if url == UNPKG_SHIM else url for url in polyfills]
    return config
