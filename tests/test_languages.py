"""The site in every language of `data/teksten.<code>.yml` (issue 23): each page of the Dutch original has its
translation at the same address under `/<code>/`, marked with its language, linked both ways by the language
switch and by `hreflang` in the head; a translated page says that it is one and links to its Dutch original; the
English main text holds no Dutch; and a third language is files only. What a page should say comes from the
model (`hooks/model.py`): the languages' names and interface texts, the contacts' Dutch names."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml
from bs4 import BeautifulSoup, Tag
from site_content import (
    LANGUAGES,
    address_in_language,
    address_problem,
    built_pages,
    page_language,
    page_url,
    parse_html,
)
from sitebuild import LOCAL_SITE_URL, PROJECT_ROOT, build, copy_project
from source_text import normalise, read_source

from languages import language_root
from model import (
    CONTACTS_FILE,
    DEFAULT_LANGUAGE,
    language_codes,
    poster_file,
    read_contacts,
    read_languages,
    texts_file,
    vocabulary_file,
)

TEXTS = read_languages(PROJECT_ROOT)
ENGLISH = "en"
# The Dutch words that give away an untranslated text (issue 23), as whole words in any case.
DUTCH_FUNCTION_WORDS = re.compile(r"\b(?:de|het|een|van|en|je|niet|voor)\b", re.IGNORECASE)
# What an English page may write in Dutch: the services' own names (they are Dutch services), the poster's
# title (issue 23: it may stay Dutch), and EN 301 549, the name of the European standard that the
# accessibility statement says government websites must meet (its "EN" is "European Norm", not Dutch "and").
SERVICE_NAMES = [contact.naam for contact in read_contacts(PROJECT_ROOT / CONTACTS_FILE).contacten]
POSTER_TITLE = read_source()[0]
STANDARD = "EN 301 549"
# A language's code (`en`) in code: the open data's field values, not the Dutch word.
LANGUAGE_CODE = re.compile(rf"\b(?:{'|'.join(LANGUAGES)})\b")
# A web address, written as an address: its path is no text to translate (`…/melden-van-mensenhandel`, `/en/`).
WEB_ADDRESS = re.compile(r"(?:https?://)?[\w-]+(?:\.[\w-]+)+(?::\d+)?/[^\s]*|https?://\S+")


def in_language(site_dir: Path, page: Path, language: str) -> Path:
    """The built file of `page` in `language`."""
    relative = page.relative_to(site_dir / language_root(page_language(site_dir, page)))
    return site_dir / language_root(language) / relative


def test_every_page_is_in_every_language_at_the_dutch_address_with_its_language(site_dir: Path):
    """Every page, the 404 page and the cards for intranets, and no page without its Dutch original."""
    dutch = built_pages(site_dir, with_404=True, with_cards=True, language=DEFAULT_LANGUAGE)
    assert len(dutch) > 20
    problems = []
    for language in LANGUAGES:
        pages = built_pages(site_dir, with_404=True, with_cards=True, language=language)
        expected = [in_language(site_dir, page, language) for page in dutch]
        problems += [f"{p.relative_to(site_dir)}: missing" for p in expected if p not in pages]
        problems += [f"{p.relative_to(site_dir)}: no Dutch original" for p in pages if p not in expected]
        problems += [
            f"{p.relative_to(site_dir)}: lang={parse_html(p).html.get('lang')!r}, expected {language!r}"
            for p in pages
            if parse_html(p).html.get("lang") != language
        ]
    assert problems == []


def test_a_tip_has_its_dutch_id_in_every_language(site_dir: Path):
    for language in LANGUAGES:
        assert address_problem(site_dir, f"/{language_root(language)}rollen/docent/#docent-dure-spullen") is None


def head_alternates(soup: BeautifulSoup) -> dict[str, str]:
    links = soup.select('head link[rel="alternate"][hreflang]')
    found = {link["hreflang"]: link["href"] for link in links}
    assert len(found) == len(links), "each language once"
    return found


def test_every_page_names_itself_in_every_language_with_full_addresses(site_dir: Path):
    """Google asks for the page itself among its alternates, full addresses, and links both ways; the Dutch
    original is `x-default`, for a visitor whose language the site does not have."""
    for page in built_pages(site_dir):
        hosted = {
            code: f"{LOCAL_SITE_URL}{language_root(code)}{address_in_language(site_dir, page)}" for code in LANGUAGES
        }
        expected = hosted | {"x-default": hosted[DEFAULT_LANGUAGE]}
        assert head_alternates(parse_html(page)) == expected, page.relative_to(site_dir)


def switch_links(site_dir: Path, page: Path) -> list[tuple[str, str, str, bool]]:
    """The language switch's links: (language, name, the address it leads to, marked current)."""
    url = "/" + page_url(site_dir, page)
    return [
        (link["hreflang"], normalise(link.get_text()), urljoin(url, link["href"]), link.get("aria-current") == "true")
        for link in parse_html(page).select(".md-header .md-select a.md-select__link")
    ]


