"""The field's search words, data/zoekwoorden.yml and data/zoekwoorden.<code>.yml: the content model checks each
entry, in-process."""

from pathlib import Path

import pytest
from sitebuild import PROJECT_ROOT, dutch_pages

from model import GENERAL_PAGES, NOWHERE, InputError, Role, Tip, Vocabulary, language_codes, read_role, vocabulary_file

ROLES = [
    Role(
        slug="docent",
        title="Docent",
        description="Tips voor school.",
        pictogram="material/school",
        tips=[Tip(id="docent-dure-spullen", tekst="Let op dure spullen.")],
    )
]
HEAD = """taal: nl
woordvormen: []
bronnen:
  ckm:
    naam: "Centrum Kinderhandel Mensenhandel"
    adres: https://www.hetckm.nl/
woorden:
  - {woord: "schulden", naar: hulp-en-melden, bron: ckm}
"""


def vocabulary(tmp_path: Path, text: str, language: str = "nl") -> Vocabulary:
    path = tmp_path / "zoekwoorden.yml"
    path.write_text(text, encoding="utf-8")
    return Vocabulary.read(path, ROLES, "data/zoekwoorden.yml", language)


def test_each_word_leads_to_a_tip_a_role_or_a_general_page(tmp_path: Path):
    words = vocabulary(
        tmp_path,
        HEAD
        + """  - {woord: "veel geld", naar: docent-dure-spullen, bron: ckm}
  - {woord: "intern begeleider", naar: docent, bron: eigen-oordeel}
  - {woord: "printen", naar: alle-tips, bron: eigen-oordeel}
""",
    )
    assert [(entry.woord, entry.naar) for entry in words.woorden] == [
        ("schulden", "hulp-en-melden"),
        ("veel geld", "docent-dure-spullen"),
        ("intern begeleider", "docent"),
        ("printen", "alle-tips"),
    ]
    assert words.words_for("docent") == ["intern begeleider"]


@pytest.mark.parametrize(
    ("entry", "error"),
    [
        (
            '{woord: "tatoeage", naar: docent-tatoeage, bron: ckm}',
            r"^data/zoekwoorden.yml, line 9: woorden.1.naar 'docent-tatoeage': expected a tip id, a role slug, "
            r"alle-tips or hulp-en-melden, or nergens; no such target$",
        ),
        (
            '{woord: "Schulden", naar: alle-tips, bron: ckm}',
            r"^data/zoekwoorden.yml, line 9: woorden.1.woord 'Schulden': expected each word once; "
            r"it is in the file already$",
        ),
        (
            '{woord: "tatoeage", naar: hulp-en-melden, bron: wegwijzer}',
            r"^data/zoekwoorden.yml, line 9: woorden.1.bron 'wegwijzer': expected eigen-oordeel or a source of "
            r"bronnen \(ckm\)$",
        ),
        (
            '{woord: "tatoeage", naar: hulp-en-melden, bron: ckm, rol: docent}',
            r"^data/zoekwoorden.yml, line 9: woorden.1.rol 'docent': Extra inputs are not permitted$",
        ),
        (
            '{woord: "<b>tatoeage</b>", naar: hulp-en-melden, bron: ckm}',
            r"^data/zoekwoorden.yml, line 9: woorden.1.woord '<b>tatoeage</b>': String should match pattern",
        ),
    ],
    ids=["unknown target", "word twice", "unknown source", "unknown key", "markup"],
)
def test_a_bad_entry_fails_with_one_line_naming_the_file_the_line_and_the_value(tmp_path: Path, entry, error):
    with pytest.raises(InputError, match=error):
        vocabulary(tmp_path, f"{HEAD}  - {entry}\n")


def test_the_file_names_its_language_and_only_known_keys(tmp_path: Path):
    expected = r"^data/zoekwoorden.yml, line 1: taal 'en': expected 'nl', the language of the file's name$"
    with pytest.raises(InputError, match=expected):
        vocabulary(tmp_path, HEAD.replace("taal: nl", "taal: en"))
    assert vocabulary(tmp_path, HEAD.replace("taal: nl", "taal: en"), "en").taal == "en"
    with pytest.raises(InputError, match=r"^data/zoekwoorden.yml, line 9: synoniemen: Extra inputs are not permitted$"):
        vocabulary(tmp_path, HEAD + "synoniemen: []\n")


@pytest.mark.parametrize(
    ("forms", "error"),
    [
        (
            "[meervouden]",
            r"line 2: woordvormen.0 'meervouden': Input should be 'voltooide-deelwoorden', 'samenstellingen' or 'verkleinwoorden'",
        ),
        ("[samenstellingen, samenstellingen]", r"line 2: woordvormen: expected each word form once$"),
    ],
    ids=["unknown", "twice"],
)
def test_the_word_forms_are_known_ones_each_once(tmp_path: Path, forms: str, error: str):
    with pytest.raises(InputError, match=error):
        vocabulary(tmp_path, HEAD.replace("woordvormen: []", f"woordvormen: {forms}"))


@pytest.mark.parametrize("code", language_codes(PROJECT_ROOT))
def test_each_language_has_a_valid_vocabulary_that_reaches_every_kind_of_target(code: str):
    docs = PROJECT_ROOT / "docs"
    roles = [read_role(docs, f"rollen/{page.name}") for page in dutch_pages(docs / "rollen")]
    words = Vocabulary.read(PROJECT_ROOT / vocabulary_file(code), roles, vocabulary_file(code).as_posix(), code)
    targets = {entry.naar for entry in words.woorden}
    assert {*GENERAL_PAGES, NOWHERE} <= targets
    assert targets & {role.slug for role in roles} and targets & {tip.id for role in roles for tip in role.tips}
    names = ("kelly", "vladimir", "michael")
    assert not [entry.woord for entry in words.woorden if any(name in entry.woord.casefold() for name in names)]
