"""Inputs checked at the door: every bad setting, data file or front matter is refused with one line that
names it, its value and what was expected; values that are fine render exactly as typed, safely.

Each row is one input. `env` are build settings (environment variables); `edit` changes one file of a
copy of the project: (path, old text, new text), where an old text of None replaces the whole file.
Every row is checked in-process by `make check` (hooks/check_inputs.py), which runs the build's own checks;
one real build for each kind of input (setting, data file, role page, other page) shows that the build stops
with the same line.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from site_content import parse_html
from sitebuild import (
    LOCAL_SITE_URL,
    PROJECT_ROOT,
    build,
    build_settings,
    changed_copy,
    copy_project,
    input_problems,
)

from check_inputs import NO_SITE_URL, main, problems
from model import Settings

SITE = "https://www.voorbeeld.nl/mensenhandel/"
PERSON = "ORG_AANDACHTSFUNCTIONARIS"
# A week ahead: a run that crosses midnight between collecting and building still sees a future date.
NEXT_WEEK = (datetime.date.today() + datetime.timedelta(days=7)).isoformat()


@dataclass(frozen=True)
class Case:
    name: str
    expected: str  # the one-line message, or for a good value the role page text that must show
    env: dict[str, str | None] = field(default_factory=dict)
    edit: tuple[str, str | None, str] | None = None
    removed: str | None = None  # a file of the project that the copy lacks


BAD_TARGET_AT = "naar: hulp-en-melden, bron: veiligheidshuis-zeeland}"


def vocabulary_entry_with(text: str) -> tuple[int, int]:
    """The line of the first entry of data/zoekwoorden.yml that has `text`, and its index in `woorden`."""
    lines = (PROJECT_ROOT / "data" / "zoekwoorden.yml").read_text(encoding="utf-8").splitlines()
    at = next(number for number, line in enumerate(lines) if text in line)
    return at + 1, sum(1 for line in lines[:at] if line.startswith("  - {woord:"))


FAILS = [
    # SITE_URL (unset: see test_without_site_url_a_build_stops_and_make_check_says_what_it_needs)
    Case("site-url-empty", "SITE_URL: is set but empty", {"SITE_URL": ""}),
    Case(
        "site-url-query",
        "SITE_URL 'https://x.example/?q=1': expected an address with no query (?) or fragment (#)",
        {"SITE_URL": "https://x.example/?q=1"},
    ),
    Case(
        "site-url-fragment",
        "SITE_URL 'https://x.example/#top': expected an address with no query",
        {"SITE_URL": "https://x.example/#top"},
    ),
    Case(
        "site-url-no-scheme",
        "SITE_URL 'www.voorbeeld.nl/': expected an absolute http(s) URL",
        {"SITE_URL": "www.voorbeeld.nl/"},
    ),
    Case(
        "site-url-ftp",
        "SITE_URL 'ftp://voorbeeld.nl/': expected an absolute http(s) URL",
        {"SITE_URL": "ftp://voorbeeld.nl/"},
    ),
    Case(
        "site-url-space",
        "SITE_URL 'https://voorbeeld.nl/mens handel/': expected an absolute http(s) URL, found ' '",
        {"SITE_URL": "https://voorbeeld.nl/mens handel/"},
    ),
    Case(
        "site-url-no-slash",
        "SITE_URL 'https://voorbeeld.nl/mensenhandel': expected an address that ends in /",
        {"SITE_URL": "https://voorbeeld.nl/mensenhandel"},
    ),
    # SNEL_WEG_URL
    Case(
        "exit-url-no-scheme",
        "SNEL_WEG_URL 'www.buienradar.nl': expected an absolute http(s) URL",
        {"SNEL_WEG_URL": "www.buienradar.nl"},
    ),
    Case("exit-url-empty", "SNEL_WEG_URL: is set but empty; give it a value or unset it", {"SNEL_WEG_URL": ""}),
    Case(
        "exit-url-script",
        "SNEL_WEG_URL 'javascript:alert(1)': expected an absolute http(s) URL",
        {"SNEL_WEG_URL": "javascript:alert(1)"},
    ),
    Case(
        "exit-url-quote",
        "SNEL_WEG_URL 'https://www.buienradar.nl/\"><b>': expected an absolute http(s) URL, found '\"'",
        {"SNEL_WEG_URL": 'https://www.buienradar.nl/"><b>'},
    ),
    Case(
        "exit-url-same-host",
        "SNEL_WEG_URL 'https://www.voorbeeld.nl/weg': expected a site on another host than SITE_URL",
        {"SITE_URL": SITE, "SNEL_WEG_URL": "https://www.voorbeeld.nl/weg"},
    ),
    # ORG_* phone numbers
    Case(
        "phone-extension",
        f"{PERSON}_TELEFOON '030-1234567 toestel 12': expected a phone number of ASCII digits",
        {f"{PERSON}_TELEFOON": "030-1234567 toestel 12"},
    ),
    Case(
        "phone-letters",
        f"{PERSON}_TELEFOON '0800-SEKS': expected a phone number of ASCII digits",
        {f"{PERSON}_TELEFOON": "0800-SEKS"},
    ),
    Case(
        "phone-arabic-indic-digits",
        f"{PERSON}_TELEFOON '٠٣٠١٢٣٤٥٦٧': expected a phone number of ASCII digits",
        {f"{PERSON}_TELEFOON": "٠٣٠١٢٣٤٥٦٧"},
    ),
    Case(
        "phone-too-short",
        f"{PERSON}_TELEFOON '030 123': expected a phone number that exists",
        {f"{PERSON}_TELEFOON": "030 123"},
    ),
    Case(
        "phone-too-long",
        f"{PERSON}_TELEFOON '030 1234 5678 9': expected a phone number that exists",
        {f"{PERSON}_TELEFOON": "030 1234 5678 9"},
    ),
    Case(
        "phone-short-number",
        f"{PERSON}_TELEFOON '112': expected a phone number that exists",
        {f"{PERSON}_TELEFOON": "112"},
    ),
    Case(
        "phone-markup",
        f"{PERSON}_TELEFOON '030\"><b>': expected a phone number of ASCII",
        {f"{PERSON}_TELEFOON": '030"><b>'},
    ),
    Case(
        "phone-plus-inside",
        f"{PERSON}_TELEFOON '030+1234567': expected a phone number of ASCII digits",
        {f"{PERSON}_TELEFOON": "030+1234567"},
    ),
    # ORG_* e-mail addresses, links and names
    Case("email-no-domain", f"{PERSON}_EMAIL 'a@b': value is not a valid email address", {f"{PERSON}_EMAIL": "a@b"}),
    Case(
        "email-markup",
        f"{PERSON}_EMAIL 'a@b.nl\" onmouseover=\"alert(1)': value is not a valid email address",
        {f"{PERSON}_EMAIL": 'a@b.nl" onmouseover="alert(1)'},
    ),
    Case(
        "link-script",
        f"{PERSON}_LINK 'javascript:alert(1)': expected an absolute http(s) URL",
        {f"{PERSON}_LINK": "javascript:alert(1)"},
    ),
    Case(
        "link-no-scheme",
        f"{PERSON}_LINK 'intranet.voorbeeld.nl/meldcode': expected an absolute http(s) URL",
        {f"{PERSON}_LINK": "intranet.voorbeeld.nl/meldcode"},
    ),
    Case(
        "link-markup",
        "ORG_ZORGCOORDINATOR_LINK 'https://intranet.voorbeeld.nl/\"><script>alert(2)</script>': expected",
        {"ORG_ZORGCOORDINATOR_LINK": 'https://intranet.voorbeeld.nl/"><script>alert(2)</script>'},
    ),
    Case(
        "contact-script",
        "ORG_CONTACT 'javascript:alert(1)': expected an absolute http(s) URL",
        {"ORG_CONTACT": "javascript:alert(1)"},
    ),
    Case(
        "contact-neither",
        "ORG_CONTACT 'webmaster': expected an e-mail address or an absolute http(s) URL",
        {"ORG_CONTACT": "webmaster"},
    ),
    Case("name-empty", "ORG_NAAM: is set but empty", {"ORG_NAAM": " "}),
    Case(
        "name-line-break",
        "ORG_NAAM 'Gemeente\\nUtrecht': expected printable text without line breaks",
        {"ORG_NAAM": "Gemeente\nUtrecht"},
    ),
    Case(
        "unknown-setting",
        "ORG_AANDACHTSFUNCTIONARIS_TEL: no such setting",
        {"ORG_AANDACHTSFUNCTIONARIS_TEL": "0301234567"},
    ),
    # data/zoekwoorden.yml (the model's own rules: test_vocabulary.py)
    Case(
        "search-word-target",
        "data/zoekwoorden.yml, line {}: woorden.{}.naar 'docent-tatoeage': expected a tip id, a role slug, "
        "alle-tips or hulp-en-melden, or nergens; no such target".format(*vocabulary_entry_with(BAD_TARGET_AT)),
        edit=("data/zoekwoorden.yml", BAD_TARGET_AT, "naar: docent-tatoeage, bron: veiligheidshuis-zeeland}"),
    ),
    # data/contacten.yml
    Case(
        "contacts-empty",
        "data/contacten.yml: expected a mapping with gecontroleerd, contacten, route, got None",
        edit=("data/contacten.yml", None, ""),
    ),
    Case(
        "contacts-list",
        "data/contacten.yml: expected a mapping with gecontroleerd, contacten, route, got [",
        edit=("data/contacten.yml", None, "- 112\n"),
    ),
    Case(
        "contacts-yaml-error",
        "data/contacten.yml, line 21: invalid YAML: expected <block end>",
        edit=("data/contacten.yml", '    nummer: "112"', '    nummer: "112'),
    ),
    Case(
        "contacts-duplicate-key",
        "data/contacten.yml, line 18: invalid YAML: duplicate key 'nummer'",
        edit=("data/contacten.yml", "    wanneer: Bij direct gevaar.", '    nummer: "113"'),
    ),
    Case(
        "contacts-duplicate-id",
        "data/contacten.yml: contact ids must be unique, politie appears twice",
        edit=("data/contacten.yml", "  - id: meld-misdaad-anoniem", "  - id: politie"),
    ),
    Case(
        "contacts-route-unknown",
        "data/contacten.yml: route.overleggen names 'veilig-thuiz', which is no contact id",
        edit=(
            "data/contacten.yml",
            "overleggen: [eigen organisatie, veilig-thuis,",
            "overleggen: [eigen organisatie, veilig-thuiz,",
        ),
    ),
    Case(
        "contacts-checked-in-future",
        f"data/contacten.yml: gecontroleerd {NEXT_WEEK} is in the future",
        edit=("data/contacten.yml", "gecontroleerd: 2026-11-29", f"gecontroleerd: {NEXT_WEEK}"),
    ),
    Case(
        "contacts-date-as-text",
        "data/contacten.yml, line 13: gecontroleerd '2026-11-29': Input should be a valid date",
        edit=("data/contacten.yml", "gecontroleerd: 2026-11-29", 'gecontroleerd: "2026-11-29"'),
    ),
    Case(
        "contacts-website",
        "data/contacten.yml, line 28: contacten.1.website 'politie.nl': expected an absolute http(s) URL",
        edit=("data/contacten.yml", "website: https://www.politie.nl/", "website: politie.nl"),
    ),
    Case(
        "contacts-number-unquoted",
        "data/contacten.yml, line 17: contacten.0.nummer 112: expected a phone number as text",
        edit=("data/contacten.yml", 'nummer: "112"', "nummer: 112"),
    ),
    # front matter
    Case(
        "front-matter-yaml-error",
        "docs/veilig-internetten.md, line 3: invalid YAML",
        edit=("docs/veilig-internetten.md", "title: ", "title: ["),
    ),
    Case(
        "front-matter-title-script",
        "docs/rollen/docent.md, line 2: title 'Docent<script>alert(1)</script>': expected plain text",
        edit=("docs/rollen/docent.md", 'title: "Docent"', 'title: "Docent<script>alert(1)</script>"'),
    ),
    Case(
        "front-matter-description-markup",
        "docs/open-data.md, line 3: description '**Alle** tips",
        edit=("docs/open-data.md", 'description: "Alle tips', 'description: "**Alle** tips'),
    ),
    Case(
        "front-matter-description-straight-quote",
        'docs/open-data.md, line 3: description \'Alle "tips" als open data',
        edit=("docs/open-data.md", 'description: "Alle tips', 'description: "Alle \\"tips\\"'),
    ),
    Case(
        "role-unknown-key",
        "docs/rollen/docent.md, line 2: tip 'x': Extra inputs are not permitted",
        edit=("docs/rollen/docent.md", 'title: "Docent"', 'tip: "x"\ntitle: "Docent"'),
    ),
    Case(
        "role-body",
        "docs/rollen/docent.md: a role page holds front matter only",
        edit=("docs/rollen/docent.md", 'voor hulp."\n---\n', 'voor hulp."\n---\n\nExtra tekst.\n'),
    ),
    Case("role-empty", "docs/rollen/docent.md: title: Field required", edit=("docs/rollen/docent.md", None, "")),
    Case(
        "role-icon-unknown",
        "docs/rollen/docent.md: pictogram 'material/bestaat-niet': expected an icon of Material's set",
        edit=("docs/rollen/docent.md", "pictogram: material/school", "pictogram: material/bestaat-niet"),
    ),
    Case(
        "role-tip-id-prefix",
        "docs/rollen/docent.md: tip id 'dure-spullen' must start with 'docent-'",
        edit=("docs/rollen/docent.md", "  - id: docent-dure-spullen", "  - id: dure-spullen"),
    ),
    Case(
        "role-tip-names-another-contact",
        "docs/rollen/huisarts.md: tips_noemen ['zorgcoordinator', 'veilig-thuis']: the tips name ['veilig-thuis']; "
        "set tips_noemen: [veilig-thuis]",
        edit=("docs/rollen/huisarts.md", "met de zorgcoördinator of Veilig Thuis", "met Veilig Thuis"),
    ),
    Case(
        "role-tip-id-twice",
        "tip ids must be unique, docent-opgehaald-na-school appears twice",
        edit=("docs/rollen/docent.md", "  - id: docent-dure-spullen", "  - id: docent-opgehaald-na-school"),
    ),
    Case(
        "role-tip-key-misspelt",
        "docs/rollen/docent.md, line 9: tips.1.tekst: Field required",
        edit=("docs/rollen/docent.md", '    tekst: "Door wie', '    text: "Door wie'),
    ),
    # Three mistakes a new editor makes in front matter: each says how to write it instead.
    Case(
        "front-matter-colon-unquoted",
        "docs/rollen/docent.md, line 10: invalid YAML: mapping values are not allowed here, in "
        "'tekst: Let op: door wie worden leerlingen na school opgehaald?'; a text with a colon in it must be in quotes: "
        'tekst: "Let op: door wie worden leerlingen na school opgehaald?"',
        edit=(
            "docs/rollen/docent.md",
            'tekst: "Door wie worden leerlingen na school opgehaald?"',
            "tekst: Let op: door wie worden leerlingen na school opgehaald?",
        ),
    ),
    Case(
        "front-matter-description-no",
        "docs/veilig-internetten.md, line 3: description no: expected text, but YAML reads an unquoted no as "
        'a yes/no value (False); put the text in quotes: description: "no"',
        edit=("docs/veilig-internetten.md", "description: >-", "description: no\nx: >-"),
    ),
    Case(
        "tip-text-no",
        "docs/rollen/docent.md, line 10: tips.1.tekst no: expected text, but YAML reads an unquoted no as a yes/no value (False); "
        'put the text in quotes: tekst: "no"',
        edit=("docs/rollen/docent.md", 'tekst: "Door wie worden leerlingen na school opgehaald?"', "tekst: no"),
    ),
    Case(
        "front-matter-comment-dropped",
        "docs/rollen/docent.md, line 10: tekst 'Door wie worden leerlingen na school opgehaald?': YAML drops "
        "'#signaal' as a comment; put the text in quotes: "
        'tekst: "Door wie worden leerlingen na school opgehaald? #signaal"',
        edit=(
            "docs/rollen/docent.md",
            'tekst: "Door wie worden leerlingen na school opgehaald?"',
            "tekst: Door wie worden leerlingen na school opgehaald? #signaal",
        ),
    ),
    # A marker in a page: a misspelt one would leave the page silently empty there.
    Case(
        "marker-misspelt",
        "docs/index.md, line 17: unknown marker <!-- rolkaart -->; the known markers are <!-- rolkaarten -->, "
        "<!-- spoed -->",
        edit=("docs/index.md", "<!-- rolkaarten -->", "<!-- rolkaart -->"),
    ),
]
TRANSLATED_ROLE = "docs/rollen/docent.en.md"
TRANSLATED_TIPS = (PROJECT_ROOT / TRANSLATED_ROLE).read_text(encoding="utf-8")
FIRST_TIP, SECOND_TIP = "  - id: docent-dure-spullen\n", "  - id: docent-opgehaald-na-school\n"
# A translation (CONTRIBUTING.md: "Another language"): every Dutch tip id, in the Dutch order; every page and
# every interface text in every language.
FAILS += [
    Case(
        "translation-tip-missing",
        f"{TRANSLATED_ROLE}: tips: tip 'docent-opgehaald-na-school' has no translation; expected every tip id "
        "of docs/rollen/docent.md",
        edit=(TRANSLATED_ROLE, f'{SECOND_TIP}    tekst: "Who picks pupils up after school?"\n', ""),
    ),
    Case(
        "translation-tip-extra",
        f"{TRANSLATED_ROLE}: tips: tip id 'docent-huiswerk' is not a tip of docs/rollen/docent.md",
        edit=(TRANSLATED_ROLE, FIRST_TIP, f'  - id: docent-huiswerk\n    tekst: "Ask about homework."\n{FIRST_TIP}'),
    ),
    Case(
        "translation-tip-renamed",
        f"{TRANSLATED_ROLE}: tips: tip 'docent-dure-spullen' has no translation",
        edit=(TRANSLATED_ROLE, FIRST_TIP, "  - id: docent-expensive-things\n"),
    ),
    Case(
        "translation-tip-order",
        f"{TRANSLATED_ROLE}: tips: ids docent-opgehaald-na-school, docent-dure-spullen, docent-gesprek-met-de-klas: "
        "expected the order of docs/rollen/docent.md",
        edit=(
            TRANSLATED_ROLE,
            None,
            TRANSLATED_TIPS.replace(FIRST_TIP, "FIRST").replace(SECOND_TIP, FIRST_TIP).replace("FIRST", SECOND_TIP),
        ),
    ),
    Case(
        "translation-of-a-role-missing",
        f"{TRANSLATED_ROLE}: missing; expected a translation of docs/rollen/docent.md",
        removed=TRANSLATED_ROLE,
    ),
    Case(
        "translation-of-a-page-missing",
        "docs/hulp-en-melden.en.md: missing; expected a translation of docs/hulp-en-melden.md",
        removed="docs/hulp-en-melden.en.md",
    ),
    Case(
        "texts-key-missing",
        "data/teksten.en.yml: teksten: 'startpagina' is missing; expected every key of the Dutch file",
        edit=("data/teksten.en.yml", "  startpagina:", "  voorpagina:"),
    ),
    Case(
        "texts-key-extra",
        "data/teksten.en.yml: teksten: 'tussenkop' is not in the Dutch file; expected its keys only",
        edit=("data/teksten.en.yml", "teksten:\n", "teksten:\n  tussenkop: Subheading\n"),
    ),
]
# One real build for each kind of input: a setting, a data file, a role page (read by the model) and another
# page (checked when MkDocs lists the files).
BUILT = ["site-url-query", "contacts-route-unknown", "front-matter-comment-dropped", "marker-misspelt"]

# (name, setting, value, the text that shows it in "Wat kun je doen?", the href of that link or None)
OWN = "Aandachtsfunctionaris in je eigen organisatie"
RENDERS_SAFELY = [
    ("phone-leading-zero", f"{PERSON}_TELEFOON", "0301234567", "0301234567", "tel:+31301234567"),
    ("phone-plus", f"{PERSON}_TELEFOON", "+31301234567", "+31301234567", "tel:+31301234567"),
    ("phone-grouped", f"{PERSON}_TELEFOON", "030-123 45 67", "030-123 45 67", "tel:+31301234567"),
    ("phone-national-prefix", f"{PERSON}_TELEFOON", "+31 (0)30 765 43 21", "+31 (0)30 765 43 21", "tel:+31307654321"),
    ("name-on", f"{PERSON}_NAAM", "On", f"{OWN}: On", None),
    ("name-number-like", f"{PERSON}_NAAM", "1e3", f"{OWN}: 1e3", None),
    ("name-markup", f"{PERSON}_NAAM", "<script>alert(1)</script>", f"{OWN}: <script>alert(1)</script>", None),
    ("email", f"{PERSON}_EMAIL", "a.b+meld@voorbeeld.nl", "a.b+meld@voorbeeld.nl", "mailto:a.b+meld@voorbeeld.nl"),
]
# The values of one build that shows them (one per setting; a hostile name and a number with its national
# prefix are shown by the builds of test_organisatie_contacten.py).
RENDERED = {f"{PERSON}_TELEFOON": "030-123 45 67", f"{PERSON}_NAAM": "1e3", f"{PERSON}_EMAIL": "a.b+meld@voorbeeld.nl"}


def project_with(tmp_path: Path, case: Case) -> Path:
    """The project with the case's edit made in a copy, or the project itself."""
    if case.removed is not None:
        project = copy_project(tmp_path / "project")
        (project / case.removed).unlink()
        return project
    if case.edit is None:
        return PROJECT_ROOT
    path, old, new = case.edit
    return changed_copy(tmp_path, path, old, new)


