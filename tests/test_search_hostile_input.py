"""Search syntax, markup and junk typed into the search box: no error, no injected markup, search still works."""

from chromium import Visit
from search_ui import open_search, role_page_path, search

HOSTILE_QUERIES = [
    '"',
    "*",
    ":",
    "~",
    "^2",
    "+-",
    "politie:",
    "<img src=x onerror=alert(1)>",
    "verhoor " * 250,
    "x" * 2000,
    "🙂",
    "👮‍♀️ politie 🚓",
    "\\",
    "\\u003cscript\\u003e",
    "title:",
    "-",
    "~1 ^ * :",
]
INJECTED = "() => document.querySelectorAll('img[src=\"x\"], .md-search-result script').length"


def test_hostile_queries_are_harmless_and_search_still_works(site_url: str, visit: Visit):
    dialogs: list[str] = []
    visit.page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_search(visit.page, site_url)
    for query in HOSTILE_QUERIES:
        search(visit.page, query)
        assert visit.page.evaluate(INJECTED) == 0, query
    assert 2000 <= len(HOSTILE_QUERIES[8]) and len(HOSTILE_QUERIES[9]) == 2000
    assert dialogs == []
    assert visit.page_errors == []
    assert visit.console_errors == []
    assert search(visit.page, "politie")[:1] == [role_page_path("politie")]
    assert search(visit.page, "verhoor")[:1] == [role_page_path("politie")]
