"""The query suite through Material's own search UI in Chromium: the right role page comes first."""

from collections import Counter

from conftest import Visit
from search_ui import load_queries, open_search, role_page_path, search

MIN_TOP_1 = 0.95
KINDS = {"rol", "ander-woord", "woord", "zin", "woordvorm", "diakriet", "typfout"}


def test_the_suite_is_realistic_and_covers_every_role_and_kind():
    queries = load_queries()
    roles = Counter(query["rol"] for query in queries)
    assert len(queries) >= 60
    assert len(roles) == 9 and min(roles.values()) >= 4
    assert {query["soort"] for query in queries} == KINDS
    assert len({query["zoekterm"] for query in queries}) == len(queries)


def test_the_right_role_page_ranks_first(site_url: str, visit: Visit):
    queries = load_queries()
    open_search(visit.page, site_url)
    results = {query["zoekterm"]: search(visit.page, query["zoekterm"]) for query in queries}
    expected = {query["zoekterm"]: role_page_path(query["rol"]) for query in queries}
    not_first = {q: (expected[q], pages[:3]) for q, pages in results.items() if pages[:1] != [expected[q]]}
    not_in_top_3 = {q: (expected[q], pages[:3]) for q, pages in results.items() if expected[q] not in pages[:3]}
    assert not_in_top_3 == {}
    assert 1 - len(not_first) / len(queries) >= MIN_TOP_1, not_first
    assert visit.page_errors == [] and visit.console_errors == []
