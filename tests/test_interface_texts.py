"""The interface texts are data (data/teksten.<code>.yml, issue 23): the templates and scripts hold none of
their own. Every key they use is in the Dutch file, the master list, and every key of it is used; no Dutch
text is left in a template or a script; the filters that fill the texts in are language-aware. No build,
except the session's one for the translated page's notice."""

from __future__ import annotations

import datetime
import re
import shutil
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml
from bs4 import BeautifulSoup
from interface_texts import texts, texts_file
from markupsafe import Markup
from site_content import parse_html
from sitebuild import PROJECT_ROOT

from material_internals import HEADER_CONTROLS, SEARCH_DIALOG_TEXT
from model import InputError, read_languages
from pages import MONTHS, POSTER_PAGES, fill, local_date, local_list

OVERRIDES = PROJECT_ROOT / "overrides"
# Material's own Dutch texts (its language file), not the site's.
MATERIAL_LANGUAGE = OVERRIDES / "partials" / "languages" / "custom.html"
TEMPLATES = sorted(path for path in OVERRIDES.rglob("*.html") if path != MATERIAL_LANGUAGE)
SCRIPTS = sorted((PROJECT_ROOT / "docs" / "assets" / "javascripts").glob("*.js"))
HOOKS = sorted((PROJECT_ROOT / "hooks").glob("*.py"))

TEMPLATE_KEY = re.compile(r"\btexts\.([a-z0-9_]+)")
DATA_ATTRIBUTE = re.compile(r'\bdata-tekst-([a-z0-9-]+)="\{\{ texts\.([a-z0-9_]+) \}\}"')
SCRIPT_KEY = re.compile(r"\.tekst([A-Z][A-Za-z0-9]*)")
HOOK_KEY = re.compile(r"""\btexts\[["']([a-z0-9_]+)["']\]""")
# A short list of Dutch words that English never writes as words of their own: a template's or script's text
# with one of them is a Dutch text left behind.
DUTCH_WORDS = {
    *("de", "het", "een", "van", "en", "je", "niet", "voor", "naar", "bij", "deze", "op", "wat", "zelf"),
    *("bel", "kopieer", "gekopieerd", "zoeken", "verder", "pagina", "gevonden"),
}
JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
JINJA_STRING = re.compile(r"""(?:\{\{|\{%)(?:[^}%]|\}(?!\})|%(?!\}))*?["']([^"']*)["']""")
VISIBLE_ATTRIBUTES = ("aria-label", "title", "alt", "placeholder", "content", "label")
SCRIPT_COMMENT = re.compile(r"/\*[\s\S]*?\*/|^\s*//.*$", re.MULTILINE)
SCRIPT_STRING = re.compile(r""""((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`""")


def dutch_words(text: str) -> list[str]:
    """The Dutch words of a text, split at white space only: `hulp-en-melden.md` is an address, not text."""
    return [word for word in (token.strip(".,:;?!()„”\"'") for token in text.lower().split()) if word in DUTCH_WORDS]


