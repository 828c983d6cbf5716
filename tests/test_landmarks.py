"""Names a screen reader reads out, on every built page: the page title says the site's name once,
landmarks have Dutch labels, and the header's controls have names that say what they do."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup, Tag
from interface_texts import texts
from site_content import LANGUAGES, built_pages, parse_html
from sitebuild import PROJECT_ROOT, front_matter, mkdocs_config

from languages import language_root
from model import DEFAULT_LANGUAGE, translation_path

ENGLISH_LABELS = {"Header", "Footer", "Navigation", "Table of contents", "Search"}


def pages(site_dir: Path) -> list[Path]:
    """Every page of every language, and each language's 404 page."""
    return built_pages(site_dir, with_404=True)


def test_titles_name_the_page_then_the_site_once(site_dir: Path):
    site_name = mkdocs_config()["site_name"]
    homes = [site_dir / language_root(language) / "index.html" for language in LANGUAGES]
    assert [parse_html(home).title.get_text(strip=True) for home in homes] == [site_name] * len(LANGUAGES)
    for page in pages(site_dir):
        title = parse_html(page).title.get_text(strip=True)
        assert title.count(site_name) == 1, page
        if page not in homes:
            assert title.endswith(f" - {site_name}") and title != f"{site_name} - {site_name}", page


def test_landmark_labels_are_dutch(site_dir: Path):
    """On the Dutch pages; every page's quick exit landmark is named in the page's language."""
    for page in pages(site_dir):
        soup = parse_html(page)
        labels = [nav.get("aria-label") for nav in soup.select("nav")]
        assert None not in labels, page
        assert soup.select_one("nav.snel-weg")["aria-label"] == texts(soup.html["lang"])["direct_naar"], page
        if soup.html["lang"] != "nl":
            continue
        assert not ENGLISH_LABELS & set(labels), (page, labels)
        assert soup.select_one("header.md-header > nav.md-header__inner")["aria-label"] == "Paginakop", page
        footer = soup.select_one("footer nav.md-footer__inner")
        assert footer is None or footer["aria-label"] == "Vorige en volgende pagina", page


def test_header_controls_are_named_buttons(site_dir: Path):
    for page in pages(site_dir):
        soup = parse_html(page)
        page_texts = texts(soup.html["lang"])
        header = soup.select_one("header.md-header")
        buttons = {button["data-md-for"]: button for button in header.select("button.md-header__button[data-md-for]")}
        assert {control: button["aria-label"] for control, button in buttons.items()} == {
            "__drawer": page_texts["menu"],
            "__search": page_texts["zoeken"],
        }, page
        assert soup.select_one(".md-search[role=dialog]")["aria-label"] == page_texts["zoeken"], page
        assert header.select("label.md-header__button") == [], page
        toggles = header.select("[data-md-component='palette'] button.kleurenschema")
        assert [toggle["aria-label"] for toggle in toggles] == [
            page_texts["donkere_weergave_aan"],
            page_texts["lichte_weergave_aan"],
        ], page
        radios = header.select("[data-md-component='palette'] input[type='radio']")
        assert len(radios) == 2 and all(r.get("tabindex") == "-1" and r.get("aria-hidden") == "true" for r in radios), (
            page
        )


LANDMARKS = "header, nav, main, aside, footer, form[aria-label], section[aria-label], section[aria-labelledby], [role]"
LANDMARK_ROLES = {"banner", "navigation", "main", "complementary", "contentinfo", "search", "form", "region"}


def help_page_title(language: str) -> str:
    """The name of "Hulp en melden" in the menu: its page's title in `language`."""
    source = "hulp-en-melden.md" if language == DEFAULT_LANGUAGE else translation_path("hulp-en-melden.md", language)
    return front_matter(PROJECT_ROOT / "docs" / source)["title"]


def exposed(element: Tag) -> bool:
    """Whether a screen reader meets the element: no `hidden` or `aria-hidden` on it or around it."""
    return not any(node.has_attr("hidden") or node.get("aria-hidden") == "true" for node in [element, *element.parents])


def landmarks(soup: BeautifulSoup) -> list[Tag]:
    """The landmarks a screen reader lists, in document order (a header or footer inside an article or a
    section is none: HTML-AAM)."""
    found = []
    for element in soup.select(LANDMARKS):
        role = element.get("role") or {"nav": "navigation", "main": "main", "aside": "complementary"}.get(element.name)
        if element.name in ("header", "footer") and not element.find_parent(("article", "section", "aside", "nav")):
            role = element.get("role") or {"header": "banner", "footer": "contentinfo"}[element.name]
        elif element.name in ("form", "section"):
            role = element.get("role") or ("form" if element.name == "form" else "region")
        if role in LANDMARK_ROLES and exposed(element):
            found.append(element)
    return found


def landmark_name(element: Tag) -> str:
    return f"{element.get('role') or element.name} {element.get('aria-label') or element.get('aria-labelledby') or ''}".strip()


def test_no_landmark_is_empty(site_dir: Path):
    """Every landmark holds something to read or use: Material wrote an empty "Inhoudsopgave" on pages
    without headings under their title, and an empty footer where there is no "Vorige" or "Volgende"."""
    empty = []
    for page in pages(site_dir):
        for landmark in landmarks(parse_html(page)):
            content = [node for node in landmark.select("a, button, input, select, textarea") if exposed(node)]
            if not content and not landmark.get_text(strip=True):
                empty.append(f"{page.relative_to(site_dir)}: {landmark_name(landmark)}")
    assert empty == [], "\n".join(empty)


def help_link_place(soup: BeautifulSoup) -> tuple[tuple[str, ...], tuple[str, ...], int]:
    """Where the first link to "Hulp en melden" that a screen reader meets stands: after which of the page's
    outermost landmarks, inside which landmarks, and as which item of its list (the menu's top level)."""
    help_page = help_page_title(soup.html["lang"])
    link = next(a for a in soup.select("a") if a.get_text(strip=True) == help_page and exposed(a))
    all_landmarks = landmarks(soup)
    around = [landmark for landmark in all_landmarks if link in landmark.descendants]
    outermost = [
        landmark for landmark in all_landmarks if not any(landmark in other.descendants for other in all_landmarks)
    ]
    before = [landmark for landmark in outermost if landmark not in around and landmark.sourceline < link.sourceline]
    item = link.find_parent("li")
    items = item.find_parent("ul").find_all("li", recursive=False) if item else []
    return (
        tuple(landmark_name(landmark) for landmark in before),
        tuple(landmark_name(landmark) for landmark in around),
        items.index(item) if item else -1,
    )


def test_the_help_link_stands_in_the_same_place_on_every_page(site_dir: Path):
    """WCAG 3.2.6 (consistent help): "Hulp en melden" comes at the same place relative to the rest of the
    page on every page; the home page and "Alle tips" hid the menu, so there it came in the content."""
    for language in LANGUAGES:
        places = {
            page.relative_to(site_dir).as_posix(): help_link_place(parse_html(page))
            for page in built_pages(site_dir, with_404=True, language=language)
        }
        home = places[f"{language_root(language)}index.html"]
        assert [name for name in home[1] if name.startswith("nav ")], home
        assert {page: place for page, place in places.items() if place != home} == {}
    assert "nav Navigatie" in help_link_place(parse_html(site_dir / "index.html"))[1]
