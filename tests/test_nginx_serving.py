"""Debian's nginx with deploy/'s configuration: every page, the 404 page, types, caching and compression."""

import gzip
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urljoin

import pytest
from http_fetch import Response, fetch
from nginx_server import GENERATOR, http_port_of, nginx, run_generator
from site_content import built_pages, page_url, parse_html
from sitebuild import build
from tls_certificate import Certificate, fetch_https, self_signed

from security_policy import policy_file

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
    assert "clipboard-write=(self)" in permissions and {"camera=()", "geolocation=()", "microphone=()"} <= set(
        permissions
    )


def test_every_page_is_served_with_the_security_headers(site_dir: Path, nginx_url: str):
    for page in built_pages(site_dir, with_cards=True):
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
            assert (response.headers["Content-Security-Policy"], response.headers["Permissions-Policy"]) == (
                None,
                None,
            ), asset


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
        without_slash = fetch(url.removesuffix("/"))
        assert (without_slash.status, without_slash.headers["Location"]) == (301, "/mensenhandel/")


# --- Cross-origin rules: tips.json is for other sites, everything else for this one -------------------


def test_only_tips_json_may_be_read_by_other_sites(site_dir: Path, nginx_url: str):
    tips = fetch(nginx_url + "tips.json")
    assert tips.status == 200
    assert (tips.headers["Access-Control-Allow-Origin"], tips.headers["Cross-Origin-Resource-Policy"]) == (
        "*",
        "cross-origin",
    )
    stylesheet = next((site_dir / "assets" / "stylesheets").glob("main.*.min.css")).relative_to(site_dir).as_posix()
    for path in ["", "rollen/docent/", "search/search_index.json", stylesheet, "bestaat-niet"]:
        response = fetch(nginx_url + path)
        assert response.headers["Cross-Origin-Resource-Policy"] == "same-origin", path
        assert response.headers["Access-Control-Allow-Origin"] is None, path


# --- Hidden files and backups are not published ----------------------------------------------------------


HIDDEN = {
    ".git/config": "[core]\n",
    ".env": "SECRET=1\n",
    "index.html~": "old",
    "rollen/docent/index.html.bak": "old",
    "rollen/.index.html.swp": "swap",
    ".well-known-not/x": "x",
}


def test_hidden_files_and_editor_backups_under_the_site_folder_get_the_404_page(site_dir: Path, tmp_path: Path):
    copy = Path(shutil.copytree(site_dir, tmp_path / "site"))
    shutil.copy(policy_file(site_dir), policy_file(copy))
    for path, content in HIDDEN.items():
        (copy / path).parent.mkdir(parents=True, exist_ok=True)
        (copy / path).write_text(content)
    with nginx(copy) as url:
        for path in HIDDEN:
            response = fetch(url + path)
            assert (response.status, response.body) == (404, (copy / "404.html").read_bytes()), path
        assert fetch(url + "rollen/docent/").status == 200


# --- The generator refuses what it cannot write safely ---------------------------------------------------


