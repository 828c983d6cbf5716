"""Debian's nginx with deploy/'s configuration: every page, the 404 page, types, caching and compression;
only the site at its own address (SITE_URL, from the build), hardened answers, and what the generator refuses.

One nginx per configuration: the suite's root build (`nginx_url`), and the sub-path build for HTTPS, once
served over plain HTTP (`sub_path_url`) and once with TLS (`tls_url`)."""

import gzip
import json
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urljoin

import pytest
from chromium import Visit
from http_fetch import Response, fetch
from nginx_server import (
    DEFAULT_ROOT_FILES,
    GENERATOR,
    SUB_PATH_SITE_URL,
    http_port_of,
    nginx,
    run_generator,
    send,
)
from site_content import built_pages, page_url, parse_html
from static_server import serve
from tls_certificate import Certificate, fetch_https, self_signed

from hosting import ascii_host
from security_policy import policy_file

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}
FINGERPRINTED = re.compile(r"\.[0-9a-f]{8}\.min\.(js|css)$")
INTRANET = "https://intranet.example"


@pytest.fixture(scope="module")
def sub_path_site(site_variant: Callable[[dict[str, str]], Path]) -> Path:
    return site_variant({"SITE_URL": SUB_PATH_SITE_URL})


@pytest.fixture(scope="module")
def sub_path_url(sub_path_site: Path) -> Iterator[str]:
    with nginx(sub_path_site, frame_ancestors=f"'self' {INTRANET}") as url:
        yield url


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    return self_signed(tmp_path_factory.mktemp("tls"))


@pytest.fixture(scope="module")
def tls_url(sub_path_site: Path, certificate: Certificate) -> Iterator[str]:
    with nginx(sub_path_site, tls=(certificate.certificate, certificate.key)) as url:
        yield url


def port_of(url: str) -> int:
    return int(url.split(":")[2].split("/")[0])


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


def test_an_unknown_address_gets_the_404_page_of_its_language_with_status_404(site_dir: Path, nginx_url: str):
    response = fetch(nginx_url + "rollen/bestaat-niet")
    assert response.status == 404
    assert response.body == (site_dir / "404.html").read_bytes()
    assert parse_html(site_dir / "404.html").h1.get_text() == "Pagina niet gevonden"
    assert_security_headers(response, site_dir)
    english = fetch(nginx_url + "en/rollen/bestaat-niet")
    assert english.status == 404 and english.body == (site_dir / "en" / "404.html").read_bytes()
    assert [parse_html(site_dir / page).html["lang"] for page in ("404.html", "en/404.html")] == ["nl", "en"]


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


def test_frame_ancestors_come_from_the_configuration_and_the_sub_path_from_the_build(
    sub_path_site: Path, sub_path_url: str
):
    site_dir, url = sub_path_site, sub_path_url
    assert url.endswith("/mensenhandel/")
    page, missing = fetch(url + "rollen/docent/"), fetch(url + "bestaat-niet")
    assert page.status == 200 and page.body == (site_dir / "rollen" / "docent" / "index.html").read_bytes()
    assert_security_headers(page, site_dir, frame_ancestors=f"'self' {INTRANET}")
    assert missing.status == 404 and missing.body == (site_dir / "404.html").read_bytes()
    stylesheets = [link["href"] for link in parse_html(site_dir / "404.html").select("link[rel=stylesheet]")]
    assert stylesheets and all(fetch(urljoin(url, href)).status == 200 for href in stylesheets)
    assert fetch(url.removesuffix("mensenhandel/") + "rollen/docent/").status == 404
    without_slash = fetch(url.removesuffix("/"))
    assert (without_slash.status, without_slash.headers["Location"]) == (301, "/mensenhandel/")


# --- Only the site, at its own address ------------------------------------------------------------------


