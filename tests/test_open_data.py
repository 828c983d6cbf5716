"""tips.json: every role and tip of the source, with addresses that resolve in the built site."""

import json
from pathlib import Path

from site_content import address_problem, compare
from source_text import Role, read_source


def open_data(site_dir: Path) -> dict:
    return json.loads((site_dir / "tips.json").read_text(encoding="utf-8"))


def test_tips_json_holds_the_sources_title_and_every_role_and_tip_in_order(site_dir: Path):
    data = open_data(site_dir)
    title, _, roles = read_source()
    site = {
        role["naam"]: (role["pagina"], Role(role["naam"], tuple(tip["tekst"] for tip in role["tips"])))
        for role in data["rollen"]
    }
    assert data["schema_version"] == 1
    assert data["titel"] == title
    assert [role["naam"] for role in data["rollen"]] == [role.name for role in roles]
    assert compare(roles, site) == []
    assert sum(len(role["tips"]) for role in data["rollen"]) == 26


def test_every_address_in_tips_json_resolves_in_the_built_site(site_dir: Path):
    data = open_data(site_dir)
    site_url = data["site_url"]
    addresses = [role["pagina"] for role in data["rollen"]] + [
        address
        for role in data["rollen"]
        for tip in role["tips"]
        for address in (f"{tip['pagina']}#{tip['anker']}", tip["link"])
    ]
    assert all(address.startswith(site_url) for address in addresses)
    problems = [
        problem for address in addresses if (problem := address_problem(site_dir, "/" + address.removeprefix(site_url)))
    ]
    assert problems == []
    assert all(tip["anker"] == tip["id"] for role in data["rollen"] for tip in role["tips"])
