"""Serve a built site with Debian's nginx and the project's configuration, for tests and benchmarks.

nginx runs in the foreground on 127.0.0.1 and a free port, with a temporary prefix for its pid, logs
and temporary files, and is stopped by its pid. The main configuration written here is the minimum
around the rendered site configuration (deploy/nginx-site.conf.template), which is what a host uses.
"""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from http_fetch import Response

from nginx_config import SiteSettings, Tls, render
from security_policy import policy_file

NGINX = "/usr/sbin/nginx"
# The address of the suite's build for a sub-path over HTTPS, shared by the tests that serve one.
SUB_PATH_SITE_URL = "https://intranet.voorbeeld.nl/mensenhandel/"
MIME_TYPES = "/etc/nginx/mime.types"
STARTUP_SECONDS = 10
MAIN_CONFIGURATION = """\
daemon off;
{user}
worker_processes 2;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include {mime_types};
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path {prefix}/client_body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    include {prefix}/site.conf;
}}
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_listening(process: subprocess.Popen, port: int, error_log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"nginx exited with {process.returncode}:\n{error_log.read_text()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except ConnectionRefusedError:
            time.sleep(0.05)
    raise RuntimeError(f"nginx did not listen on port {port} within {STARTUP_SECONDS} s")


# nginx's default root (`html` in its prefix) holds a page, as it does on Debian (its welcome page): a
# request that reaches it shows this text. The site's configuration must never let one reach it.
DEFAULT_ROOT_FILES = {"index.html": "nginx's default root", "file": "a file in nginx's default root"}


def start(prefix: Path, site_conf: str, ports: list[int]) -> subprocess.Popen:
    """Start nginx in the foreground with `site_conf` inside the minimal main configuration."""
    (prefix / "site.conf").write_text(site_conf)
    (prefix / "html").mkdir(exist_ok=True)
    for name, text in DEFAULT_ROOT_FILES.items():
        (prefix / "html" / name).write_text(text)
    user = "user root;" if os.geteuid() == 0 else ""  # workers must read the site where the tests built it
    (prefix / "nginx.conf").write_text(MAIN_CONFIGURATION.format(user=user, prefix=prefix, mime_types=MIME_TYPES))
    process = subprocess.Popen(
        [NGINX, "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-e", str(prefix / "error.log")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for port in ports:
            wait_until_listening(process, port, prefix / "error.log")
    except BaseException:
        stop(process)
        raise
    return process


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    process.wait(timeout=STARTUP_SECONDS)


@contextmanager
def nginx(
    site_dir: Path, frame_ancestors: str = "'self'", tls: tuple[Path, Path] | None = None, port: int | None = None
) -> Iterator[str]:
    """Serve `site_dir` (built with its policy file) and yield the site's URL on 127.0.0.1, ending in `/`.

    The base path is the build's (the path of its SITE_URL), as the generator takes it. With `tls`
    (certificate, key) nginx serves HTTPS on the yielded URL, and plain HTTP on another port that
    redirects to SITE_URL; `nginx_server.http_port_of(url)` gives that port. `port` (default: a free
    one) is for a site built for an address with that port.
    """
    with tempfile.TemporaryDirectory(prefix="nginx-") as prefix_name:
        prefix, port = Path(prefix_name), port or free_port()
        http_port = free_port() if tls else port
        settings = SiteSettings(
            site_root=site_dir,
            policy_file=policy_file(site_dir),
            default_server=True,
            listen=f"127.0.0.1:{http_port}",
            frame_ancestors=frame_ancestors,
            tls=Tls(certificate=tls[0], key=tls[1], listen=f"127.0.0.1:{port}") if tls else None,
        )
        process = start(prefix, render(settings), sorted({port, http_port}))
        try:
            HTTP_PORTS[port] = http_port
            yield f"{'https' if tls else 'http'}://127.0.0.1:{port}{settings.base_path}"
        finally:
            HTTP_PORTS.pop(port, None)
            stop(process)


HTTP_PORTS: dict[int, int] = {}


def http_port_of(url: str) -> int:
    """The plain-HTTP port of a site that `nginx(..., tls=...)` serves at `url`."""
    return HTTP_PORTS[int(url.split(":")[2].split("/")[0])]


def send(port: int, target: str, method: str = "GET", headers: dict[str, str] | None = None) -> Response:
    """One plain-HTTP request to 127.0.0.1:`port`, sent as written: `target` is the request line's target
    (a path, undecoded, or an absolute URL), and `headers` may give any Host (127.0.0.1 when they don't)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
        for name, value in {"Host": "127.0.0.1", **(headers or {})}.items():
            connection.putheader(name, value)
        connection.endheaders()
        response = connection.getresponse()
        return Response(response.status, response.headers, response.read())
    finally:
        connection.close()


GENERATOR = Path(__file__).resolve().parents[2] / "deploy" / "nginx_config.py"


def run_generator(site_dir: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """`deploy/nginx_config.py` for a built site and its policy file, as an administrator runs it."""
    command = [sys.executable, str(GENERATOR), "--site", str(site_dir), "--policy-file", str(policy_file(site_dir))]
    return subprocess.run([*command, *arguments], capture_output=True, text=True, check=False)
