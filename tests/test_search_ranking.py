"""Ranking in Material's search UI: a role's names find its page first, a tip's words its role page."""

from chromium import Visit
from search_ui import open_search, search
from site_content import heading_text, languages, parse_html, site_roles
from sitebuild import PROJECT_ROOT, dutch_pages, front_matter
from source_text import read_source

from search import language_root

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


def test_the_posters_name_finds_the_home_page_first_in_every_language(site_dir, site_url: str, visit: Visit):
    """The site is the poster "De reis van Kelly, Vladimir of Michael": its name, or a part of it, finds the home
    page, in each language (no search word may take one of its words elsewhere)."""
    wrong = {}
    for language in languages():
        root = site_url + language_root(language)
        name = heading_text(parse_html(site_dir / language_root(language) / "index.html").select_one("h1"))
        open_search(visit.page, root)
        for query in (name, " ".join(name.split()[:4]).rstrip(","), name.split()[1]):
            found = search(visit.page, query, root)[:1]
            if found != [HOME]:
                wrong[f"{language}: {query}"] = found
    assert wrong == {}


def test_a_sign_with_a_word_for_the_one_who_sees_it_leads_to_that_roles_page(site_url: str, visit: Visit):
    """A sign that leads to Hulp en melden on its own leads to a role's page when the query also says who sees it,
    with a search word for that role ("dochter" is a parent's word): that page has the tips its reader acts on."""
    expected = {
        "nl": {"oudere vriend": "hulp-en-melden/", "dochter heeft een veel oudere vriend": "rollen/ouders-vrienden/"},
        "en": {"older boyfriend": "hulp-en-melden/", "my daughter has an older boyfriend": "rollen/ouders-vrienden/"},
    }
    found = {}
    for language, queries in expected.items():
        root = site_url + language_root(language)
        open_search(visit.page, root)
        found[language] = {query: (search(visit.page, query, root)[:1] or [None])[0] for query in queries}
    assert found == expected
