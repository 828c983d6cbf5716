"""What the search index holds beyond Material's defaults, and what it leaves out."""

import json
from html import escape
from pathlib import Path
from types import SimpleNamespace

from sitebuild import PROJECT_ROOT, front_matter

from model import Role, Tip
from search import indexed_roles

ROLE_PAGES = sorted((PROJECT_ROOT / "docs" / "rollen").glob("*.md"))


def search_index(site_dir: Path) -> dict:
    return json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))


def test_every_role_page_document_holds_its_description_above_body_text(site_dir: Path):
    index = search_index(site_dir)
    documents = {doc["location"]: doc for doc in index["docs"]}
    for page in ROLE_PAGES:
        assert documents[f"rollen/{page.stem}/"]["beschrijving"] == front_matter(page)["description"], page.name
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


def test_every_tip_is_in_the_index_as_its_escaped_text(site_dir: Path):
    titles = {doc["location"]: doc["title"] for doc in search_index(site_dir)["docs"]}
    for page in ROLE_PAGES:
        for tip in front_matter(page)["tips"]:
            assert titles[f"rollen/{page.stem}/#{tip['id']}"] == escape(tip["tekst"], quote=False), tip["id"]
