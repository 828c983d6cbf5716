"""The site's own style sheet and scripts are published minified; their sources keep their comments.

Every `.css` and `.js` file under `docs/assets/` goes out without comments and needless white space
(rcssmin and rjsmin: they only remove, never rename or reorder), except vendored files, which go out as
their authors published them. The comments stay where people read them, in `docs/assets/`; a visitor's
phone no longer downloads them (about 5 KB of a role page's first load, with gzip).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePosixPath

import rcssmin
import rjsmin
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

OWN_ASSETS = PurePosixPath("assets")
VENDORED = OWN_ASSETS / "javascripts" / "vendor"
MINIFIERS: dict[str, Callable[[str], str]] = {".css": rcssmin.cssmin, ".js": rjsmin.jsmin}


# After the i18n plugin has chosen this language's files (its priority is -100): a minified file has no source path.
@event_priority(-110)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    for file in files:
        path = PurePosixPath(file.src_uri)
        minify = MINIFIERS.get(path.suffix)
        if minify and is_own_asset(path, file.src_dir, config.docs_dir):
            file.content_string = minify(file.content_string)
    return files


def is_own_asset(path: PurePosixPath, src_dir: str | None, docs_dir: str) -> bool:
    """A file of this site's `docs/assets/` (not one of Material's, not vendored)."""
    return src_dir == docs_dir and path.is_relative_to(OWN_ASSETS) and not path.is_relative_to(VENDORED)
