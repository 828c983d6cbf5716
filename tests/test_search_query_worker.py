"""The query worker on a small index of its own, in Chromium: what each query word is turned into."""

import pytest
from sitebuild import mkdocs_config

SEPARATOR = next(
    plugin["search"]["separator"]
    for plugin in mkdocs_config()["plugins"]
    if isinstance(plugin, dict) and "search" in plugin
)
FIXTURE = {
    "config": {
        "lang": ["nl"],
        "separator": SEPARATOR,
        "pipeline": ["stopWordFilter"],
        "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "zoekwoorden": {"boost": 100.0}},
    },
    "docs": [
        {"location": "verhoor/", "title": "Verhoren", "text": "<p>Probeer het aantal verhoren te beperken.</p>"},
        {"location": "signaal/", "title": "Signalen", "text": "<p>Zachte signalen van mensenhandel.</p>"},
        {"location": "client/", "title": "De client", "text": "<p>Bel de zorgcoördinator.</p>"},
        {"location": "bron/", "title": "Bron", "text": "<p>wegwijzermensenhandel.nl (zorgcoordinatoren)</p>"},
        {"location": "klas/", "title": "In de klas", "text": "<p>Let op leerlingen die in gedrag veranderen.</p>"},
        {"location": "luister/", "title": "Luister", "text": "<p>Luister zonder oordeel, in je eigen tempo.</p>"},
        {
            "location": "alle/",
            "title": "Alle",
            "text": "",
            "zoekwoorden": "in de klas, dwingen, afsluiten, ronselen, uitbuiten, schrijven",
        },
    ],
    "options": {"suggest": False},
}

# Start the page's search worker on the fixture index, send each query, collect each result's
# documents and the query words Material reports (the words after the query worker rewrote them).
RUN_QUERIES = """async ([fixture, queries]) => {
  const url = new URL(JSON.parse(document.getElementById("__config").textContent).search, location.href)
  const worker = new Worker(url)
  const next = () => new Promise(resolve => worker.addEventListener("message", ev => resolve(ev.data), { once: true }))
  worker.postMessage({ type: 0, data: fixture })
  await next()
  const answers = {}
  for (const query of queries) {
    worker.postMessage({ type: 2, data: query })
    const { data } = await next()
    answers[query] = {
      pages: data.items.map(group => group[0].location),
      words: [...new Set(data.items.flatMap(group => Object.keys(group[0].terms)))].sort()
    }
  }
  worker.terminate()
  return answers
}"""


@pytest.fixture(scope="module")
def answers(site_url: str, browser) -> dict[str, dict[str, list[str]]]:
    page = browser.new_page()
    page.goto(site_url)
    queries = [query for case in CASES for query in case[:1]] + [
        "tmpo",
        "loverboy",
        "gezet",
        "klas gedrag",
        "klassengedrag",
        "verhorem~1",
        "verhoren*",
        "+verhoor",
        "op het aantal",
        "aantal op",
    ]
    result = page.evaluate(RUN_QUERIES, [FIXTURE, queries])
    page.close()
    return result


CASES = [
    ("verhoor", ["verhoor/"], ["verhoren"]),
    ("signaal", ["signaal/"], ["signalen"]),
    ("veranderd", ["klas/"], ["veranderen"]),
    ("luisteren", ["luister/"], ["luister"]),
    ("leerling", ["klas/"], ["leerling"]),
    ("cliënt", ["client/"], ["client"]),
    ("zorgcoordinator", ["client/"], ["zorgcoördinator"]),
    ("zorgcoordin", ["client/"], ["zorgcoördin"]),
    ("leerlimgen", ["klas/"], ["leerlingen"]),
    ("oordeek", ["luister/"], ["oordeel"]),
    ("verhroen", ["verhoor/"], ["verhoren"]),
    ("aantl", ["verhoor/"], ["aantal"]),
    ("Verhoor signaal", ["verhoor/", "signaal/"], ["signalen", "verhoren"]),
    # compounds: leading part and rest, with a linking s, e or en, the rest spelled like any query word
    ("leerlingengedrag", ["klas/"], ["gedrag", "leerlingen"]),
    ("mensenhandelsignalen", ["signaal/"], ["mensenhandel", "signalen"]),
    ("gedragsverandering", ["klas/"], ["gedrag", "veranderen"]),
    ("tempozorgen", ["luister/"], ["tempo"]),
    # past participles: the index word with the same consonants, vowels aside, after "ge" and the ending
    ("gedwongen", ["alle/"], ["dwingen"]),
    ("afgesloten", ["alle/"], ["afsluiten"]),
    ("geronseld", ["alle/"], ["ronsel"]),
    ("uitgebuit", ["alle/"], ["uitbui"]),
    ("geschreven", ["alle/"], ["schrijven"]),
    # a search word of the entry `alle/` leads there first, above the title that has the same word
    ("in de klas", ["alle/", "klas/"], ["klas"]),
    ("klas", ["alle/", "klas/"], ["klas"]),
]


@pytest.mark.parametrize(("query", "pages", "words"), CASES, ids=[case[0] for case in CASES])
def test_a_query_word_becomes_the_index_spelling(answers, query: str, pages: list[str], words: list[str]):
    assert answers[query] == {"pages": pages, "words": words}


def test_short_and_unknown_words_are_left_alone(answers):
    assert answers["tmpo"] == {"pages": [], "words": []}
    assert answers["loverboy"] == {"pages": [], "words": []}
    assert answers["klassengedrag"] == {"pages": [], "words": []}  # a leading part of 4 letters is too short
    assert answers["gezet"] == {"pages": [], "words": []}  # a participle base of 3 letters is too short


def test_stop_words_are_dropped_unless_last(answers):
    assert answers["op het aantal"] == {"pages": ["verhoor/"], "words": ["aantal"]}
    assert answers["aantal op"] == {"pages": ["verhoor/"], "words": ["aantal", "op"]}


def test_words_with_search_syntax_are_left_alone(answers):
    assert answers["verhorem~1"]["pages"] == ["verhoor/"]  # lunr's own fuzzy match
    assert answers["verhoren*"]["pages"] == ["verhoor/"]
    assert answers["+verhoor"] == {"pages": [], "words": []}


def test_only_a_query_that_is_a_search_word_leads_to_its_entry_first(answers):
    assert answers["klas gedrag"]["pages"] == ["klas/", "alle/"]  # more than the search word: the score decides
