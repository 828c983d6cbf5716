"""What each language's search index holds beyond Material's defaults, and what it leaves out."""

import json
from html import escape
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError
from sitebuild import PROJECT_ROOT, dutch_pages, front_matter

from model import DEFAULT_LANGUAGE, NOWHERE, Role, Tip, Vocabulary, language_codes, read_role, vocabulary_file
from search import indexed_roles, language_root, not_on_the_site

ROLE_PAGES = dutch_pages(PROJECT_ROOT / "docs" / "rollen")
LANGUAGES = language_codes(PROJECT_ROOT)


def search_index(site_dir: Path, language: str = DEFAULT_LANGUAGE) -> dict:
    return json.loads((site_dir / language_root(language) / "search" / "search_index.json").read_text(encoding="utf-8"))


def role_page_source(page: Path, language: str) -> Path:
    """A role page's Markdown in `language`: `docent.md`, `docent.en.md`."""
    return page if language == DEFAULT_LANGUAGE else page.with_suffix(f".{language}.md")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_role_page_document_holds_its_description_above_body_text(site_dir: Path, language: str):
    index = search_index(site_dir, language)
    documents = {doc["location"]: doc for doc in index["docs"]}
    for page in ROLE_PAGES:
        description = front_matter(role_page_source(page, language))["description"]
        assert documents[f"rollen/{page.stem}/"]["beschrijving"] == description, page.name
    described = sorted(doc["location"] for doc in index["docs"] if "beschrijving" in doc)
    assert described == sorted(f"rollen/{page.stem}/" for page in ROLE_PAGES)
    fields = index["config"]["fields"]
    assert fields["text"]["boost"] < fields["beschrijving"]["boost"] < fields["ook_voor"]["boost"]


def test_the_json_example_of_open_data_is_not_in_the_index(site_dir: Path):
    index = search_index(site_dir)
    open_data = [doc for doc in index["docs"] if doc["location"].startswith("open-data/")]
    assert open_data, "the Open data page is in the index"
    assert "tips.json" in " ".join(doc["text"] for doc in open_data)
    text = json.dumps(open_data, ensure_ascii=False)
    assert "schema_version&quot;: 1" not in text and '"schema_version": 1' not in text
    assert "dure spullen" not in text and "voorbeeld.nl" not in text


def test_text_with_markup_enters_the_index_escaped_as_material_escapes_page_text():
    """Material's search shows a title as HTML: a tip with `<b>` or `&` must show as written, as on its page."""
    role = Role(
        slug="docent",
        title="Docent & mentor",
        description="Tips voor school & klas.",
        pictogram="material/school",
        tips=[Tip(id="docent-vet", tekst="Zeg <b>niet</b> alles & wacht.")],
    )
    site = SimpleNamespace(use_directory_urls=True, nav=["rollen/docent.md"])
    index = indexed_roles({"config": {"fields": {}}, "docs": []}, [role], site)
    page, tip = index["docs"]
    assert (page["title"], page["beschrijving"]) == ("Docent &amp; mentor", "Tips voor school &amp; klas.")
    assert tip == {
        "location": "rollen/docent/#docent-vet",
        "title": "Zeg &lt;b&gt;niet&lt;/b&gt; alles &amp; wacht.",
        "text": "",
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_tip_is_in_the_index_as_its_escaped_text(site_dir: Path, language: str):
    titles = {doc["location"]: doc["title"] for doc in search_index(site_dir, language)["docs"]}
    for page in ROLE_PAGES:
        for tip in front_matter(role_page_source(page, language))["tips"]:
            assert titles[f"rollen/{page.stem}/#{tip['id']}"] == escape(tip["tekst"], quote=False), tip["id"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_index_leads_only_to_its_own_pages_with_its_own_words(site_dir: Path, language: str):
    """A search on a page of one language never lands on another language's page: each index's locations are
    relative to its language's root (where its pages' `__config.base` points) and each is a page built there;
    the index has that language's stemmer and stop words, search words, word forms and page for the subject."""
    root = site_dir / language_root(language)
    index = search_index(site_dir, language)
    pages = {doc["location"].partition("#")[0] for doc in index["docs"]}
    assert [page for page in pages if page.startswith("/") or ".." in page.split("/") or ":" in page] == []
    assert [page for page in pages if not (root / page / "index.html").is_file()] == []
    if language == DEFAULT_LANGUAGE:
        assert not [page for page in pages if page.split("/")[0] in LANGUAGES], "another language's page"
    roles = [read_role(PROJECT_ROOT / "docs", f"rollen/{page.name}") for page in ROLE_PAGES]
    vocabulary = Vocabulary.read(
        PROJECT_ROOT / vocabulary_file(language), roles, vocabulary_file(language).as_posix(), language
    )
    indexed = [word for doc in index["docs"] if "zoekwoorden" in doc for word in doc["zoekwoorden"].split(", ")]
    leading_somewhere = [entry.woord for entry in vocabulary.woorden if entry.naar != NOWHERE]
    assert sorted(indexed) == sorted(escape(word, quote=False) for word in leading_somewhere)
    assert index["config"]["nergens"] == vocabulary.words_for(NOWHERE) != []
    assert index["config"]["lang"] == [language]
    assert index["config"]["woordvormen"] == vocabulary.woordvormen
    assert index["config"]["onderwerp"] == "alle-tips/"  # the page the words for the subject as a whole lead to


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pages_about_the_website_rank_below_the_tips(site_dir: Path, language: str):
    """Open data, Toegankelijkheid and Veilig internetten are about the website, not the subject: a query that
    shares a word with them and with a tip ("versie", "snapchat") puts the tip first (Material's document
    boost); no other entry is boosted."""
    docs = search_index(site_dir, language)["docs"]
    boosted = {doc["location"].partition("#")[0]: doc["boost"] for doc in docs if "boost" in doc}
    assert boosted == {"open-data/": 0.1, "toegankelijkheid/": 0.1, "veilig-internetten/": 0.1}


def test_a_search_word_that_leads_nowhere_must_be_one_the_site_does_not_have():
    """A word for something the site does not cover makes a query find nothing: one that the site's text has (its
    words in a row, in any field, markup aside) would hide that text, so the build fails with one line."""
    index = {"docs": [{"location": "rollen/docent/", "title": "Docent", "text": "<p>Vraag het <em>paspoort</em></p>"}]}
    assert not_on_the_site(["verlengen", "paspoort aanvragen", "vraag paspoort het"], index, "nl") == [
        "verlengen",
        "paspoort aanvragen",
        "vraag paspoort het",
    ]
    expected = (
        "^data/zoekwoorden.en.yml: the search word 'Vraag het' leads to nergens, but the site's text has it; "
        "expected a word for something the site does not cover$"
    )
    with pytest.raises(PluginError, match=expected):
        not_on_the_site(["verlengen", "Vraag het"], index, "en")
