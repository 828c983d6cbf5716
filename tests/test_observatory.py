"""Mozilla's HTTP Observatory grades the TLS configuration A+ (110 or more), scanning nginx on loopback.

The scanner is the npm package `@mdn/mdn-http-observatory` (pinned in package-lock.json), run with its
own fetcher and grader: `src/scan.js HOST` fetches http://HOST/ and https://HOST/, so nginx listens
on 80 and 443, in a network namespace of its own (tests/private_network.py). Two things the scanner
needs are given to it, found in its source:

- Trust for the test's self-signed certificate. Its fetcher (src/retriever/session.js) verifies
  certificates with Node's trust store and, on a certificate error, scans again without verifying
  and marks the result unverified, which fails the HSTS and redirection tests. Node adds the
  certificates in NODE_EXTRA_CA_CERTS to its store. The package's `bin/wrapper.js` overwrites that
  variable with Mozilla's CA bundle, so the test runs `src/scan.js` directly.
- The HSTS preload list. `src/analyzer/hsts.js` reads `conf/hsts-preload.json` next to its source,
  which the package's install script downloads; `npm ci --ignore-scripts` does not run it, and tests
  have no network. The test runs a copy of the package's files with an empty list there (127.0.0.1 is
  in no preload list), resolving its dependencies from node_modules; node_modules is not changed.
"""

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from nginx_server import MAIN_CONFIGURATION, MIME_TYPES
from private_network import available, run_with_nginx
from tls_certificate import self_signed

from nginx_config import SiteSettings, Tls, render
from security_policy import policy_file

PROJECT_ROOT = Path(__file__).resolve().parents[1]
OBSERVATORY = PROJECT_ROOT / "node_modules" / "@mdn" / "mdn-http-observatory"
NODE = shutil.which("node") or "/usr/bin/node"
# Tests the scanner fails, with the reason; every other test must pass. With TLS: none.
EXPLAINED_FAILURES: dict[str, str] = {}
# Without TLS (the configuration rendered without --tls-cert), only what needs TLS fails.
EXPLAINED_FAILURES_WITHOUT_TLS = {
    "redirection": "there is no HTTPS to redirect to",
    "strict-transport-security": "HSTS is only sent, and only honoured, over HTTPS",
}

pytestmark = pytest.mark.skipif(
    not (available() and OBSERVATORY.is_dir()),
    reason="needs `unshare --net` (root, as in CI) and node_modules (npm ci --ignore-scripts)",
)


def scanner_copy(folder: Path) -> Path:
    """The package's files with an empty HSTS preload list, its dependencies from node_modules."""
    package = folder / "mdn-http-observatory"
    package.mkdir(parents=True)
    for part in ("package.json", "src", "conf"):
        source = OBSERVATORY / part
        (shutil.copytree if source.is_dir() else shutil.copy)(source, package / part)
    (package / "conf" / "hsts-preload.json").write_text("{}")
    (folder / "node_modules").symlink_to(PROJECT_ROOT / "node_modules")
    return package / "src" / "scan.js"


def scan(site_dir: Path, folder: Path, tls: bool) -> dict:
    """Serve the site with the rendered configuration (with or without TLS) and scan it."""
    certificate = self_signed(folder / "tls")
    settings = SiteSettings(
        site_root=site_dir,
        policy_file=policy_file(site_dir),
        default_server=True,
        listen="127.0.0.1:80",
        tls=Tls(certificate=certificate.certificate, key=certificate.key, listen="127.0.0.1:443") if tls else None,
    )
    prefix = folder / "nginx"
    prefix.mkdir()
    (prefix / "site.conf").write_text(render(settings))
    (prefix / "nginx.conf").write_text(
        MAIN_CONFIGURATION.format(user="user root;", prefix=prefix, mime_types=MIME_TYPES)
    )
    result = run_with_nginx(
        prefix,
        prefix / "nginx.conf",
        [80, 443] if tls else [80],
        [NODE, str(scanner_copy(folder / "scanner")), "127.0.0.1"],
        env={"NODE_EXTRA_CA_CERTS": str(certificate.certificate)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def observatory(site_variant: Callable[[dict[str, str]], Path], tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The site built for the address the scanner asks for: HTTP redirects to SITE_URL, on the same host."""
    return scan(site_variant({"SITE_URL": "https://127.0.0.1/"}), tmp_path_factory.mktemp("observatory"), tls=True)


@pytest.fixture(scope="module")
def plain_observatory(site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    return scan(site_dir, tmp_path_factory.mktemp("observatory-plain"), tls=False)


def test_the_tls_configuration_scores_a_plus(observatory: dict):
    scan = observatory["scan"]
    assert scan["grade"] == "A+" and scan["score"] >= 110, scan


def test_every_observatory_check_passes_or_is_explained(observatory: dict):
    failed = {name: test["result"] for name, test in observatory["tests"].items() if not test["pass"]}
    assert set(failed) == set(EXPLAINED_FAILURES), failed
    assert observatory["tests"]["redirection"]["result"] == "redirection-to-https"
    assert observatory["tests"]["strict-transport-security"]["result"] == "hsts-implemented-max-age-at-least-six-months"
    assert (
        observatory["tests"]["content-security-policy"]["result"] == "csp-implemented-with-no-unsafe-default-src-none"
    )


def test_the_score_in_the_hosting_documentation_is_the_measured_one(observatory: dict):
    documentation = (PROJECT_ROOT / "deploy" / "README.md").read_text(encoding="utf-8")
    assert f"scores {observatory['scan']['score']} ({observatory['scan']['grade']})" in documentation


def test_without_tls_only_the_checks_that_need_tls_fail(plain_observatory: dict):
    failed = {name: test["result"] for name, test in plain_observatory["tests"].items() if not test["pass"]}
    assert set(failed) == set(EXPLAINED_FAILURES_WITHOUT_TLS), failed
    assert failed["strict-transport-security"] == "hsts-not-implemented-no-https"


def test_the_plain_http_score_in_the_hosting_documentation_is_the_measured_one(plain_observatory: dict):
    documentation = (PROJECT_ROOT / "deploy" / "README.md").read_text(encoding="utf-8")
    assert (
        f"plain HTTP scores {plain_observatory['scan']['score']} ({plain_observatory['scan']['grade']})"
        in documentation
    )