def test_the_language_switch_leads_to_the_same_page_in_each_language(site_dir: Path):
    """Relative links, so that the switch works below any path and in the offline copy."""
    for page in built_pages(site_dir):
        language = page_language(site_dir, page)
        expected = [
            (code, TEXTS[code].naam, f"/{language_root(code)}{address_in_language(site_dir, page)}", code == language)
            for code in LANGUAGES
        ]
        assert switch_links(site_dir, page) == expected, page.relative_to(site_dir)
        assert all(not link["href"].startswith(("/", "http")) for link in parse_html(page).select("a.md-select__link"))


def test_a_translated_page_says_so_and_links_to_its_dutch_original(site_dir: Path):
    for language in LANGUAGES[1:]:
        notice = re.sub(r"\{\w+\}", "", TEXTS[language].teksten["vertaling"])
        for page in built_pages(site_dir, language=language):
            url, original = "/" + page_url(site_dir, page), f"/{address_in_language(site_dir, page)}"
            links = [
                link
                for link in parse_html(page).select(f'article a[hreflang="{DEFAULT_LANGUAGE}"]')
                if urljoin(url, link["href"]) == original
            ]
            assert len(links) == 1, f"{url}: no single link to its Dutch original {original}"
            said = normalise(links[0].parent.get_text().replace(links[0].get_text(), ""))
            assert said == normalise(notice), url
    for page in built_pages(site_dir, language=DEFAULT_LANGUAGE):
        assert not parse_html(page).select(f'article a[hreflang="{DEFAULT_LANGUAGE}"]'), page.relative_to(site_dir)


def dutch_words(article: Tag) -> list[tuple[str, str]]:
    """Each Dutch function word in the article's text, with the words around it, after the exceptions."""
    article = copy.copy(article)
    for link in article.select("a"):
        if WEB_ADDRESS.fullmatch(link.get_text()):  # a source's address, broken with <wbr> where it may wrap
            link.decompose()
    for code in article.select("code"):  # a language's code in code is the code: `"talen": ["nl", "en"]`
        code.string = LANGUAGE_CODE.sub(" ", code.get_text())
    text = normalise(article.get_text(" "))
    for allowed in [*SERVICE_NAMES, POSTER_TITLE, STANDARD]:
        text = text.replace(allowed, " ")
    text = WEB_ADDRESS.sub(" ", text)
    return [
        (found.group(), text[max(0, found.start() - 30) : found.end() + 30])
        for found in DUTCH_FUNCTION_WORDS.finditer(text)
    ]


def main_text(soup: BeautifulSoup) -> Tag:
    """A page's main text: its article; a card for intranets, a page without Material, is all main text."""
    return soup.select_one("article") or soup.body


def test_the_english_main_text_has_no_dutch_function_words(site_dir: Path):
    found = {
        page_url(site_dir, page): words
        for page in built_pages(site_dir, with_404=True, with_cards=True, language=ENGLISH)
        if (words := dutch_words(main_text(parse_html(page))))
    }
    assert found == {}


def test_the_scan_finds_a_dutch_word_and_passes_the_exceptions():
    exceptions = f"Call {SERVICE_NAMES[1]}, about {POSTER_TITLE} (see {STANDARD}, <code>en</code>) at "
    addresses = "https://www.voorbeeld.nl/en/hulp-van-de-politie/ or wegwijzermensenhandel.nl/melden-van-mensenhandel."
    article = BeautifulSoup(
        f"<article><p>{exceptions}{addresses}</p><p>Het is niet vertaald.</p></article>", "html.parser"
    )
    assert [word for word, _ in dutch_words(article.article)] == ["Het", "niet"]


