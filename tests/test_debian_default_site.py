"""The documented Debian steps work with Debian's default site still enabled.

Debian's own /etc/nginx (nginx.conf, conf.d/, sites-enabled/default) is copied into a temporary prefix,
the rendered configuration goes into its conf.d/ as deploy/README.md says, and nginx serves it in a
network namespace of its own, on port 80 like the default site. Only what cannot run in a test is
changed in the copy: paths into the prefix, the workers' user (the test's site is in root's temp
folder) and `daemon off;`.
"""

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from nginx_server import SUB_PATH_SITE_URL, run_generator
from private_network import NGINX, available, fetch_command, run_with_nginx

DEBIAN_NGINX = Path("/etc/nginx")
DEBIAN_DEFAULT_ROOT = Path("/usr/share/nginx/html")  # nginx's own root, where Debian puts its welcome page
NAME = urlsplit(SUB_PATH_SITE_URL).hostname

pytestmark = pytest.mark.skipif(
    not (available() and (DEBIAN_NGINX / "sites-enabled" / "default").exists()),
    reason="needs `unshare --net` (root, as in CI) and Debian's nginx with its default site",
)


def debian_prefix(prefix: Path, site_conf: str) -> Path:
    etc = Path(shutil.copytree(DEBIAN_NGINX, prefix / "etc-nginx", symlinks=True))
    (prefix / "log").mkdir()
    conf = etc / "nginx.conf"
    text = conf.read_text().replace(f"{DEBIAN_NGINX}/", f"{etc}/").replace("/var/log/nginx/", f"{prefix}/log/")
    text = text.replace("pid /run/nginx.pid;", f"pid {prefix}/nginx.pid;").replace("user www-data;", "user root;")
    conf.write_text("daemon off;\n" + text)
    (etc / "conf.d" / "de-reis.conf").write_text(site_conf)
    shutil.copytree(DEBIAN_DEFAULT_ROOT, prefix / "html")  # nginx's default root, in the prefix as on Debian
    return conf


def rendered(site_dir: Path, *arguments: str) -> str:
    result = run_generator(site_dir, *arguments)
    assert result.returncode == 0, result.stderr
    return result.stdout


def serve(tmp_path: Path, site_conf: str, requests: list[tuple[str, str]]) -> tuple[list[dict], str]:
    conf = debian_prefix(tmp_path, site_conf)
    check = subprocess.run(
        [NGINX, "-t", "-p", str(tmp_path), "-c", str(conf)], capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stderr
    result = run_with_nginx(tmp_path, conf, [80], fetch_command(requests))
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()], check.stderr


def test_the_site_answers_to_its_name_under_its_sub_path_next_to_debians_default_site(
    site_variant: Callable[[dict[str, str]], Path], tmp_path: Path
):
    """The name and the sub-path come from the build's SITE_URL; outside the sub-path the site's name gets
    the site's 404 page, never nginx's default root (Debian's welcome page there)."""
    site_dir = site_variant({"SITE_URL": SUB_PATH_SITE_URL})
    responses, warnings = serve(
        tmp_path,
        rendered(site_dir),
        [
            ("http://127.0.0.1/mensenhandel/rollen/docent/", NAME),
            ("http://127.0.0.1/", "ander.example.nl"),
            ("http://127.0.0.1/mensenhandel", NAME),
            ("http://127.0.0.1/mensenhandel/bestaat-niet", NAME),
            ("http://127.0.0.1/", NAME),
            ("http://127.0.0.1/mensenhandel/..%2findex.html", NAME),
        ],
    )
    assert "conflicting server name" not in warnings
    ours, other, without_slash, missing, *outside = responses
    assert ours["status"] == 200 and ours["body"] == (site_dir / "rollen" / "docent" / "index.html").read_text()
    assert other["status"] == 200 and "Welcome to nginx" in other["body"], "Debian's default site answers other names"
    assert (without_slash["status"], without_slash["location"]) == (301, "/mensenhandel/")
    for response in [missing, *outside]:
        assert response["status"] == 404 and response["body"] == (site_dir / "404.html").read_text(), response["url"]


def test_a_second_default_server_is_an_error_not_a_warning(site_dir: Path, tmp_path: Path):
    """`--default-server` next to Debian's default site: nginx -t fails, so the step cannot half-work."""
    conf = debian_prefix(tmp_path, rendered(site_dir, "--default-server"))
    check = subprocess.run(
        [NGINX, "-t", "-p", str(tmp_path), "-c", str(conf)], capture_output=True, text=True, check=False
    )
    assert check.returncode != 0 and "duplicate default server" in check.stderr
