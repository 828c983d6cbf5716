"""tips.json: every role and tip of the source, with addresses that resolve in the built site; since schema
version 2 also every translation, as the translated pages show it; and the fields that docs/open-data.md and
its translations document are the file's fields."""

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from site_content import address_problem, compare, heading_text, parse_html, tip_items, tip_text
from sitebuild import PROJECT_ROOT
from source_text import Role, read_source

DOCUMENTED_IN = sorted((PROJECT_ROOT / "docs").glob("open-data*.md"))
TRANSLATIONS = "vertalingen"


def open_data(site_dir: Path) -> dict:
    return json.loads((site_dir / "tips.json").read_text(encoding="utf-8"))


def test_tips_json_holds_the_sources_title_and_every_role_and_tip_in_order(site_dir: Path):
    data = open_data(site_dir)
    title, _, roles = read_source()
    site = {
        role["naam"]: (role["pagina"], Role(role["naam"], tuple(tip["tekst"] for tip in role["tips"])))
        for role in data["rollen"]
    }
    assert data["schema_version"] == 2
    assert data["titel"] == title
    assert [role["naam"] for role in data["rollen"]] == [role.name for role in roles]
    assert compare(roles, site) == []
    assert sum(len(role["tips"]) for role in data["rollen"]) == 26


def test_each_translation_in_tips_json_is_what_its_page_shows(site_dir: Path):
    """The translated name and tips are the h1 and the tips (by id, in order) of the page the file names."""
    data = open_data(site_dir)
    assert data["talen"][0] == "nl" and len(data["talen"]) > 1
    site_url = data["site_url"]
    for language in data["talen"][1:]:
        for role in data["rollen"]:
            translated = role[TRANSLATIONS][language]
            assert translated["pagina"] == role["pagina"].replace(site_url, f"{site_url}{language}/", 1)
            page = parse_html(site_dir / translated["pagina"].removeprefix(site_url) / "index.html")
            assert (page.html["lang"], heading_text(page.select_one("article h1"))) == (language, translated["naam"])
            shown = [(tip["id"], tip_text(tip)) for tip in tip_items(page)]
            assert [(tip["id"], tip[TRANSLATIONS][language]["tekst"]) for tip in role["tips"]] == shown
            assert {tip[TRANSLATIONS][language]["pagina"] for tip in role["tips"]} == {translated["pagina"]}


def test_every_address_in_tips_json_resolves_in_the_built_site(site_dir: Path):
    data = open_data(site_dir)
    site_url = data["site_url"]
    tips = [tip for role in data["rollen"] for tip in role["tips"]]
    addresses = (
        [role["pagina"] for role in data["rollen"]]
        + [address for tip in tips for address in (f"{tip['pagina']}#{tip['anker']}", tip["link"])]
        + [role[TRANSLATIONS][language]["pagina"] for role in data["rollen"] for language in data["talen"][1:]]
        + [
            address
            for tip in tips
            for language in data["talen"][1:]
            for address in (
                f"{tip[TRANSLATIONS][language]['pagina']}#{tip['anker']}",
                tip[TRANSLATIONS][language]["link"],
            )
        ]
    )
    assert all(address.startswith(site_url) for address in addresses)
    problems = [
        problem for address in addresses if (problem := address_problem(site_dir, "/" + address.removeprefix(site_url)))
    ]
    assert problems == []
    assert all(tip["anker"] == tip["id"] for tip in tips)


def field_paths(value: Any, path: str = "") -> Iterator[str]:
    """Every field of a JSON value as the documentation names it: `rollen[].tips[].vertalingen.<taal>.tekst`."""
    if isinstance(value, dict):
        for key, item in value.items():
            named = f"{path}.<taal>" if path.endswith(TRANSLATIONS) else f"{path}.{key}".lstrip(".")
            if not path.endswith(TRANSLATIONS):
                yield named
            yield from field_paths(item, named)
    elif isinstance(value, list) and value and isinstance(value[0], dict):
        for item in value:
            yield from field_paths(item, f"{path}[]")


def test_the_open_data_pages_document_every_field_of_tips_json_and_show_a_piece_of_it(site_dir: Path):
    fields = set(field_paths(open_data(site_dir)))
    assert "rollen[].tips[].vertalingen.<taal>.link" in fields
    assert len(DOCUMENTED_IN) > 1, "docs/open-data.md and its translations"
    for page in DOCUMENTED_IN:
        text = page.read_text(encoding="utf-8")
        documented = re.findall(r"^\| `([^`]+)` \|", text, flags=re.MULTILINE)
        assert sorted(documented) == sorted(fields), page.name
        [sample] = re.findall(r"^```\{ \.json[^}]*\}\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)
        assert set(field_paths(json.loads(sample))) == fields, page.name
        assert json.loads(sample)["schema_version"] == open_data(site_dir)["schema_version"], page.name
