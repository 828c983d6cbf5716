"""Read roles and tips from a built site and compare them with the source."""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from pathlib import Path
from urllib.parse import urljoin

from bs4 import BeautifulSoup, Tag
from sitebuild import PROJECT_ROOT
from source_text import Role, normalise

from embed_cards import EMBED_DIRECTORY
from languages import language_root
from model import DEFAULT_LANGUAGE, language_codes

# The site's languages, Dutch (the original) first: one `data/teksten.<code>.yml` each (hooks/model.py).
LANGUAGES = language_codes(PROJECT_ROOT)

# The pages of each translation that the browser checks which go through every page (axe, pa11y, layout
# shift) look at: the home page, a role page, "Hulp en melden" and "Alle tips", each kind of page a
# translation has. A translation's pages share every template with the Dutch ones, which those checks
# still see all of; every translated page as well would double their time (the time budget: README.md).
TRANSLATION_SAMPLE = ("", "rollen/docent/", "hulp-en-melden/", "alle-tips/")


def parse_html(path: Path) -> BeautifulSoup:
    """The page, parsed once for each version of the file and shared by every test that reads it: a test
    that changes the tree changes a copy (`copy.copy(soup)`)."""
    version = path.stat()
    return _parsed(path.resolve(), version.st_mtime_ns, version.st_size)


@lru_cache(maxsize=256)
def _parsed(path: Path, modified: int, size: int) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def tip_text(tip: Tag) -> str:
    """A tip's text as the reader sees it, without its "Kopieer link" control."""
    return normalise(tip.select_one(".tip__tekst").get_text())


def tip_items(soup: BeautifulSoup) -> list[Tag]:
    """The tips of a role page: the items of its ordered list of tips."""
    return soup.select("article ol.tips > li.tip")


def heading_text(heading: Tag) -> str:
    """A heading's visible text without its permalink."""
    return normalise(
        "".join(
            node.get_text() if isinstance(node, Tag) else str(node)
            for node in heading.children
            if not (isinstance(node, Tag) and "headerlink" in (node.get("class") or []))
        )
    )


def built_pages(
    site_dir: Path,
    *,
    with_404: bool = False,
    with_cards: bool = False,
    language: str | None = None,
    languages: list[str] = LANGUAGES,
) -> list[Path]:
    """Every content page, not the redirect stubs that mkdocs-redirects writes; the 404 page only when
    asked for (it has no address of its own); the cards for intranets (`insluiten/`, in another language
    `en/insluiten/`: pages of their own without Material, tests/test_embed_cards.py) only when asked for. With
    `language`, that language's pages only (`page_language`, of the site's `languages`); without it, the pages
    of every language."""
    return sorted(
        p
        for p in site_dir.rglob("*.html")
        if (with_404 or p.name != "404.html")
        and (with_cards or not address_in_language(site_dir, p).startswith(EMBED_DIRECTORY))
        and (language is None or page_language(site_dir, p, languages) == language)
        and redirect_target(p) is None
    )


def languages() -> list[str]:
    """The site's language codes, Dutch first (data/teksten.<code>.yml)."""
    return list(LANGUAGES)


def language_of(url: str) -> str:
    """The language of a site-relative URL: `en/rollen/docent/` is English, `rollen/docent/` Dutch."""
    first = url.split("/", 1)[0]
    return first if first in languages() and first != DEFAULT_LANGUAGE else DEFAULT_LANGUAGE


def dutch_page(url: str) -> str:
    """The site-relative URL of the Dutch page that `url` translates: `rollen/docent/` for `en/rollen/docent/`."""
    language = language_of(url)
    return url if language == DEFAULT_LANGUAGE else url.removeprefix(f"{language}/")


def in_language(url: str, language: str) -> str:
    """The site-relative URL of the Dutch page `url` in `language`: `en/rollen/docent/`."""
    return url if language == DEFAULT_LANGUAGE else f"{language}/{url}"


def browser_checked_pages(site_dir: Path, *, with_404: bool = False, with_cards: bool = False) -> list[str]:
    """The site-relative URLs the all-page browser checks open: every Dutch page and each translation's
    TRANSLATION_SAMPLE, and its 404 page when asked for."""
    urls = [page_url(site_dir, page) for page in built_pages(site_dir, with_404=with_404, with_cards=with_cards)]
    sample = [
        in_language(url, code)
        for code in languages()[1:]
        for url in [*TRANSLATION_SAMPLE, *(["404.html"] if with_404 else [])]
    ]
    missing = [url for url in sample if url not in urls]
    assert missing == [], f"the translation sample's pages are not built: {missing}"
    return [url for url in urls if language_of(url) == DEFAULT_LANGUAGE] + sample


