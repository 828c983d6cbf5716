"""Show and index the other common words for a role: "Ook voor: leraar, leerkracht en mentor."

A role page may declare `ook_voor: [...]` in its front matter: the everyday Dutch words for the same
profession. This hook puts them in a line at the top of the page's Markdown, so a visitor sees why the
page matched, and gives the page's search document a field `ook_voor` with those words, weighted between
body text and a title, so a query naming the role by another word ranks the role's page first. A
malformed list fails the build.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

KEY = "ook_voor"
# Letters, with single spaces, hyphens or apostrophes between them: nothing Markdown would read as markup.
PLAIN_WORDS = re.compile(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*")

# Ten times below a title: a query word that starts one of these words (`wijk` in `wijkagent`) must not
# outrank a tip that has the word itself; a hundred times above body text.
OOK_VOOR_BOOST = 100.0

# A role page's `description` ("Tips voor de spreekkamer."), shown on its card on the home page, is also
# a field of the page's search document, ten times above body text: a word of the home page that belongs
# to one role ("spreekkamer") then finds the role's page above the home page.
DESCRIPTION_KEY = "beschrijving"
DESCRIPTION_BOOST = 10.0
ROLE_FOLDER = "rollen/"

words_by_page_url: dict[str, list[str]] = {}
description_by_page_url: dict[str, str] = {}


def on_pre_build(*, config: MkDocsConfig) -> None:
    words_by_page_url.clear()
    description_by_page_url.clear()


def on_page_markdown(markdown: str, *, page: Page, **_) -> str:
    if page.file.src_uri.startswith(ROLE_FOLDER) and isinstance(page.meta.get("description"), str):
        description_by_page_url[page.url] = page.meta["description"]
    if KEY not in page.meta:
        return markdown
    line = ook_voor_line(page.meta[KEY], page.file.src_uri)
    words_by_page_url[page.url] = page.meta[KEY]
    return f"{line}\n{{ .ook-voor }}\n\n{markdown}"


def ook_voor_line(words: object, src_uri: str) -> str:
    """ "Ook voor: a, b en c." for the words `[a, b, c]`."""
    if not isinstance(words, list) or not words:
        raise PluginError(f"{src_uri}: '{KEY}' must be a non-empty list of words, got {words!r}")
    for word in words:
        if not isinstance(word, str) or not PLAIN_WORDS.fullmatch(word):
            raise PluginError(f"{src_uri}: '{KEY}' holds plain words only (letters, spaces, hyphens), got {word!r}")
    if len(set(words)) != len(words):
        raise PluginError(f"{src_uri}: '{KEY}' has a word twice: {words}")
    listed = words[0] if len(words) == 1 else f"{', '.join(words[:-1])} en {words[-1]}"
    return f"Ook voor: {listed}."


def add_ook_voor_field(index: dict[str, Any], words: dict[str, list[str]]) -> dict[str, Any]:
    """The search index with each page's other words in a field of the page's own search document."""
    fields = index["config"]["fields"]
    fields[KEY] = {"boost": OOK_VOOR_BOOST}
    for doc in index["docs"]:
        if doc["location"] in words:
            doc[KEY] = " ".join(words[doc["location"]])
    return index


def add_description_field(index: dict[str, Any], descriptions: dict[str, str]) -> dict[str, Any]:
    """The search index with each role page's description in a field of the page's own search document."""
    index["config"]["fields"][DESCRIPTION_KEY] = {"boost": DESCRIPTION_BOOST}
    for doc in index["docs"]:
        if doc["location"] in descriptions:
            doc[DESCRIPTION_KEY] = descriptions[doc["location"]]
    return index


@event_priority(-50)  # after the search plugin writes the index, before the offline plugin inlines it
def on_post_build(*, config: MkDocsConfig) -> None:
    path = Path(config.site_dir) / "search" / "search_index.json"
    if path.is_file():
        index = add_ook_voor_field(json.loads(path.read_text(encoding="utf-8")), words_by_page_url)
        index = add_description_field(index, description_by_page_url)
        path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