def test_outside_the_base_path_is_the_404_page_never_nginxs_default_root(sub_path_site: Path, sub_path_url: str):
    """nginx's default root holds a page and a file here, as Debian's holds its welcome page."""
    targets = ["/", "/index.html", "/file", "/mensenhandel/..%2ffile", "/mensenhandel/..%2Findex.html", "/x/../file"]
    for target in targets:
        response = send(port_of(sub_path_url), target)
        assert (response.status, response.body) == (404, (sub_path_site / "404.html").read_bytes()), target
    assert not any(text.encode() in response.body for text in DEFAULT_ROOT_FILES.values())


@pytest.mark.parametrize(
    ("target", "host"),
    [
        ("/mensenhandel/rollen/docent/", "evil.example"),
        ("/mensenhandel/rollen/docent/", "a@evil.example"),
        ("http://evil.example/mensenhandel/rollen/docent/", "intranet.voorbeeld.nl"),
        ("http://evil.example/mensenhandel/rollen/docent/", "evil.example"),
    ],
    ids=["host", "host-with-user-info", "absolute-form", "absolute-form-and-host"],
)
def test_http_redirects_to_site_url_whatever_name_the_request_gives(tls_url: str, target: str, host: str):
    response = send(http_port_of(tls_url), target, headers={"Host": host})
    assert (response.status, response.headers["Location"]) == (301, SUB_PATH_SITE_URL + "rollen/docent/")


ERROR_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"


@pytest.mark.parametrize(
    ("method", "target", "headers", "status"),
    [
        ("GET", "/mensenhandel/", {"Host": "a b"}, 400),
        ("TRACE", "/mensenhandel/", {}, 405),
        ("POST", "/mensenhandel/assets/stylesheets/site.css", {"Content-Length": "0"}, 405),
        ("GET", "/mensenhandel/" + "a" * 9000, {}, 414),
        ("GET", "/mensenhandel/bestaat-niet", {}, 404),
    ],
    ids=["400", "405-method", "405-post", "414", "404"],
)
def test_error_answers_carry_the_hardening_headers_and_are_stored_nowhere(
    sub_path_site: Path, sub_path_url: str, method: str, target: str, headers: dict[str, str], status: int
):
    response = send(port_of(sub_path_url), target, method, headers)
    assert response.status == status
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value, name
    assert response.headers["Cross-Origin-Resource-Policy"] == "same-origin"
    assert response.headers["Cache-Control"] == "no-store"
    if status == 404:  # the site's own page, with its own policy
        assert_security_headers(response, sub_path_site, frame_ancestors=f"'self' {INTRANET}")
    else:  # nginx's page: nothing may run in it or frame it
        assert response.headers["Content-Security-Policy"] == ERROR_POLICY


def test_a_thousand_ranges_of_tips_json_get_the_file_at_most_once(sub_path_site: Path, sub_path_url: str):
    size = (sub_path_site / "tips.json").stat().st_size
    # Together no longer than the file: nginx itself ignores ranges that add up to more.
    ranges = "bytes=" + ",".join([f"0-{size // 1000 - 1}"] * 1000)
    response = send(port_of(sub_path_url), "/mensenhandel/tips.json", headers={"Range": ranges})
    assert response.status == 200 and len(response.body) == size
    single = send(port_of(sub_path_url), "/mensenhandel/tips.json", headers={"Range": "bytes=0-9"})
    assert (single.status, single.body) == (206, (sub_path_site / "tips.json").read_bytes()[:10])


def test_the_preflight_of_tips_json_allows_a_get_with_request_headers_of_its_own(sub_path_url: str):
    """What a browser sends before `fetch(tips.json, {headers: {...}})` from an intranet page, and what it needs
    back (Fetch standard, CORS-preflight fetch): an ok status, the origin, the method and the headers."""
    preflight = {
        "Origin": INTRANET,
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "content-type, x-requested-with, x-intranet-page",
    }
    response = send(port_of(sub_path_url), "/mensenhandel/tips.json", "OPTIONS", preflight)
    assert 200 <= response.status < 300 and response.body == b""
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "GET" in response.headers["Access-Control-Allow-Methods"].split(", ")
    assert response.headers["Access-Control-Allow-Headers"] == "*"
    assert response.headers["Cross-Origin-Resource-Policy"] == "cross-origin"
    page = send(port_of(sub_path_url), "/mensenhandel/rollen/docent/", "OPTIONS", preflight)
    assert page.status == 405 and page.headers["Access-Control-Allow-Origin"] is None


