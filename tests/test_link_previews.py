"""Link previews: every page, in every language, has the description of its own front matter and Open Graph
tags in its language."""

from pathlib import Path

from site_content import address_in_language, built_pages, page_language, parse_html
from sitebuild import PROJECT_ROOT, front_matter

from model import DEFAULT_LANGUAGE, read_languages, translation_path

SITE_NAME = "De reis van Kelly, Vladimir of Michael"


TEXTS = read_languages(PROJECT_ROOT)


def source_front_matter(url: str, language: str) -> dict:
    """The front matter of the Markdown file that a directory URL (`rollen/docent/`) is built from in `language`:
    the Dutch page, or its translation."""
    docs = PROJECT_ROOT / "docs"
    candidates = [docs / f"{url.rstrip('/')}.md", docs / url / "index.md"] if url else [docs / "index.md"]
    source = next(path for path in candidates if path.is_file())
    if language != DEFAULT_LANGUAGE:
        source = docs / translation_path(source.relative_to(docs).as_posix(), language)
    return front_matter(source)


def meta_content(soup, **attributes: str) -> str | None:
    tag = soup.find("meta", attrs=attributes)
    return tag["content"] if tag else None


def test_every_page_has_its_front_matter_description_and_open_graph_tags(site_dir: Path):
    problems = []
    for page in built_pages(site_dir):
        language, soup = page_language(site_dir, page), parse_html(page)
        description = source_front_matter(address_in_language(site_dir, page), language).get("description")
        expected = {
            ("name", "description"): description,
            ("property", "og:description"): description,
            ("property", "og:title"): soup.select_one("article h1").get_text(strip=True).removesuffix("¶"),
            ("property", "og:url"): soup.find("link", rel="canonical")["href"],
            ("property", "og:type"): "website",
            ("property", "og:locale"): TEXTS[language].teksten["og_locale"],
            ("property", "og:site_name"): SITE_NAME,
        }
        if not description:
            problems.append(f"{page.relative_to(site_dir)}: its Markdown has no front matter 'description'")
        problems += [
            f"{page.relative_to(site_dir)}: {name} is {meta_content(soup, **{kind: name})!r}, expected {value!r}"
            for (kind, name), value in expected.items()
            if meta_content(soup, **{kind: name}) != value
        ]
    assert problems == []
