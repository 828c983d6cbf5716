"""Ranking in Material's search UI: a role's names find its page first, a tip's words its role page."""

from chromium import Visit
from search_ui import open_search, search
from site_content import site_roles
from sitebuild import PROJECT_ROOT, dutch_pages, front_matter
from source_text import read_source

ROLE_PAGES = dutch_pages(PROJECT_ROOT / "docs" / "rollen")

HOME = ""


def test_every_name_of_a_role_ranks_its_page_first(site_dir, site_url: str, visit: Visit):
    _, _, roles = read_source()
    pages = site_roles(site_dir)
    names = {role.name: pages[role.name][0] for role in roles}
    names |= {word: f"rollen/{page.stem}/" for page in ROLE_PAGES for word in front_matter(page).get("ook_voor", [])}
    open_search(visit.page, site_url)
    wrong = {name: search(visit.page, name)[:3] for name in names}
    assert {name: found for name, found in wrong.items() if found[:1] != [names[name]]} == {}


def test_every_tip_ranks_its_role_page_first_and_above_home(site_dir, site_url: str, visit: Visit):
    _, _, roles = read_source()
    pages = site_roles(site_dir)
    open_search(visit.page, site_url)
    wrong = {}
    for role in roles:
        for tip in role.tips:
            found = search(visit.page, tip)
            role_page = pages[role.name][0]
            if found[:1] != [role_page] or (HOME in found and found.index(HOME) < found.index(role_page)):
                wrong[tip] = found[:3]
    assert wrong == {}