def test_an_intranet_page_reads_tips_json_with_request_headers_of_its_own_in_chromium(
    sub_path_site: Path, sub_path_url: str, tmp_path: Path, visit: Visit
):
    """Headers that are not CORS-safelisted make Chromium ask first (the preflight), then fetch."""
    (tmp_path / "index.html").write_text("<!doctype html><html lang=nl><title>Intranet</title></html>")
    (tmp_path / "404.html").write_text("<!doctype html><html lang=nl><title>404</title></html>")
    read = """async url => {
      const headers = {"Content-Type": "application/json", "X-Requested-With": "intranet"};
      return (await (await fetch(url, {headers})).json()).rollen.map(role => role.pagina);
    }"""
    with serve(tmp_path) as intranet:
        assert port_of(intranet) != port_of(sub_path_url)
        visit.page.goto(intranet)
        roles = visit.page.evaluate(read, sub_path_url + "tips.json")
    assert roles == [role["pagina"] for role in json.loads((sub_path_site / "tips.json").read_text())["rollen"]]


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
        for path in [*HIDDEN, ".hosting/site.json", ".hosting/ffdhe2048.pem"]:
            response = fetch(url + path)
            assert (response.status, response.body) == (404, (copy / "404.html").read_bytes()), path
        assert fetch(url + "rollen/docent/").status == 200


# --- The generator refuses what it cannot write safely ---------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "option"),
    [
        (["--frame-ancestors", "'self'\"; } server { listen 81; }"], "--frame-ancestors"),
        (["--frame-ancestors", "https://intranet.example.nl/pad"], "--frame-ancestors"),
        (["--frame-ancestors", "javascript:alert(1)"], "--frame-ancestors"),
        (["--frame-ancestors", "'none' 'self'"], "--frame-ancestors"),
        (["--base-path", "/a; } server { #/"], "--base-path"),
        (["--base-path", "/../etc/"], "--base-path"),
        (["--base-path", "mensenhandel/"], "--base-path"),
        (["--server-name", "tips.example.nl; return 200 x"], "--server-name"),
        (["--server-name", "_"], "--server-name"),
        (["--server-name", "-bad.example.nl"], "--server-name"),
        (["--listen", "80; include /etc/passwd"], "--listen"),
        (["--tls-listen", "99999"], "--tls-listen"),
        (["--tls-cert", "/etc/hostname"], "--tls-key"),
        (["--hsts-include-subdomains"], "needs TLS"),
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
        "cert-without-key",
        "hsts-without-tls",
    ],
)
def test_hostile_or_wrong_generator_arguments_are_refused_and_never_written(
    site_dir: Path, arguments: list[str], option: str
):
    result = run_generator(site_dir, *arguments)
    assert result.returncode == 2 and result.stdout == ""
    assert option in result.stderr.splitlines()[-1]


def test_the_address_comes_from_the_build_and_a_flag_that_disagrees_is_refused(sub_path_site: Path):
    rendered = run_generator(sub_path_site)
    assert rendered.returncode == 0, rendered.stderr
    assert "    server_name intranet.voorbeeld.nl;" in rendered.stdout
    assert f"location /mensenhandel/ {{\n        alias {sub_path_site}/;" in rendered.stdout
    assert "error_page 404 $de_reis_not_found_page;" in rendered.stdout
    assert '"~^/mensenhandel/en/"  "/mensenhandel/en/404.html";' in rendered.stdout
    assert 'default  "/mensenhandel/404.html";' in rendered.stdout
    agreeing = run_generator(sub_path_site, "--server-name", "Intranet.Voorbeeld.nl", "--base-path", "/mensenhandel/")
    assert (agreeing.returncode, agreeing.stdout) == (0, rendered.stdout), agreeing.stderr
    for option, value, built in (
        ("--base-path", "/tips/", "'/mensenhandel/'"),
        ("--server-name", "tips.example.nl", "'intranet.voorbeeld.nl'"),
    ):
        refused = run_generator(sub_path_site, option, value)
        assert refused.returncode == 2 and refused.stdout == ""
        assert refused.stderr.splitlines()[-1].endswith(
            f"error: {option} {value!r} disagrees with the site, built for {SUB_PATH_SITE_URL} ({built}): "
            f"rebuild with the SITE_URL the site will have, or leave out {option}"
        )


