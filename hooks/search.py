"""The search index, from the content model: a role page and each of its tips are entries of their own.

Material's search plugin indexes a page's Markdown by its headings. A role page has none: its tips are an
ordered list made by the role template. So after the plugin has written `search/search_index.json` this
hook adds the role page's entry and, after it, one entry per tip: its address `rollen/<slug>/#<tip-id>`,
the tip as its title. The role page's entry gets a field `ook_voor` with the other words for the role
(with ", " between them, as the search words below),
weighted between body text and a title, so a query naming the role by another word ranks its page first,
and a field `beschrijving` with the role's description.

Each language's index gets its own language's field search words (`data/zoekwoorden.yml`, Dutch;
`data/zoekwoorden.<code>.yml`), each in a field `zoekwoorden` of the entry it leads to: a
tip, a role page, "Hulp en melden", or "Alle tips" (whose own text is left out of the index: it would only
repeat the tips, so it gets an entry with its title and search words only). The words of one entry are
written as a list with ", " between them, so the query worker can tell the phrases apart. The index's config
gets `woordvormen`, the word forms of its language that the query worker derives (`Vocabulary.woordvormen`),
and `onderwerp`, the location of "Alle tips", where the words for the subject as a whole lead; and `nergens`,
the search words for an errand or subject the site does not cover, which make a query find nothing.

Material's search shows an entry's title as HTML, and its plugin escapes the text of every page it indexes
(`html.escape(text, quote=False)`). The text added here is escaped the same way: a tip is plain text, so
`<b>` or `&` in it shows as written in the search results, as it does on the page.
"""

from __future__ import annotations

import json
import re
from html import escape
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File

from languages import is_building_a_language, language_root
from material_internals import OFFLINE_INDEX_PATH, offline_search_index
from model import (
    DEFAULT_LANGUAGE,
    GENERAL_PAGES,
    NOWHERE,
    Role,
    SiteModel,
    Vocabulary,
    check_front_matter,
    nav_paths,
    translation_path,
    vocabulary_file,
)
from offline import is_offline

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
# As a role's description: above body text, below a title and a role's other words. The query worker puts
# the target of a query that is a search word first (docs/assets/javascripts/workers/search-query.js), so
# the boost counts only for a query that merely shares a word with a search word: "room" of "hotel room"
# must not outrank a tip that says "consulting room".
VOCABULARY_BOOST = DESCRIPTION_BOOST
VOCABULARY_SEPARATOR = ", "
WORD_FORMS = "woordvormen"
# The location of "Alle tips", the page for the subject as a whole, which the words for the subject lead to:
# in a longer query such a word only sets the scene ("signalen van mensenhandel"), so the query worker
# puts it first only when it is the whole query.
SUBJECT_PAGE = "onderwerp"
SUBJECT_PAGE_NAME = "alle-tips"
# The search words that lead nowhere (`naar: nergens`), in the index's config: a query with one of them finds
# nothing. Each must be a word or phrase that none of the index's text has: else the site covers it.
NOWHERE_WORDS = "nergens"
INDEX_WORD = re.compile(r"[^\W_]+")
MARKUP = re.compile(r"<[^>]*>")
# Each language's index as written, by the language's root ("", "en/"): kept with the build's config, which
# every language's build shares, until the last language is built.
INDEXES_KEY = "search_indexes"


# After the search plugin has written this build's index, before the i18n plugin (-100) builds the other
# languages and merges every language's entries into `search/search_index.json`, and before the offline plugin
# (-100) inlines that file into a script.
@event_priority(-50)
def index_this_language(*, config: MkDocsConfig) -> None:
    written = Path(config.site_dir) / INDEX_PATH
    if written.is_file():
        model = SiteModel.of(config)
        index = of_language(json.loads(written.read_text(encoding="utf-8")), model.language)
        index = indexed_roles(index, model.roles, config)
        index["config"][WORD_FORMS] = list(model.vocabulary.woordvormen)
        index = in_nav_order(indexed_vocabulary(index, model.vocabulary, model.roles, config), config)
        config[INDEXES_KEY] = config.get(INDEXES_KEY, {}) | {
            language_root(model.language): json.dumps(index, ensure_ascii=False, separators=(",", ":"))
        }
        write_indexes(config)