def camel_to_key(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def keys_used() -> dict[str, set[str]]:
    """Each key, with where it is used: templates, their data-tekst-* attributes, scripts and hooks."""
    used: dict[str, set[str]] = {}

    def add(key: str, where: str) -> None:
        used.setdefault(key, set()).add(where)

    for template in TEMPLATES:
        source = template.read_text(encoding="utf-8")
        for key in TEMPLATE_KEY.findall(source):
            add(key, template.name)
        for attribute, key in DATA_ATTRIBUTE.findall(source):
            assert attribute.replace("-", "_") == key, f"{template.name}: data-tekst-{attribute} holds texts.{key}"
    for script in SCRIPTS:
        for name in SCRIPT_KEY.findall(script.read_text(encoding="utf-8")):
            add(camel_to_key(name), script.name)
    for hook in HOOKS:
        for key in HOOK_KEY.findall(hook.read_text(encoding="utf-8")):
            add(key, hook.name)
    # Keys that code names as constants: the months, the header's controls, the posters' orientations, and
    # the titles of mkdocs.yml's nav, which hooks/languages.py translates by the Dutch text.
    orientations = [paper.orientation for paper in POSTER_PAGES.values()]
    for key in [*MONTHS, SEARCH_DIALOG_TEXT, *HEADER_CONTROLS.values(), *orientations]:
        add(key, "code")
    config = yaml.load((PROJECT_ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    for title in [title for item in config["nav"] if isinstance(item, dict) for title in item]:
        add(next(key for key, text in texts().items() if text == title), "mkdocs.yml")
    return used


def test_every_key_in_use_is_a_dutch_text_and_every_dutch_text_is_in_use():
    used = keys_used()
    assert {key: sorted(where) for key, where in used.items() if key not in texts()} == {}
    assert [key for key in texts() if key not in used] == []
    # Every script reads its texts from attributes that a template writes.
    written = {key for template in TEMPLATES for _, key in DATA_ATTRIBUTE.findall(template.read_text(encoding="utf-8"))}
    read = {camel_to_key(name) for script in SCRIPTS for name in SCRIPT_KEY.findall(script.read_text(encoding="utf-8"))}
    assert read <= written, sorted(read - written)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda path: path.relative_to(OVERRIDES).as_posix())
def test_a_template_holds_no_dutch_text_of_its_own(template: Path):
    source = template.read_text(encoding="utf-8")
    in_jinja = [text for text in JINJA_STRING.findall(source) if dutch_words(text)]
    html = BeautifulSoup(JINJA.sub(" ", source), "html.parser")
    found = [text for text in html.find_all(string=True) if dutch_words(text) and text.parent.name != "script"]
    found += [
        f"{element.name}[{name}]={element[name]}"
        for element in html.find_all(True)
        for name in VISIBLE_ATTRIBUTES
        if element.has_attr(name) and dutch_words(str(element[name]))
    ]
    assert in_jinja + [str(text).strip() for text in found] == []


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.name)
def test_a_script_holds_no_dutch_text_of_its_own(script: Path):
    source = SCRIPT_COMMENT.sub("", script.read_text(encoding="utf-8"))
    strings = ["".join(parts) for parts in SCRIPT_STRING.findall(source)]
    assert [text for text in strings if dutch_words(text)] == []


def test_dates_lists_and_placeholders_are_filled_in_the_pages_language():
    day = datetime.date(2026, 11, 29)
    assert local_date(day, texts("nl")) == "29 november 2026"
    assert local_date(day, texts("en")) == "29 November 2026"
    assert local_list(["a", "b", "c"], texts("en")) == "a, b and c"
    link = Markup('<a href="#politie">Politie</a>')
    assert local_list([link, "A & B"], texts("nl")) == '<a href="#politie">Politie</a> en A &amp; B'
    assert fill("Bel {nummer} <nu>", nummer=link) == 'Bel <a href="#politie">Politie</a> &lt;nu&gt;'
    assert fill(texts("en")["ook_voor"], woorden="<b>") == "Also for: &lt;b&gt;."


def copy_with_english_text(tmp_path: Path, key: str, text: str) -> Path:
    for code in ("nl", "en"):
        (tmp_path / "data").mkdir(exist_ok=True)
        shutil.copy(texts_file(code), tmp_path / "data" / texts_file(code).name)
    english = tmp_path / "data" / "teksten.en.yml"
    data = yaml.safe_load(english.read_text(encoding="utf-8"))
    data["teksten"][key] = text
    english.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Call {number}", r"teksten\.en\.yml: teksten: bel: \{number\} is not filled in; expected .*\{nummer\}"),
        ("Call {nummer", r"teksten\.en\.yml: teksten: bel: 'Call \{nummer': .*write a placeholder as \{name\}"),
        ("Call {}", r"teksten\.en\.yml: teksten: bel: \{\}: expected a placeholder of lowercase letters"),
    ],
    ids=["unknown", "unclosed", "empty"],
)
def test_a_translation_fills_in_only_the_dutch_placeholders(tmp_path: Path, text: str, message: str):
    assert read_languages(copy_with_english_text(tmp_path, "bel", "Call {nummer} now"))
    with pytest.raises(InputError, match=message):
        read_languages(copy_with_english_text(tmp_path, "bel", text))


def test_a_translated_page_says_so_and_links_to_its_dutch_original(site_dir: Path):
    assert parse_html(site_dir / "rollen" / "docent" / "index.html").select(".vertaling") == []
    english = parse_html(site_dir / "en" / "rollen" / "docent" / "index.html")
    [notice] = english.select("article .vertaling")
    [link] = notice.select("a")
    dutch = read_languages(PROJECT_ROOT)["nl"]
    assert (link.text, link["hreflang"], link["lang"]) == (dutch.naam, "nl", "nl")
    assert notice.get_text() == fill(texts("en")["vertaling"], origineel=dutch.naam)
    assert urljoin("/en/rollen/docent/", link["href"]) == "/rollen/docent/"


def test_each_language_has_its_own_404_page_and_cards(site_dir: Path):
    """The 404 page and the cards are written once per language, each below its language's root: another
    language's build does not write over the Dutch ones. A 404 page's links start at the server's root."""
    for code, root in (("nl", ""), ("en", "en/")):
        error_page = parse_html(site_dir / root / "404.html")
        assert (error_page.html["lang"], error_page.h1.get_text()) == (code, texts(code)["pagina_niet_gevonden"])
        [home] = error_page.select("article a")
        missing = "http://127.0.0.1/a/missing/address"  # wherever the host shows it
        assert (home.get_text(), urljoin(missing, home["href"])) == (
            texts(code)["naar_de_startpagina"],
            urljoin(missing, f"/{root}"),
        )
        card = parse_html(site_dir / root / "insluiten" / "docent" / "index.html")
        assert (card.html["lang"], card.select_one(".kaart__kop").get_text()) == (code, texts(code)["bellen"])
        assert card.select_one("link[rel=canonical]")["href"].endswith(f"/{root}rollen/docent/")
