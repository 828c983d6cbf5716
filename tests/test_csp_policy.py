"""The policy the build writes, and what the build refuses to publish.

- The policy: `default-src 'none'`, a hash for each inline script, nothing unsafe.
- Inline scripts: only the known ones (Material's and the redirect plugin's), recognised by what they do;
  a script that arrives through a title, a description or Markdown fails the build, naming the page.
- Resources: nothing from another host (images, scripts, styles, fonts, media); links are fine.

The cases of markup are read in-process by the hook's own page reader (`security_policy.PageCode`); real builds
show that a refusal stops the build naming the page (one build, with markup in a page, a title and a
description, which Material writes into every page). That the redirect plugin's script is allowed is shown
by the build of a moved page in test_public_addresses.py.
"""

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from http_fetch import fetch
from site_content import parse_html, script_hash
from sitebuild import LOCAL_SITE_URL, build, changed_copy

from security_policy import PageCode, content_security_policy

REQUIRED_DIRECTIVES = {
    "default-src": ["'none'"],
    "img-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "style-src": ["'self'"],
    "frame-ancestors": ["'self'"],
}
INJECTED = "<script>alert(1)</script>"
INJECTED_IN_DESCRIPTION = "<script>confirm(1)</script>"  # another script than the title's, told apart by what it reads


def served_policy(nginx_url: str) -> dict[str, list[str]]:
    header = fetch(nginx_url).headers["Content-Security-Policy"]
    return {name: sources for name, *sources in (directive.split() for directive in header.split("; "))}


def inline_script_hashes(site_dir: Path) -> set[str]:
    """The sha256 source of every inline script a browser runs, read with another parser than the hook's."""
    return {
        script_hash(script.string)
        for page in site_dir.rglob("*.html")
        for script in parse_html(page).find_all("script", src=False)
        if script.get("type") in (None, "text/javascript", "module")
    }


def test_the_policy_allows_the_builds_inline_scripts_by_hash_and_nothing_more(site_dir: Path, nginx_url: str):
    policy = served_policy(nginx_url)
    hashes = inline_script_hashes(site_dir)
    assert len(hashes) >= 3, "Material's scope, palette and tabs scripts"
    assert policy["script-src"] == ["'self'", *sorted(hashes)]
    assert policy == {**REQUIRED_DIRECTIVES, "script-src": policy["script-src"]}
    assert not any(source.startswith(("'unsafe", "*", "http")) for sources in policy.values() for source in sources)


def test_the_policy_is_written_next_to_the_site_not_published_in_it(site_dir: Path):
    assert (site_dir.parent / f"{site_dir.name}.csp.conf").is_file()
    assert list(site_dir.rglob("*.csp.conf")) == []


def refused(result, page: str, what: str) -> bool:
    """Whether the build failed and its message names `page` on a line that says `what`."""
    return result.returncode != 0 and any(line.startswith(page) and what in line for line in result.stderr.splitlines())


def read_by_the_hook(markup: str) -> PageCode:
    """`markup` in a page of the site at the suite's address, as the hook reads each built page."""
    site = urlsplit(LOCAL_SITE_URL)
    code = PageCode((site.scheme, site.netloc))
    code.feed(f"<!doctype html><html><body><article>\n{markup}\n</article></body></html>")
    code.close()
    return code


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<button onclick="history.back()">Terug</button>', "onclick="),
        ('<p style="color: red">Let op</p>', "style="),
        ('<a href="javascript:history.back()">Terug</a>', "href="),
    ],
    ids=["event-handler", "style-attribute", "javascript-url"],
)
def test_inline_code_no_hash_can_allow_is_refused(markup: str, expected: str):
    [problem] = read_by_the_hook(markup).problems
    assert problem.startswith("inline code a strict Content-Security-Policy blocks") and expected in problem


def test_code_a_strict_policy_blocks_fails_the_build_naming_every_page_it_lands_on(tmp_path: Path):
    """One build with the three ways in: a script in a title, in the site's description, and an image from
    another host in a page's Markdown. The build names each, on every page it lands on, and writes no policy.

    - Through the navigation the title reaches every page. (A front matter title with markup is refused
      earlier, by the content model; a title in `nav`, which is also a Dutch interface text of
      data/teksten.nl.yml, reaches this check.)
    - Material writes the description into a `<meta>` attribute unescaped: a quote ends it, and a script
      follows. (A front matter description with markup is refused earlier.)
    - An emoji shortcode becomes an image, which Material's default would load from a CDN."""
    project = changed_copy(
        tmp_path, "mkdocs.yml", "  - rollen/docent.md\n", f'  - "Docent{INJECTED}": rollen/docent.md\n'
    )
    config = project / "mkdocs.yml"
    description = "site_description: >-\n  "
    config.write_text(
        config.read_text(encoding="utf-8").replace(description, f'{description}">{INJECTED_IN_DESCRIPTION} ', 1),
        encoding="utf-8",
    )
    texts = project / "data" / "teksten.nl.yml"
    texts.write_text(texts.read_text(encoding="utf-8") + f'  docent_in_menu: "Docent{INJECTED}"\n', encoding="utf-8")
    for other in (project / "data").glob("teksten.*.yml"):
        if other != texts:
            other.write_text(other.read_text(encoding="utf-8") + "  docent_in_menu: Teacher\n", encoding="utf-8")
    with (project / "docs" / "veilig-internetten.md").open("a", encoding="utf-8") as markdown:
        markdown.write("\n:smile:\n")
    result = build(tmp_path / "site", project)
    assert refused(
        result, "rollen/docent/index.html (from docs/rollen/docent.md)", "an inline <script> that is none of the known"
    )
    assert refused(result, "index.html (from docs/index.md)", "reads alert")
    assert refused(result, "404.html", "reads alert")
    assert refused(result, "404.html", "reads confirm")
    assert refused(
        result, "veilig-internetten/index.html (from docs/veilig-internetten.md)", "a resource from another host"
    )
    assert "https://cdn.jsdelivr.net/" in result.stderr
    assert not (tmp_path / "site.csp.conf").exists()