def page_language(site_dir: Path, page: Path, languages: list[str] = LANGUAGES) -> str:
    """The language a built page is in, by its address: `en/rollen/docent/` is English, the rest Dutch."""
    first = page.relative_to(site_dir).parts[0]
    return first if first in languages[1:] else languages[0]


def address_in_language(site_dir: Path, page: Path, languages: list[str] = LANGUAGES) -> str:
    """A built page's address below its language's root: `rollen/docent/` for `en/rollen/docent/index.html`."""
    return page_url(site_dir, page).removeprefix(language_root(page_language(site_dir, page, languages)))


def redirect_target(page: Path) -> str | None:
    """Where a redirect stub of mkdocs-redirects sends the visitor (a URL relative to the stub), or None."""
    refresh = parse_html(page).find("meta", attrs={"http-equiv": "refresh"})
    return refresh["content"].split("url=", 1)[1] if refresh else None


def script_hash(script: str) -> str:
    """The Content-Security-Policy source that allows this inline script."""
    return f"'sha256-{base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()}'"


def address_problem(site_dir: Path, address: str) -> str | None:
    """Why a site address (`/rollen/docent/#tip`, `/tips.json`) does not lead to its page and anchor, or None.

    A redirect stub counts when its target has the anchor; the stub's script carries the anchor along."""
    path, _, anchor = address.lstrip("/").partition("#")
    file = site_dir / path / "index.html" if path.endswith("/") or not path else site_dir / path
    if not file.is_file():
        return f"{address}: the built site has no {file.relative_to(site_dir)}"
    if (target := redirect_target(file)) is not None:
        target_address = urljoin("/" + path, target)
        return address_problem(
            site_dir, target_address if "#" in target_address or not anchor else f"{target_address}#{anchor}"
        )
    if anchor and parse_html(file).find(id=anchor) is None:
        return f"{address}: {file.relative_to(site_dir)} has no element with id {anchor!r}"
    return None


def page_url(site_dir: Path, page: Path) -> str:
    """The site-relative URL of a built page: `rollen/docent/` for `rollen/docent/index.html`."""
    relative = page.relative_to(site_dir).as_posix()
    return relative.removesuffix("index.html")


def site_roles(site_dir: Path, language: str = LANGUAGES[0]) -> dict[str, tuple[str, Role]]:
    """Every built page in `language` (the Dutch original unless asked for) that carries tips, by its h1:
    (page URL, role with the page's tips)."""
    roles = {}
    for page in built_pages(site_dir, language=language):
        soup = parse_html(page)
        tips = tuple(tip_text(item) for item in tip_items(soup))
        if tips:
            name = heading_text(soup.select_one("article h1"))
            roles[name] = (page_url(site_dir, page), Role(name, tips))
    return roles


def compare(source: list[Role], site: dict[str, tuple[str, Role]]) -> list[str]:
    """Every difference between the source's roles and tips and the site's, as a readable line."""
    problems = []
    home_of_tip = {tip: role.name for _, role in site.values() for tip in role.tips}
    for role in source:
        if role.name not in site:
            problems.append(f"role {role.name!r}: no page with this h1 and its tips")
            continue
        url, page_role = site[role.name]
        role_problems = []
        for tip in role.tips:
            if tip not in page_role.tips:
                elsewhere = home_of_tip.get(tip)
                where = f"it is on the page of {elsewhere!r}" if elsewhere else "it is on no page"
                role_problems.append(f"role {role.name!r}: tip {tip!r} is missing from {url}; {where}")
        for tip in page_role.tips:
            if tip not in role.tips:
                role_problems.append(
                    f"role {role.name!r}: {url} has tip {tip!r}, which the source does not give this role"
                )
        if not role_problems and page_role.tips != role.tips:
            role_problems.append(f"role {role.name!r}: tips on {url} are not in the source's order")
        problems += role_problems
    source_names = {role.name for role in source}
    for name, (url, _) in site.items():
        if name not in source_names:
            problems.append(f"page {url} has tips under role {name!r}, which the source does not have")
    return problems