def address_only_site(folder: Path, site_url: str) -> Path:
    """A site folder with nothing but the address a build writes (and a policy next to it)."""
    site = folder / "site"
    (site / ".hosting").mkdir(parents=True)
    (site / ".hosting" / "site.json").write_text(json.dumps({"site_url": site_url, "other_languages": ["en"]}))
    (folder / "site.csp.conf").write_text("set $content_security_policy \"default-src 'none'\";\n")
    return site


@pytest.mark.parametrize(
    ("site_url", "expected"),
    [
        ("https://tips.example.nl/.git/", "would hide the whole site under '.git'"),
        ("https://tips.example.nl/a/.well-known/", "would hide the whole site under '.well-known'"),
        ("https://tips.example.nl/tips~/", "would hide the whole site under 'tips~'"),
        ("https://tips.example.nl/oud.bak/", "would hide the whole site under 'oud.bak'"),
        ("https://user@tips.example.nl/", "is not a site address"),
        ("https://tips.example.nl;return 200 x/", "is not a hostname"),
    ],
    ids=["dot-git", "dot-segment", "tilde", "backup", "user-info", "injection"],
)
def test_an_address_the_server_cannot_answer_for_is_refused(tmp_path: Path, site_url: str, expected: str):
    site = address_only_site(tmp_path, site_url)
    result = run_generator(site)
    assert result.returncode == 2 and result.stdout == ""
    last = result.stderr.splitlines()[-1]
    assert f"site.json: site_url {site_url!r}" in last and expected in last


def test_a_site_folder_without_the_builds_address_is_refused(tmp_path: Path):
    site = address_only_site(tmp_path, "https://tips.example.nl/")
    (site / ".hosting" / "site.json").unlink()
    result = run_generator(site)
    assert result.returncode == 2 and "cannot read the site's address" in result.stderr.splitlines()[-1]
    (site / ".hosting" / "site.json").write_text(json.dumps({"site_url": "https://t.nl/", "other_languages": ["en/"]}))
    result = run_generator(site)
    assert result.returncode == 2 and result.stderr.splitlines()[-1].endswith(
        "other_languages ['en/']: expected a list of two-letter language codes, as the build writes it; rebuild the site"
    )


def test_a_path_nginx_would_misread_is_refused(site_dir: Path, tmp_path: Path):
    odd = Path(shutil.copytree(site_dir, tmp_path / "site; } x {"))
    result = run_generator(odd)
    assert result.returncode == 2 and result.stdout == "" and "site folder" in result.stderr


def test_the_plain_configuration_says_hsts_needs_tls_and_sends_none(site_dir: Path, nginx_url: str):
    rendered = run_generator(site_dir)
    assert rendered.returncode == 0, rendered.stderr
    header = [line for line in rendered.stdout.splitlines() if line.startswith("#")][:8]
    assert any("HSTS needs TLS" in line for line in header)
    directives = [line.strip() for line in rendered.stdout.splitlines() if not line.strip().startswith("#")]
    assert not any("Strict-Transport-Security" in line or line.startswith("ssl") for line in directives)
    assert fetch(nginx_url).headers["Strict-Transport-Security"] is None


# --- TLS: HTTPS with HSTS and HTTP/2, and HTTP redirected to it ---------------------------------------------