def test_the_table_covers_at_least_thirty_bad_inputs():
    assert len(FAILS) >= 30
    names = [case.name for case in FAILS] + [row[0] for row in RENDERS_SAFELY]
    assert len(set(names)) == len(names)
    assert set(BUILT) <= {case.name for case in FAILS}


@pytest.mark.parametrize("case", FAILS, ids=[case.name for case in FAILS])
def test_a_bad_input_is_refused_with_one_line(tmp_path: Path, case: Case):
    [found] = input_problems(project_with(tmp_path, case), case.env)
    assert case.expected in found
    assert "\n" not in found


@pytest.mark.parametrize("name", BUILT)
def test_the_build_stops_with_the_same_line(tmp_path: Path, name: str):
    case = next(case for case in FAILS if case.name == name)
    project = project_with(tmp_path, case)
    result = build(tmp_path / "site", project, env=case.env)
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1, result.stderr
    assert errors[0].endswith(f"  {input_problems(project, case.env)[0]}"), errors[0]
    assert "Traceback" not in result.stderr


def test_without_site_url_a_build_stops_and_make_check_says_what_it_needs(tmp_path: Path):
    """A build for hosting needs SITE_URL; `make check` checks the rest as `make serve` would, and says so."""
    result = build(tmp_path / "site", env={"SITE_URL": None})
    assert result.returncode != 0
    assert "SITE_URL: not set; a build for hosting needs the address" in result.stderr
    with build_settings({"SITE_URL": None}):
        assert problems(PROJECT_ROOT / "mkdocs.yml") == ([], [NO_SITE_URL])


