"""The search index, from the content model: a role page and each of its tips are entries of their own.

Material's search plugin indexes a page's Markdown by its headings. A role page has none: its tips are an
ordered list made by the role template. So after the plugin has written `search/search_index.json` this
hook adds the role page's entry and, after it, one entry per tip: its address `rollen/<slug>/#<tip-id>`,
the tip as its title. The role page's entry gets a field `ook_voor` with the other words for the role,
weighted between body text and a title, so a query naming the role by another word ranks its page first,
and a field `beschrijving` with the role's description.

The field's search words (`data/zoekwoorden.yml`) go into a field `zoekwoorden` of the entry each leads to: a
tip, a role page, "Hulp en melden", or "Alle tips" (whose own text is left out of the index: it would only
repeat the tips, so it gets an entry with its title and search words only). The words of one entry are
written as a list with ", " between them, so the query worker can tell the phrases apart.

Material's search shows an entry's title as HTML, and its plugin escapes the text of every page it indexes
(`html.escape(text, quote=False)`). The text added here is escaped the same way: a tip is plain text, so
`<b>` or `&` in it shows as written in the search results, as it does on the page.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from model import GENERAL_PAGES, Role, SiteModel, Vocabulary, check_front_matter, nav_paths

INDEX_PATH = Path("search") / "search_index.json"
OOK_VOOR = "ook_voor"
DESCRIPTION = "beschrijving"
# A role's description ("Tips voor de spreekkamer.") holds the words of the home page that belong to one
# role; ten times body text, so they find the role without outranking a tip's own words.
DESCRIPTION_BOOST = 10.0
# Ten times below a title: a query word that starts one of these words (`wijk` in `wijkagent`) must not
# outrank a tip that has the word itself; a hundred times above body text.
OOK_VOOR_BOOST = 100.0
VOCABULARY = "zoekwoorden"
# As the other words for a role: above body text, below a title. The query worker puts the target of a
# query that is a search word of its own first (docs/assets/javascripts/workers/search-query.js).
VOCABULARY_BOOST = OOK_VOOR_BOOST
VOCABULARY_SEPARATOR = ", "


@event_priority(-50)  # after the search plugin writes the index, before the offline plugin inlines it
def on_post_build(*, config: MkDocsConfig) -> None:
    path = Path(config.site_dir) / INDEX_PATH
    if path.is_file():
        model = SiteModel.of(config)
        index = indexed_roles(json.loads(path.read_text(encoding="utf-8")), model.roles, config)
        index = in_nav_order(indexed_vocabulary(index, model.vocabulary, model.roles, config), config)
        path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def indexed_roles(index: dict[str, Any], roles: list[Role], config: MkDocsConfig) -> dict[str, Any]:
    """The index with an entry for each role page and, after it, one for each of its tips; in nav order.

    A role page's Markdown is front matter only, so the search plugin gives it no entry of its own."""
    index["config"]["fields"][OOK_VOOR] = {"boost": OOK_VOOR_BOOST}
    index["config"]["fields"][DESCRIPTION] = {"boost": DESCRIPTION_BOOST}
    for role in roles:
        location = page_location(role.src_uri, config)
        if any(document["location"].partition("#")[0] == location for document in index["docs"]):
            raise PluginError(f"{INDEX_PATH}: the role page {location} has text of its own; it should have none")
        entry = {
            "location": location,
            "title": index_text(role.title),
            "text": "",
            DESCRIPTION: index_text(role.description),
        }
        index["docs"].append(entry | ({OOK_VOOR: index_text(" ".join(role.ook_voor))} if role.ook_voor else {}))
        index["docs"] += [
            {"location": f"{location}#{tip.id}", "title": index_text(tip.tekst), "text": ""} for tip in role.tips
        ]
    return index


def indexed_vocabulary(
    index: dict[str, Any], vocabulary: Vocabulary, roles: list[Role], config: MkDocsConfig
) -> dict[str, Any]:
    """The index with each search word in the `zoekwoorden` field of the entry it leads to."""
    index["config"]["fields"][VOCABULARY] = {"boost": VOCABULARY_BOOST}
    locations = {name: page_location(src_uri, config) for name, src_uri in GENERAL_PAGES.items()}
    for role in roles:
        locations[role.slug] = page_location(role.src_uri, config)
        locations |= {tip.id: f"{locations[role.slug]}#{tip.id}" for tip in role.tips}
    entries = {document["location"]: document for document in index["docs"]}
    for target, location in locations.items():
        if not (words := vocabulary.words_for(target)):
            continue
        if location not in entries:  # "Alle tips": its own text is not indexed
            entries[location] = {"location": location, "title": index_text(page_title(target, config)), "text": ""}
            index["docs"].append(entries[location])
        entries[location][VOCABULARY] = index_text(VOCABULARY_SEPARATOR.join(words))
    return index


def in_nav_order(index: dict[str, Any], config: MkDocsConfig) -> dict[str, Any]:
    order = {page_location(src_uri, config): position for position, src_uri in enumerate(nav_paths(config.nav))}
    index["docs"].sort(key=lambda document: order.get(document["location"].partition("#")[0], len(order)))
    return index


def page_title(name: str, config: MkDocsConfig) -> str:
    """The title in the front matter of the general page `name` (`alle-tips`)."""
    src_uri = GENERAL_PAGES[name]
    text = (Path(config.docs_dir) / src_uri).read_text(encoding="utf-8")
    return check_front_matter(text, f"docs/{src_uri}")[0]["title"]


def index_text(text: str) -> str:
    """Plain text as Material's search plugin writes it into the index, which its search shows as HTML."""
    return escape(text, quote=False)


def page_location(src_uri: str, config: MkDocsConfig) -> str:
    """A page's location in the index: `rollen/docent/`, or `rollen/docent.html` in the offline copy."""
    url = File(src_uri, src_dir=None, dest_dir="", use_directory_urls=config.use_directory_urls).url
    return "" if url == "./" else url  # the home page's location, as the search plugin writes it
