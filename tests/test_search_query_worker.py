"""The query worker on small indexes of its own, in Chromium: what each query word is turned into, by the rules
of the index's language (its `lang` and `woordvormen`)."""

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
        "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "zoekwoorden": {"boost": 10.0}},
        "woordvormen": ["voltooide-deelwoorden", "samenstellingen", "verkleinwoorden"],
        "onderwerp": "alle/",
    },
    "docs": [
        {"location": "verhoor/", "title": "Verhoren", "text": "<p>Probeer het aantal verhoren te beperken.</p>"},
        {"location": "signaal/", "title": "Signalen", "text": "<p>Zachte signalen van mensenhandel.</p>"},
        {"location": "client/", "title": "De client", "text": "<p>Bel de zorgcoördinator.</p>"},
        {"location": "bron/", "title": "Bron", "text": "<p>wegwijzermensenhandel.nl (zorgcoordinatoren)</p>"},
        {"location": "klas/", "title": "In de klas", "text": "<p>Let op leerlingen die in gedrag veranderen.</p>"},
        {
            "location": "luister/",
            "title": "Luister",
            "text": "<p>Luister zonder oordeel, in je eigen tempo.</p>",
            "zoekwoorden": "geduld",
        },
        {
            "location": "alle/",
            "title": "Alle",
            "text": "",
            "zoekwoorden": "in de klas, dwingen, afsluiten, ronselen, uitbuiten, schrijven, moderne slavernij",
        },
        {
            "location": "melden/",
            "title": "Melden",
            "text": "<p>Met geduld.</p>",
            "zoekwoorden": "advies, horeca, car wash",
        },
        {"location": "wijk/", "title": "Moderne slavernij in de wijk", "text": ""},
        {
            "location": "ouders/",
            "title": "Ouders",
            "text": "",
            "beschrijving": "Ouders en vrienden",
            "zoekwoorden": "zoon",
        },
        {"location": "spullen/", "title": "Spullen", "text": ""},
        {
            "location": "spullen/#dure-spullen",
            "title": "Dure spullen",
            "text": "<p>Ineens dure spullen.</p>",
            "zoekwoorden": "contant geld",
        },
    ],
    "options": {"suggest": False},
}
# The same index without the Dutch word forms: a past participle or a compound the index lacks finds nothing.
WITHOUT_WORD_FORMS = FIXTURE | {"config": FIXTURE["config"] | {"woordvormen": []}}
ENGLISH = {
    "config": FIXTURE["config"] | {"lang": ["en"], "woordvormen": []},
    "docs": [
        {
            "location": "signs/",
            "title": "Signs",
            "text": "<p>Tips to recognise signs of human trafficking and exploitation.</p>",
        },
        {"location": "school/", "title": "School", "text": "<p>Who picks pupils up after school? Report theft.</p>"},
        {"location": "listen/", "title": "Listen", "text": "<p>Listen without judging, at the victim's pace.</p>"},
        {"location": "all/", "title": "All", "text": "", "zoekwoorden": "forced labour, pupil, exploiter"},
        {"location": "care/", "title": "Care", "text": "<p>The coordinator coordinates; ask the coordinator.</p>"},
        {"location": "dark/", "title": "Dark", "text": "<p>Not in the dark.</p>"},
        {"location": "work/", "title": "Work", "text": "<p>Long hours, no breaks, pain.</p>"},
        {"location": "youth/", "title": "Youth worker", "text": ""},
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
    page.goto(site_url + "en/")
    english = page.evaluate(RUN_QUERIES, [ENGLISH, [query for query, *_ in ENGLISH_CASES] + ["schoolpupils"]])
    without_word_forms = page.evaluate(
        RUN_QUERIES, [WITHOUT_WORD_FORMS, ["gedwongen", "leerlingengedrag", "signaaltjes"]]
    )
    queries = [query for case in CASES for query in case[:1]] + [
        "tmpo",
        "klassiekeles",
        "loverboy",
        "gezet",
        "klas gedrag",
        "moderne slavernij leerlingen",
        "moderne slavernij leerlingen gedrag",
        "moderne slavernij wijk",
        "advies gedrag",
        "gedrag advies",
        "advies gedrag luisteren",
        "advies verhoren",
        "advies geduld",
        "temp klas",
        "temp kla",
        "kla",
        "leerlingen kla",
        "geduld advies",
        "verhorem~1",
        "verhoren*",
        "+verhoor",
        "op het aantal",
        "aantal op",
        "gedrag in de horeca",
        "uitbuiten in de horeca",
        "gedrag bij een car wash",
        "uitbuiten bij een car wash",
        "mijn zoon heeft contant geld",
        "zoon met contant geld",
        "mijn zoon in de horeca wil advies",
    ]
    result = page.evaluate(RUN_QUERIES, [FIXTURE, queries])
    page.close()
    return (
        result
        | {f"without word forms: {query}": found for query, found in without_word_forms.items()}
        | {f"en: {query}": found for query, found in english.items()}
    )


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
    # the first letter of a typo stays: "aignalen" is not "signalen"
    ("aignalen", [], []),
    # a word the index has, and its other forms there, as they spell them
    ("zorgcoordinatoren", ["bron/", "client/"], ["zorgcoordinatoren", "zorgcoördinator"]),
    # compounds: leading part and head, with a linking s, e or en, the head spelled like any query word
    ("leerlingengedrag", ["klas/"], ["gedrag", "leerlingen"]),
    ("mensenhandelsignalen", ["signaal/"], ["mensenhandel", "signalen"]),
    ("gedragsverandering", ["klas/"], ["gedrag", "veranderen"]),
    ("tempozorgen", ["luister/"], ["tempo"]),
    ("signabericht", [], []),  # a leading part that only starts an index word goes alone from six letters on
    # the leading part goes with the head when it is an index word by its stem ("leerling" ~ "leerlingen"),
    # the head goes alone when the leading part is only the start of index words ("mensen" of "mensenhandel")
    ("leerlinggedrag", ["klas/"], ["gedrag", "leerling"]),
    # "klassen", the plural of "klas", a search word for the subject (alle/) that leads with one other word
    ("klassengedrag", ["alle/", "klas/"], ["gedrag", "klas"]),
    ("klassen", ["alle/", "klas/"], ["klas"]),  # a stem of five letters, "klass", without its doubled last letter
    ("mensengedrag", ["klas/"], ["gedrag"]),
    # a head that is a search word of its own is the compound
    ("leerlingenuitbuiten", ["alle/"], ["uitbuiten"]),
    # a diminutive: the index word it is made of ("klasje", "signaaltjes" by the stem of "signalen")
    ("klasje", ["alle/", "klas/"], ["klas"]),  # "klas", a search word of alle/
    ("signaaltjes", ["signaal/"], ["signalen"]),
    # a short leading part the index lacks (a separable part of a verb): the rest
    ("uitschrijven", ["alle/"], ["schrijven"]),
    # past participles: the index word with the same consonants, vowels aside, after "ge" and the ending
    ("gedwongen", ["alle/"], ["dwingen"]),
    ("afgesloten", ["alle/"], ["afsluiten"]),
    ("geronseld", ["alle/"], ["ronselen"]),  # "ronsel", the search word "ronselen" by its stem
    ("uitgebuit", ["alle/"], ["uitbuiten"]),  # the shortest index word that starts with its base
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
    # a leading part that is an index word only by its stem ("klassiek" ~ "klas") does not go alone
    assert answers["klassiekeles"] == {"pages": [], "words": []}
    assert answers["loverboy"] == {"pages": [], "words": []}
    assert answers["gezet"] == {"pages": [], "words": []}  # a participle base of 3 letters is too short


def test_a_word_typed_in_full_that_only_starts_index_words_finds_nothing(answers):
    # "temp", followed by another word, is no "tempo": it finds only whole words, and the query's last word too
    assert answers["temp klas"]["pages"] == ["alle/", "klas/"]
    assert answers["temp kla"] == {"pages": [], "words": []}
    # the last word alone may be a word still being typed: it finds the words it starts
    assert answers["kla"]["pages"] == ["klas/", "alle/"]
    assert answers["leerlingen kla"]["pages"] == ["klas/", "alle/"]


def test_stop_words_are_dropped_unless_last(answers):
    assert answers["op het aantal"] == {"pages": ["verhoor/"], "words": ["aantal"]}
    assert answers["aantal op"] == {"pages": ["verhoor/"], "words": ["aantal", "op"]}


def test_words_with_search_syntax_are_left_alone(answers):
    assert answers["verhorem~1"]["pages"] == ["verhoor/"]  # lunr's own fuzzy match
    assert answers["verhoren*"]["pages"] == ["verhoor/"]
    assert answers["+verhoor"] == {"pages": [], "words": []}


def test_a_search_word_in_half_of_a_query_leads_to_its_entry_first(answers):
    assert answers["advies gedrag"]["pages"] == ["melden/", "klas/"]
    assert answers["gedrag advies"]["pages"] == ["melden/", "klas/"]
    # two search words of one length, two entries: none leads, the score decides
    assert answers["advies geduld"]["pages"] == answers["geduld advies"]["pages"] == ["melden/", "luister/"]
    # less than half of the query: the score decides
    assert answers["advies gedrag luisteren"]["pages"][0] != "melden/"
    assert "melden/" in answers["advies gedrag luisteren"]["pages"]


def test_a_search_word_in_a_query_does_not_lead_where_other_words_say_what_it_is_about(answers):
    # another word names a page (a word of its title): the score decides
    assert answers["advies verhoren"]["pages"] == ["verhoor/", "melden/"]
    # a word for the subject as a whole (`onderwerp`), with two words more: the score decides
    assert answers["moderne slavernij leerlingen gedrag"]["pages"][0] == "wijk/"


def test_a_word_for_the_subject_with_one_word_more_leads_to_the_subject(answers):
    assert answers["klas gedrag"]["pages"] == ["alle/", "klas/"]
    assert answers["moderne slavernij leerlingen"]["pages"][0] == "alle/"
    # unless a title has both: the score decides, and finds that title
    assert answers["moderne slavernij wijk"]["pages"][0] == "wijk/"


def test_a_word_for_the_subject_first_beats_a_sign_that_leads_to_a_general_page(answers):
    # a workplace is a sign: it leads to where to ask and report
    assert answers["gedrag in de horeca"]["pages"][0] == "melden/"
    assert answers["gedrag bij een car wash"]["pages"][0] == "melden/"
    # after a word for the subject and a stop word, it says what the subject is about: the subject's page leads,
    # also where the sign has more words than the subject ("car wash")
    assert answers["uitbuiten in de horeca"]["pages"][0] == "alle/"
    assert answers["uitbuiten bij een car wash"]["pages"][0] == "alle/"


def test_a_sign_about_someones_own_person_leads_to_their_roles_page(answers):
    # "mijn zoon": a role's search word after a stop word names the one who sees the sign (a parent)
    assert answers["mijn zoon heeft contant geld"]["pages"][0] == "ouders/"
    # without a word before it, "zoon" may be the one the sign is about: the sign's tip leads
    assert answers["zoon met contant geld"]["pages"][0] == "spullen/#dure-spullen"
    # also where the sign is fewer than half of the query's words
    assert answers["mijn zoon in de horeca wil advies"]["pages"][0] == "ouders/"


ENGLISH_CASES = [
    # lunr's English stemmer: a word form the index lacks becomes the index word with its stem
    ("recognising", ["signs/"], ["recognise"]),
    ("judge", ["listen/"], ["judging"]),
    # one edit: a letter swapped, missing or extra
    ("recognsie", ["signs/"], ["recognise"]),
    ("traffiking", ["signs/"], ["trafficking"]),
    # of two words one edit away, the whole word the index has more often; a short stem only when it is the same
    ("coordinater", ["care/"], ["coordinator"]),
    ("parking", [], []),  # "park" is no "dark"
    ("painting", [], []),  # a stem of five letters ("paint") only when it is the same: no "pain"
    ("bread", [], []),  # the start of a longer word one edit away, only for six letters or more: no "breaks"
    # a word typed in full, followed by another, is a whole word: "work" is no "worker"
    ("work hours", ["work/"], ["hours", "work"]),
    # as the index's words with its stem, as lunr does not stem the index ("sign" finds "signs")
    ("sign school", ["signs/", "school/"], ["school", "signs"]),
    # an English stop word before more words is dropped: "the" would find "theft"
    ("the pace", ["listen/"], ["pace"]),
    # a search word leads to its entry first, also in another form
    ("pupils", ["all/", "school/"], ["pupil"]),  # handed on as the search word, so its entry is found
    ("forced labour", ["all/"], ["forced", "labour"]),
    # a word the index has, and its other form there, the search word "exploiter"
    ("exploitation", ["all/", "signs/"], ["exploitation", "exploiter"]),
]


@pytest.mark.parametrize(("query", "pages", "words"), ENGLISH_CASES, ids=[case[0] for case in ENGLISH_CASES])
def test_an_english_query_word_becomes_the_index_spelling_by_english_rules(answers, query, pages, words):
    assert answers[f"en: {query}"] == {"pages": pages, "words": words}


def test_the_dutch_word_forms_apply_only_where_the_index_names_them(answers):
    assert answers["without word forms: gedwongen"] == {"pages": [], "words": []}
    assert answers["without word forms: leerlingengedrag"] == {"pages": [], "words": []}
    assert answers["without word forms: signaaltjes"] == {"pages": [], "words": []}
    assert answers["en: schoolpupils"] == {"pages": [], "words": []}  # Dutch would split it: "school pupils"