@pytest.mark.parametrize(
    ("setting", "value", "item", "href"), [row[1:] for row in RENDERS_SAFELY], ids=[row[0] for row in RENDERS_SAFELY]
)
def test_a_good_value_is_kept_exactly_as_typed(setting: str, value: str, item: str, href: str | None):
    person, field_name = Settings.ENVIRONMENT[setting]
    kept = getattr(getattr(Settings.from_environment({setting: value}, serve_url=LOCAL_SITE_URL), person), field_name)
    assert (kept if isinstance(kept, str) else kept.written) == value
    if href and href.startswith("tel:"):
        assert kept.tel == href


def test_good_values_render_exactly_as_typed(site_variant: Callable[[dict[str, str]], Path]):
    """One build with a value of each kind: what "Wat kun je doen?" shows, and where its links lead."""
    site_dir = site_variant(RENDERED)
    box = parse_html(site_dir / "rollen" / "docent" / "index.html").select_one(".wat-doen")
    assert box.select("script, img") == []
    shown = {" ".join(element.get_text().split()): element for element in box.select(".wat-doen__naam, a")}
    for _, setting, value, item, href in RENDERS_SAFELY:
        if RENDERED.get(setting) != value:
            continue
        element = shown[item]
        assert ([element["href"]] if element.name == "a" else [a["href"] for a in element.select("a")]) == (
            [href] if href else []
        ), item


def test_make_check_prints_every_problem_on_a_line_of_its_own_and_fails(tmp_path: Path, capsys):
    """`make check` goes on after the first problem: an editor sees all of them at once."""
    project = changed_copy(tmp_path, "docs/index.md", "<!-- rolkaarten -->", "<!-- rolkaart -->")
    docent = project / "docs" / "rollen" / "docent.md"
    docent.write_text(docent.read_text(encoding="utf-8").replace('description: "', "description: no\nx: "), "utf-8")
    with build_settings({"SITE_URL": None}):
        assert main([str(project / "mkdocs.yml")]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"NOTE: {NO_SITE_URL}"
    assert [line.split(",")[0] for line in lines[1:3]] == ["ERROR: docs/index.md", "ERROR: docs/rollen/docent.md"]
    assert lines[3].startswith("make check: 2 problems")
    with build_settings():
        assert main([str(PROJECT_ROOT / "mkdocs.yml")]) == 0
