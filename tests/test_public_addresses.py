"""Published addresses keep working: every page and tip anchor in public_addresses.txt resolves, or redirects.

Intranets link to pages and to single tips. A page or tip that moves needs a redirect in mkdocs.yml
(`redirects: redirect_maps`), and a new page or tip must be added to the list, which is the promise.
"""

from pathlib import Path

from site_content import address_problem, built_pages, page_url, parse_html, redirect_target, script_hash
from sitebuild import build, copy_project

ADDRESSES_FILE = Path(__file__).parent / "public_addresses.txt"


def listed_addresses() -> list[str]:
    lines = ADDRESSES_FILE.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def built_addresses(site_dir: Path) -> list[str]:
    """Each page's address and, after it, the address of each of its tips."""
    addresses = []
    for page in built_pages(site_dir, with_cards=True):
        url = "/" + page_url(site_dir, page)
        addresses += [url, *(f"{url}#{tip['id']}" for tip in parse_html(page).select("article ol.tips > li.tip[id]"))]
    return addresses


def test_every_published_address_still_resolves(site_dir: Path):
    problems = [problem for address in listed_addresses() if (problem := address_problem(site_dir, address))]
    assert problems == [], (
        "published addresses that no longer lead to their page and tip; restore them, or add a redirect "
        "(mkdocs.yml: redirects: redirect_maps: {old.md: new.md}):\n" + "\n".join(problems)
    )


def test_every_page_and_tip_is_a_published_address(site_dir: Path):
    unlisted = [address for address in built_addresses(site_dir) if address not in listed_addresses()]
    assert unlisted == [], (
        f"new pages or tips: add these lines to {ADDRESSES_FILE.relative_to(ADDRESSES_FILE.parents[1])}, "
        "promising that the addresses keep working:\n" + "\n".join(unlisted)
    )


def test_each_page_is_in_its_languages_folder_and_no_other_language_wrote_over_it(site_dir: Path):
    """Each language's build writes below its root only (pages, cards, the 404 page): a Dutch file never ends up
    with English content, and the English pages are all below en/."""
    languages = {
        page.relative_to(site_dir).as_posix(): parse_html(page).html["lang"]
        for page in built_pages(site_dir, with_404=True, with_cards=True)
    }
    assert {"404.html", "en/404.html", "insluiten/docent/index.html", "en/insluiten/docent/index.html"} <= set(
        languages
    )
    assert {page: lang for page, lang in languages.items() if lang != ("en" if page.startswith("en/") else "nl")} == {}


def test_a_moved_page_resolves_through_its_redirect_and_only_then_in_every_language(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    (project / "docs" / "open-data.md").rename(project / "docs" / "data.md")
    (project / "docs" / "open-data.en.md").rename(project / "docs" / "data.en.md")
    config = project / "mkdocs.yml"
    moved = config.read_text(encoding="utf-8").replace("  - open-data.md\n", "  - data.md\n")
    config.write_text(moved, encoding="utf-8")
    assert build(tmp_path / "without-redirect", project).returncode == 0
    assert address_problem(tmp_path / "without-redirect", "/open-data/") is not None

    config.write_text(moved.replace("redirect_maps: {}", "redirect_maps: {open-data.md: data.md}"), encoding="utf-8")
    assert build(tmp_path / "with-redirect", project).returncode == 0
    assert address_problem(tmp_path / "with-redirect", "/open-data/") is None
    assert address_problem(tmp_path / "with-redirect", "/open-data/#gebruik") is None
    assert address_problem(tmp_path / "with-redirect", "/open-data/#bestaat-niet") is not None
    # Each language's page moved with it: its old address leads to the new page in the same language.
    assert address_problem(tmp_path / "with-redirect", "/en/open-data/#gebruik") is None
    assert redirect_target(tmp_path / "with-redirect" / "open-data" / "index.html") == "../data/"
    assert redirect_target(tmp_path / "with-redirect" / "en" / "open-data" / "index.html") == "../data/"
    # The redirect is a script, which the policy written beside the site allows, or no browser would follow it.
    redirect = parse_html(tmp_path / "with-redirect" / "open-data" / "index.html").script.string
    assert "location.href" in redirect
    assert script_hash(redirect) in (tmp_path / "with-redirect.csp.conf").read_text(encoding="utf-8")
