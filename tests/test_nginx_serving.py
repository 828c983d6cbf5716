"""Debian's nginx with deploy/'s configuration: every page, the 404 page, types, caching and compression."""

import gzip
import re
from pathlib import Path
from urllib.parse import urljoin

import pytest

from security_policy import policy_file
from http_fetch import Response, fetch
from nginx_server import nginx
from sitebuild import build
from site_content import built_pages, page_url, parse_html

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}
FINGERPRINTED = re.compile(r"\.[0-9a-f]{8}\.min\.(js|css)$")


def built_policy(site_dir: Path) -> str:
    return re.search(r'set \$content_security_policy "([^"]+)";', policy_file(site_dir).read_text())[1]


def assert_security_headers(response: Response, site_dir: Path, frame_ancestors: str = "'self'") -> None:
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value, name
    assert response.headers["Content-Security-Policy"] == f"{built_policy(site_dir)}; frame-ancestors {frame_ancestors}"
    permissions = response.headers["Permissions-Policy"].split(", ")
    assert "clipboard-write=(self)" in permissions and {"camera=()", "geolocation=()", "microphone=()"} <= set(permissions)


def test_every_page_is_served_with_the_security_headers(site_dir: Path, nginx_url: str):
    for page in built_pages(site_dir):
        response = fetch(nginx_url + page_url(site_dir, page))
        assert response.status == 200, page
        assert response.headers["Content-Type"] == "text/html; charset=utf-8"
        assert response.headers["Cache-Control"] == "no-cache"
        assert response.body == page.read_bytes()
        assert_security_headers(response, site_dir)


def test_an_unknown_address_gets_the_dutch_404_page_with_status_404(site_dir: Path, nginx_url: str):
    response = fetch(nginx_url + "rollen/bestaat-niet")
    assert response.status == 404
    assert response.body == (site_dir / "404.html").read_bytes()
    assert parse_html(site_dir / "404.html").h1.get_text() == "Pagina niet gevonden"
    assert_security_headers(response, site_dir)


def test_search_index_worker_and_styles_have_their_types(site_dir: Path, nginx_url: str):
    worker = next((site_dir / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    stylesheet = next((site_dir / "assets" / "stylesheets").glob("main.*.min.css"))
    types = {
        "search/search_index.json": "application/json; charset=utf-8",
        worker.relative_to(site_dir).as_posix(): "application/javascript; charset=utf-8",
        stylesheet.relative_to(site_dir).as_posix(): "text/css; charset=utf-8",
        "sitemap.xml": "text/xml; charset=utf-8",
    }
    for path, content_type in types.items():
        response = fetch(nginx_url + path)
        assert (response.status, response.headers["Content-Type"]) == (200, content_type), path


def test_scripts_and_styles_get_nosniff_and_only_the_search_workers_a_policy(site_dir: Path, nginx_url: str):
    """A worker runs under the policy sent with its own script: the query worker and Material's worker."""
    workers = set((site_dir / "assets" / "javascripts" / "workers").glob("*.js"))
    assert {worker.name.split(".")[0] for worker in workers} == {"search", "search-query"}
    for asset in [*site_dir.rglob("*.js"), *site_dir.rglob("*.css")]:
        response = fetch(nginx_url + asset.relative_to(site_dir).as_posix())
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        if asset in workers:
            assert_security_headers(response, site_dir)
        else:
            assert (response.headers["Content-Security-Policy"], response.headers["Permissions-Policy"]) == (None, None), asset


def test_fingerprinted_assets_are_cached_for_a_year_and_the_rest_briefly(site_dir: Path, nginx_url: str):
    assets = [path for path in site_dir.rglob("*") if FINGERPRINTED.search(path.name)]
    assert len(assets) >= 4, "Material's bundle, search worker, main and palette styles"
    for asset in assets:
        response = fetch(nginx_url + asset.relative_to(site_dir).as_posix())
        assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable", asset
    assert fetch(nginx_url + "search/search_index.json").headers["Cache-Control"] == "no-cache"
    assert fetch(nginx_url + "assets/stylesheets/site.css").headers["Cache-Control"] == "public, max-age=3600"


@pytest.mark.parametrize("path", ["", "rollen/docent/", "search/search_index.json", "assets/stylesheets/site.css"])
def test_text_is_sent_gzipped_to_clients_that_accept_it(site_dir: Path, nginx_url: str, path: str):
    file = site_dir / path / "index.html" if path.endswith("/") or not path else site_dir / path
    plain, compressed = fetch(nginx_url + path), fetch(nginx_url + path, accept_encoding="gzip")
    assert plain.headers["Content-Encoding"] is None and plain.body == file.read_bytes()
    assert compressed.headers["Content-Encoding"] == "gzip" and compressed.headers["Vary"] == "Accept-Encoding"
    assert gzip.decompress(compressed.body) == file.read_bytes()
    assert len(compressed.body) < len(plain.body) / 2


def test_a_directory_without_its_slash_is_redirected_relatively(nginx_url: str):
    response = fetch(nginx_url + "rollen/docent")
    assert (response.status, response.headers["Location"]) == (301, "/rollen/docent/")


def test_frame_ancestors_and_a_sub_path_come_from_the_configuration(tmp_path: Path):
    site_dir = tmp_path / "site"
    assert build(site_dir, env={"SITE_URL": "https://intranet.example/mensenhandel/"}).returncode == 0
    with nginx(site_dir, base_path="/mensenhandel/", frame_ancestors="'self' https://intranet.example") as url:
        assert url.endswith("/mensenhandel/")
        page, missing = fetch(url + "rollen/docent/"), fetch(url + "bestaat-niet")
        assert page.status == 200 and page.body == (site_dir / "rollen" / "docent" / "index.html").read_bytes()
        assert_security_headers(page, site_dir, frame_ancestors="'self' https://intranet.example")
        assert missing.status == 404 and missing.body == (site_dir / "404.html").read_bytes()
        stylesheets = [link["href"] for link in parse_html(site_dir / "404.html").select("link[rel=stylesheet]")]
        assert stylesheets and all(fetch(urljoin(url, href)).status == 200 for href in stylesheets)
        assert fetch(url.removesuffix("mensenhandel/") + "rollen/docent/").status == 404
