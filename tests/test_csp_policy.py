"""The policy the build writes: a hash for each inline script, nothing unsafe, and a build that refuses inline handlers."""

import base64
import hashlib
from pathlib import Path

import pytest

from http_fetch import fetch
from sitebuild import build, copy_project
from site_content import parse_html

REQUIRED_DIRECTIVES = {
    "default-src": ["'self'"],
    "worker-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "style-src": ["'self'"],
    "frame-ancestors": ["'self'"],
}


def served_policy(nginx_url: str) -> dict[str, list[str]]:
    header = fetch(nginx_url).headers["Content-Security-Policy"]
    return {name: sources for name, *sources in (directive.split() for directive in header.split("; "))}


def inline_script_hashes(site_dir: Path) -> set[str]:
    """The sha256 source of every inline script a browser runs, read with another parser than the hook's."""
    return {
        f"'sha256-{base64.b64encode(hashlib.sha256(script.string.encode()).digest()).decode()}'"
        for page in site_dir.rglob("*.html")
        for script in parse_html(page).find_all("script", src=False)
        if script.get("type") in (None, "text/javascript", "module")
    }


def test_the_policy_allows_the_builds_inline_scripts_by_hash_and_nothing_unsafe(site_dir: Path, nginx_url: str):
    policy = served_policy(nginx_url)
    hashes = inline_script_hashes(site_dir)
    assert len(hashes) >= 3, "Material's scope, palette and tabs scripts"
    assert policy["script-src"] == ["'self'", *sorted(hashes)]
    assert {name: policy[name] for name in REQUIRED_DIRECTIVES} == REQUIRED_DIRECTIVES
    assert not any(source.startswith(("'unsafe", "*", "http")) for sources in policy.values() for source in sources)


def test_the_policy_is_written_next_to_the_site_not_published_in_it(site_dir: Path):
    assert (site_dir.parent / f"{site_dir.name}.csp.conf").is_file()
    assert list(site_dir.rglob("*.csp.conf")) == []


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<button onclick="history.back()">Terug</button>', "onclick="),
        ('<p style="color: red">Let op</p>', "style="),
        ('<a href="javascript:history.back()">Terug</a>', "href="),
    ],
    ids=["event-handler", "style-attribute", "javascript-url"],
)
def test_inline_code_no_hash_can_allow_fails_the_build(tmp_path: Path, markup: str, expected: str):
    project = copy_project(tmp_path / "project")
    with (project / "docs" / "index.md").open("a", encoding="utf-8") as markdown:
        markdown.write(f"\n{markup}\n")
    result = build(tmp_path / "site", project)
    assert result.returncode != 0
    assert "index.html: inline code a strict Content-Security-Policy blocks" in result.stderr
    assert expected in result.stderr