def test_with_tls_https_serves_the_site_with_hsts_over_http2_and_http_redirects_to_it(
    sub_path_site: Path, certificate: Certificate, tls_url: str
):
    page, protocol = fetch_https(tls_url + "rollen/docent/", certificate)
    assert page.status == 200 and page.body == (sub_path_site / "rollen" / "docent" / "index.html").read_bytes()
    assert page.headers["Strict-Transport-Security"] == "max-age=63072000"
    assert_security_headers(page, sub_path_site)
    assert protocol == "h2"
    missing, _ = fetch_https(tls_url + "bestaat-niet", certificate)
    assert missing.status == 404 and missing.headers["Strict-Transport-Security"] == "max-age=63072000"
    assert missing.headers["Cache-Control"] == "no-store"
    plain = fetch(f"http://127.0.0.1:{http_port_of(tls_url)}/mensenhandel/rollen/docent/")
    assert (plain.status, plain.headers["Location"]) == (301, SUB_PATH_SITE_URL + "rollen/docent/")


def test_tls_needs_a_site_built_for_https(site_dir: Path, certificate: Certificate):
    result = run_generator(site_dir, "--tls-cert", str(certificate.certificate), "--tls-key", str(certificate.key))
    assert result.returncode == 2 and result.stdout == ""
    assert "build it with an https:// SITE_URL to serve HTTPS" in result.stderr.splitlines()[-1]


def test_tls_settings_are_mozillas_intermediate_and_include_subdomains_only_behind_its_flag(
    sub_path_site: Path, certificate: Certificate
):
    tls = ["--tls-cert", str(certificate.certificate), "--tls-key", str(certificate.key)]
    rendered = run_generator(sub_path_site, *tls).stdout
    assert "ssl_protocols TLSv1.2 TLSv1.3;" in rendered and "ssl_prefer_server_ciphers off;" in rendered
    assert f"ssl_dhparam {sub_path_site}/.hosting/ffdhe2048.pem;" in rendered
    assert 'add_header Strict-Transport-Security "max-age=63072000" always;' in rendered
    with_subdomains = run_generator(sub_path_site, *tls, "--hsts-include-subdomains")
    assert (
        'add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;' in with_subdomains.stdout
    )
    old, new = (
        run_generator(sub_path_site, *tls, "--nginx-version", version).stdout for version in ("1.22.1", "1.26.3")
    )
    assert "listen 443 ssl http2;" in old and "http2 on;" not in old
    assert "listen 443 ssl;" in new and "http2 on;" in new


def test_the_configuration_refers_to_nothing_inside_the_checkout(sub_path_site: Path, certificate: Certificate):
    """Moving or deleting the checkout must not break nginx: every path in the file is outside it."""
    tls = ["--tls-cert", str(certificate.certificate), "--tls-key", str(certificate.key)]
    rendered = run_generator(sub_path_site, *tls, "--hsts-include-subdomains")
    assert rendered.returncode == 0, rendered.stderr
    paths = re.findall(r"(?<![\w.:/])/[\w.~-]+(?:/[\w.~-]+)+", rendered.stdout)
    assert {f"{sub_path_site}/.hosting/ffdhe2048.pem", str(certificate.certificate)} <= set(paths)
    checkout = GENERATOR.parents[1]
    assert [path for path in paths if Path(path).is_relative_to(checkout)] == []


def test_an_idn_site_is_served_under_the_name_browsers_send(tmp_path: Path):
    """SITE_URL is written as visitors read it; the build hands nginx the ASCII name of the Host header."""
    assert ascii_host("https://bücher.example.nl:8443/tips/") == "https://xn--bcher-kva.example.nl:8443/tips/"
    site = address_only_site(tmp_path, ascii_host("https://bücher.example.nl/"))
    rendered = run_generator(site, "--listen", "8080")
    assert rendered.returncode == 0, rendered.stderr
    assert "    server_name xn--bcher-kva.example.nl;" in rendered.stdout