def test_help_and_reporting_says_the_services_are_dutch_and_not_that_they_answer_in_english(site_dir: Path):
    text = normalise(parse_html(site_dir / "en" / "hulp-en-melden" / "index.html").select_one("article").get_text(" "))
    assert re.search(r"\bservices\b[^.]* are Dutch\b", text), "Help and reporting says the services are Dutch"
    claims = re.findall(r"[^.]*\b(?:answer|speak|help you|available)\b[^.]*\bin English\b[^.]*\.", text)
    assert [claim for claim in claims if not re.search(r"\b(?:not|no|cannot|don't|may not)\b", claim)] == []


# ----- A third language, from files only ------------------------------------------------------------------------

THIRD = "de"  # one of Material's interface languages
MARKER = "DE "


def add_third_language(project: Path) -> list[Path]:
    """The files of a throwaway language, copied from the English ones, each interface text marked: no
    existing file is changed. Returns the files added."""
    added = []

    def add(path: Path, text: str) -> None:
        assert not path.exists(), f"{path} exists: a language is added, not changed"
        path.write_text(text, encoding="utf-8")
        added.append(path)

    english = yaml.safe_load((project / texts_file(ENGLISH)).read_text(encoding="utf-8"))
    third = {
        "naam": "Deutsch",
        "material": THIRD,
        "teksten": {key: MARKER + text for key, text in english["teksten"].items()},
    }
    add(project / texts_file(THIRD), yaml.safe_dump(third, allow_unicode=True, sort_keys=False))
    add(project / poster_file(THIRD), (project / poster_file(ENGLISH)).read_text(encoding="utf-8"))
    english_words = (project / vocabulary_file(ENGLISH)).read_text(encoding="utf-8")
    add(project / vocabulary_file(THIRD), english_words.replace(f"\ntaal: {ENGLISH}\n", f"\ntaal: {THIRD}\n", 1))
    for page in sorted((project / "docs").rglob(f"*.{ENGLISH}.md")):
        add(page.with_name(page.name.replace(f".{ENGLISH}.md", f".{THIRD}.md")), page.read_text(encoding="utf-8"))
    return added


@pytest.fixture(scope="module")
def third_language_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The site built from a copy of the project with a third language added: the site and its languages."""
    project = copy_project(tmp_path_factory.mktemp("third-language") / "project")
    before = {path: path.read_bytes() for path in project.rglob("*") if path.is_file()}
    added = add_third_language(project)
    assert len(added) == 3 + len(list((PROJECT_ROOT / "docs").rglob(f"*.{ENGLISH}.md")))
    assert {path: path.read_bytes() for path in before} == before, "no existing file changed"
    site = project.parent / "site"
    result = build(site, project)
    assert result.returncode == 0, result.stderr
    return site, language_codes(project)


def test_a_third_language_is_built_from_files_alone(third_language_site: tuple[Path, list[str]], site_dir: Path):
    site, languages = third_language_site
    assert sorted(languages) == sorted([*LANGUAGES, THIRD])
    dutch = built_pages(site, language=DEFAULT_LANGUAGE, languages=languages)
    third = [site / THIRD / page.relative_to(site) for page in dutch]
    assert [page for page in third if not page.is_file()] == []
    for page in third:
        soup = parse_html(page)
        assert soup.html["lang"] == THIRD, page
        url = "/" + page_url(site, page)
        page_address = address_in_language(site, page, languages)
        hosted = {code: f"{LOCAL_SITE_URL}{language_root(code)}{page_address}" for code in languages}
        assert head_alternates(soup) == hosted | {"x-default": hosted[DEFAULT_LANGUAGE]}, url
        switch = [(link["hreflang"], urljoin(url, link["href"])) for link in soup.select("a.md-select__link")]
        assert switch == [(code, f"/{language_root(code)}{page_address}") for code in languages]
    # Its interface texts are its own: the menu's first entry, a title of `nav`, from its texts file.
    menu = parse_html(site / THIRD / "index.html").select("nav.md-nav--primary a.md-nav__link")
    assert normalise(menu[0].get_text()) == MARKER + TEXTS[ENGLISH].teksten["startpagina"]
    # The Dutch and English pages say what they said, and their switch offers the third language too.
    for page in built_pages(site_dir):
        built = site / page.relative_to(site_dir)
        assert str(parse_html(built).article) == str(parse_html(page).article), page.relative_to(site_dir)
        assert [code for code, *_ in switch_links(site, built)] == languages, page.relative_to(site_dir)