def render_arguments(site_dir: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return run_generator(site_dir, *arguments)


@pytest.mark.parametrize(
    ("arguments", "option"),
    [
        (["--server-name", "x", "--frame-ancestors", "'self'\"; } server { listen 81; }"], "--frame-ancestors"),
        (["--server-name", "x", "--frame-ancestors", "https://intranet.example.nl/pad"], "--frame-ancestors"),
        (["--server-name", "x", "--frame-ancestors", "javascript:alert(1)"], "--frame-ancestors"),
        (["--server-name", "x", "--frame-ancestors", "'none' 'self'"], "--frame-ancestors"),
        (["--server-name", "x", "--base-path", "/a; } server { #/"], "--base-path"),
        (["--server-name", "x", "--base-path", "/../etc/"], "--base-path"),
        (["--server-name", "x", "--base-path", "mensenhandel/"], "--base-path"),
        (["--server-name", "tips.example.nl; return 200 x"], "--server-name"),
        (["--server-name", "_"], "--server-name"),
        (["--server-name", "-bad.example.nl"], "--server-name"),
        (["--server-name", "x", "--listen", "80; include /etc/passwd"], "--listen"),
        (["--server-name", "x", "--tls-listen", "99999"], "--tls-listen"),
        ([], "--server-name"),
        (["--server-name", "x", "--tls-cert", "/etc/hostname"], "--tls-key"),
        (["--server-name", "x", "--hsts-include-subdomains"], "needs TLS"),
    ],
    ids=[
        "frame-ancestors-injection",
        "frame-ancestors-path",
        "frame-ancestors-scheme",
        "frame-ancestors-none-plus",
        "base-path-injection",
        "base-path-dots",
        "base-path-relative",
        "server-name-injection",
        "server-name-catch-all",
        "server-name-hyphen",
        "listen-injection",
        "tls-listen-port",
        "no-server-name",
        "cert-without-key",
        "hsts-without-tls",
    ],
)
def test_hostile_or_wrong_generator_arguments_are_refused_and_never_written(
    site_dir: Path, arguments: list[str], option: str
):
    result = render_arguments(site_dir, *arguments)
    assert result.returncode == 2 and result.stdout == ""
    assert option in result.stderr.splitlines()[-1]


def test_a_path_nginx_would_misread_is_refused(site_dir: Path, tmp_path: Path):
    odd = Path(shutil.copytree(site_dir, tmp_path / "site; } x {"))
    result = render_arguments(odd, "--server-name", "tips.example.nl")
    assert result.returncode == 2 and result.stdout == "" and "site folder" in result.stderr


def test_the_plain_configuration_says_hsts_needs_tls_and_sends_none(site_dir: Path, nginx_url: str):
    rendered = render_arguments(site_dir, "--server-name", "tips.example.nl")
    assert rendered.returncode == 0, rendered.stderr
    header = [line for line in rendered.stdout.splitlines() if line.startswith("#")][:8]
    assert any("HSTS needs TLS" in line for line in header)
    directives = [line.strip() for line in rendered.stdout.splitlines() if not line.strip().startswith("#")]
    assert not any("Strict-Transport-Security" in line or line.startswith("ssl") for line in directives)
    assert fetch(nginx_url).headers["Strict-Transport-Security"] is None


# --- TLS: HTTPS with HSTS and HTTP/2, and HTTP redirected to it ---------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    return self_signed(tmp_path_factory.mktemp("tls"))


def test_with_tls_https_serves_the_site_with_hsts_over_http2_and_http_redirects_to_it(
    site_dir: Path, certificate: Certificate
):
    with nginx(site_dir, tls=(certificate.certificate, certificate.key)) as url:
        page, protocol = fetch_https(url + "rollen/docent/", certificate)
        assert page.status == 200 and page.body == (site_dir / "rollen" / "docent" / "index.html").read_bytes()
        assert page.headers["Strict-Transport-Security"] == "max-age=63072000"
        assert_security_headers(page, site_dir)
        assert protocol == "h2"
        plain = fetch(f"http://127.0.0.1:{http_port_of(url)}/rollen/docent/")
        assert (plain.status, plain.headers["Location"]) == (301, url + "rollen/docent/")


def test_tls_settings_are_mozillas_intermediate_and_include_subdomains_only_behind_its_flag(
    site_dir: Path, certificate: Certificate
):
    tls = ["--tls-cert", str(certificate.certificate), "--tls-key", str(certificate.key)]
    rendered = render_arguments(site_dir, "--server-name", "tips.example.nl", *tls).stdout
    assert "ssl_protocols TLSv1.2 TLSv1.3;" in rendered and "ssl_prefer_server_ciphers off;" in rendered
    assert f"ssl_dhparam {GENERATOR.with_name('ffdhe2048.pem')};" in rendered
    assert 'add_header Strict-Transport-Security "max-age=63072000" always;' in rendered
    with_subdomains = render_arguments(site_dir, "--server-name", "tips.example.nl", *tls, "--hsts-include-subdomains")
    assert (
        'add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;' in with_subdomains.stdout
    )
    old, new = (
        render_arguments(site_dir, "--server-name", "x", *tls, "--nginx-version", version).stdout
        for version in ("1.22.1", "1.26.3")
    )
    assert "listen 443 ssl http2;" in old and "http2 on;" not in old
    assert "listen 443 ssl;" in new and "http2 on;" in new