@pytest.mark.parametrize(
    "script",
    [
        INJECTED,
        '<script>document.body.dataset.x = "1"</script>',
        '<script>__md_scope=new URL("https://evil.example/",location),__md_get=e=>1,__md_set=e=>1</script>',
        '<script type="text/plain">alert(1)</script>',
        '<script type="application/json" id="data">{"a": 1}</script>',
    ],
    ids=["alert", "changes-the-page", "scope-to-another-host", "other-type", "other-json"],
)
def test_a_raw_script_in_a_page_is_refused(script: str):
    code = read_by_the_hook(script)
    assert [problem.startswith("an inline <script> that is none of the known") for problem in code.problems] == [True]
    assert code.scripts == []


def test_materials_scripts_minified_differently_are_still_known():
    """The same statements with other local names, spacing and quotes, as another minifier writes them."""
    scope = (
        "__md_scope = new URL('.', location), __md_hash = s => [...s].reduce((a, c) => (a << 5) - a + c.charCodeAt(0), 0),"
        " __md_get = (k, s = localStorage, sc = __md_scope) => JSON.parse(s.getItem(sc.pathname + '.' + k)),"
        " __md_set = (k, v, s = localStorage, sc = __md_scope) => { try { s.setItem(sc.pathname + '.' + k, JSON.stringify(v)) } catch (x) {} }"
    )
    tabs = (
        "var target = document.getElementById(location.hash.slice(1));\n"
        "if (target && target.name) { target.checked = target.name.startsWith('__tabbed_') }"
    )
    code = read_by_the_hook(f"<script>{scope}</script>\n<script>{tabs}</script>")
    assert code.problems == []
    policy = content_security_policy({*map(script_hash, code.scripts)}, set())
    for script in (scope, tabs):
        assert script_hash(script) in policy


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<img src="https://example.org/x.png" alt="x">', "<img src='https://example.org/x.png'>"),
        ('<img src="x.png" srcset="x.png 1x, //example.org/x2.png 2x" alt="x">', "<img srcset='//example.org/x2.png'>"),
        ('<script src="https://example.org/x.js"></script>', "<script src='https://example.org/x.js'>"),
        ('<link rel="stylesheet" href="https://example.org/x.css">', "<link href='https://example.org/x.css'>"),
        (
            '<link rel="preload" as="font" href="https://example.org/x.woff2">',
            "<link href='https://example.org/x.woff2'>",
        ),
        ('<link rel="icon" href="http://example.org/favicon.ico">', "<link href='http://example.org/favicon.ico'>"),
        ('<video src="https://example.org/x.mp4"></video>', "<video src='https://example.org/x.mp4'>"),
        ('<audio><source src="https://example.org/x.mp3"></audio>', "<source src='https://example.org/x.mp3'>"),
        ('<iframe src="https://example.org/"></iframe>', "<iframe src='https://example.org/'>"),
        ('<object data="https://example.org/x.svg"></object>', "<object data='https://example.org/x.svg'>"),
        (
            "<style>@font-face { font-family: x; src: url(https://example.org/x.woff2) }</style>",
            "url('https://example.org/x.woff2')",
        ),
        ('<style>@import "https://example.org/x.css";</style>', "url('https://example.org/x.css')"),
    ],
    ids=[
        "img",
        "srcset",
        "script",
        "stylesheet",
        "preload-font",
        "icon",
        "video",
        "source",
        "iframe",
        "object",
        "style-url",
        "style-import",
    ],
)
def test_a_resource_from_another_host_is_refused(markup: str, expected: str):
    [problem] = read_by_the_hook(markup).problems
    assert problem.startswith("a resource from another host") and expected in problem, problem


def test_links_to_other_hosts_and_resources_of_the_site_itself_are_fine():
    markup = (
        '<a href="https://www.politie.nl/">Politie</a>\n'
        '<img src="../assets/images/x.png" alt="x">\n'
        '<img src="http://127.0.0.1:8000/assets/images/x.png" alt="x">\n'
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="x">'
    )
    assert read_by_the_hook(markup).problems == []