@event_priority(-110)
def write_indexes_again(*, config: MkDocsConfig) -> None:
    """Once every language is built, each language's index again: the i18n plugin has overwritten the Dutch one
    with its merge of all languages, and the offline plugin has inlined that merge."""
    if not is_building_a_language(config):
        write_indexes(config)


on_post_build = CombinedEvent(index_this_language, write_indexes_again)


def write_indexes(config: MkDocsConfig) -> None:
    for root, data in config.get(INDEXES_KEY, {}).items():
        (Path(config.site_dir) / root / INDEX_PATH).parent.mkdir(parents=True, exist_ok=True)
        (Path(config.site_dir) / root / INDEX_PATH).write_text(data, encoding="utf-8")
        if is_offline(config):
            (Path(config.site_dir) / root / OFFLINE_INDEX_PATH).write_text(offline_search_index(data), encoding="utf-8")


def of_language(index: dict[str, Any], language: str) -> dict[str, Any]:
    """This build's index, its locations relative to the language's root, where its pages' `__config.base`
    points (hooks/material_internals.py (14)): `en/rollen/docent/` becomes `rollen/docent/`."""
    root = language_root(language)
    if any(not document["location"].startswith(root) for document in index["docs"]):
        raise PluginError(f"{INDEX_PATH}: expected the entries of the {language!r} build only, below {root!r}")
    index["docs"] = [document | {"location": document["location"].removeprefix(root)} for document in index["docs"]]
    return index


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
        ook_voor = {OOK_VOOR: index_text(VOCABULARY_SEPARATOR.join(role.ook_voor))} if role.ook_voor else {}
        index["docs"].append(entry | ook_voor)
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
    index["config"][SUBJECT_PAGE] = locations[SUBJECT_PAGE_NAME]
    index["config"][NOWHERE_WORDS] = not_on_the_site(vocabulary.words_for(NOWHERE), index, vocabulary.taal)
    entries = {document["location"]: document for document in index["docs"]}
    for target, location in locations.items():
        if not (words := vocabulary.words_for(target)):
            continue
        if location not in entries:  # "Alle tips": its own text is not indexed
            entries[location] = {"location": location, "title": index_text(page_title(target, config)), "text": ""}
            index["docs"].append(entries[location])
        entries[location][VOCABULARY] = index_text(VOCABULARY_SEPARATOR.join(words))
    return index


def not_on_the_site(words: list[str], index: dict[str, Any], language: str) -> list[str]:
    """`words`, each checked to be a word or phrase that no text of the index has (its words in a row)."""
    texts = (
        MARKUP.sub(" ", value) for document in index["docs"] for value in document.values() if isinstance(value, str)
    )
    site_text = f" {' '.join(' '.join(INDEX_WORD.findall(text.casefold())) for text in texts)} "
    for word in words:
        if f" {' '.join(INDEX_WORD.findall(word.casefold()))} " in site_text:
            raise PluginError(
                f"{vocabulary_file(language).as_posix()}: the search word {word!r} leads to {NOWHERE}, but the "
                "site's text has it; expected a word for something the site does not cover"
            )
    return words


def in_nav_order(index: dict[str, Any], config: MkDocsConfig) -> dict[str, Any]:
    order = {page_location(src_uri, config): position for position, src_uri in enumerate(nav_paths(config.nav))}
    index["docs"].sort(key=lambda document: order.get(document["location"].partition("#")[0], len(order)))
    return index


def page_title(name: str, config: MkDocsConfig) -> str:
    """The title in the front matter of the general page `name` (`alle-tips`), in this build's language."""
    language = SiteModel.of(config).language
    src_uri = GENERAL_PAGES[name] if language == DEFAULT_LANGUAGE else translation_path(GENERAL_PAGES[name], language)
    text = (Path(config.docs_dir) / src_uri).read_text(encoding="utf-8")
    return check_front_matter(text, f"docs/{src_uri}")[0]["title"]


def index_text(text: str) -> str:
    """Plain text as Material's search plugin writes it into the index, which its search shows as HTML."""
    return escape(text, quote=False)


def page_location(src_uri: str, config: MkDocsConfig) -> str:
    """A page's location in the index: `rollen/docent/`, or `rollen/docent.html` in the offline copy."""
    url = File(src_uri, src_dir=None, dest_dir="", use_directory_urls=config.use_directory_urls).url
    return "" if url == "./" else url  # the home page's location, as the search plugin writes it
