"""The query suite through Material's own search UI in Chromium: the right role page comes first, a search
for the subject as a whole offers the general pages, and a search that finds nothing offers a way on."""

from collections import Counter

from chromium import Visit
from search_ui import judge, load_queries, open_search, role_pages_of_site, search_outcome

MIN_TOP_1 = 0.97
KINDS = {
    "rol",
    "ander-woord",
    "woord",
    "zin",
    "woordvorm",
    "diakriet",
    "typfout",
    "alledaags",
    "samenstelling",
    "onderwerp",
    "signaal",
    "taak",
    "niets",
}
HELD_OUT = ("achtergehouden", "achtergehouden-woorden")


def test_the_suite_is_realistic_and_covers_every_role_and_kind():
    queries = load_queries()
    held_out = [query for part in HELD_OUT for query in load_queries(part=part)]
    roles = Counter(query["rol"] for query in queries if "rol" in query)
    assert len(queries) >= 60 and len(held_out) >= 20
    assert len(roles) == 9 and min(roles.values()) >= 4
    assert {query["soort"] for query in queries} == KINDS
    assert {query["soort"] for query in held_out} <= KINDS
    for query in queries + held_out:
        assert sum(key in query for key in ("rol", "pagina", "algemeen", "niets")) == 1, query
        assert query.get("pagina", "alle-tips") in ("alle-tips", "hulp-en-melden"), query
    terms = [query["zoekterm"].lower() for query in queries + held_out]
    assert len(set(terms)) == len(terms)


def test_the_right_page_or_way_on_comes_first(site_url: str, visit: Visit):
    queries = load_queries()
    open_search(visit.page, site_url)
    roles = role_pages_of_site(visit.page)
    assert len(roles) == 9
    outcomes = {query["zoekterm"]: search_outcome(visit.page, query["zoekterm"]) for query in queries}
    hits = {query["zoekterm"]: judge(query, outcomes[query["zoekterm"]], roles) for query in queries}
    shown = {term: (outcome.offered[:2], outcome.pages[:3]) for term, outcome in outcomes.items()}
    not_in_top_3 = {term: shown[term] for term, (_, top_3) in hits.items() if not top_3}
    not_first = {term: shown[term] for term, (top_1, _) in hits.items() if not top_1}
    assert not_in_top_3 == {}
    assert 1 - len(not_first) / len(queries) >= MIN_TOP_1, not_first
    assert visit.page_errors == [] and visit.console_errors == []
