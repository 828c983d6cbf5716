"""Serve a built site with Debian's nginx and the project's configuration, for tests and benchmarks.

nginx runs in the foreground on 127.0.0.1 and a free port, with a temporary prefix for its pid, logs
and temporary files, and is stopped by its pid. The main configuration written here is the minimum
around the rendered site configuration (deploy/nginx-site.conf.template), which is what a host uses.
"""

from __future__ import annotations

import os
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from security_policy import policy_file
from nginx_config import SiteSettings, render

NGINX = "/usr/sbin/nginx"
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


@contextmanager
def nginx(site_dir: Path, base_path: str = "/", frame_ancestors: str = "'self'") -> Iterator[str]:
    """Serve `site_dir` (built with its policy file) and yield the site's URL, ending in `/`."""
    with tempfile.TemporaryDirectory(prefix="nginx-") as prefix_name:
        prefix, port = Path(prefix_name), free_port()
        settings = SiteSettings(site_root=site_dir, policy_file=policy_file(site_dir), listen=f"127.0.0.1:{port}")
        (prefix / "site.conf").write_text(render(replace(settings, base_path=base_path, frame_ancestors=frame_ancestors)))
        user = "user root;" if os.geteuid() == 0 else ""  # workers must read the site where the tests built it
        (prefix / "nginx.conf").write_text(MAIN_CONFIGURATION.format(user=user, prefix=prefix, mime_types=MIME_TYPES))
        process = subprocess.Popen(
            [NGINX, "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-e", str(prefix / "error.log")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            wait_until_listening(process, port, prefix / "error.log")
            yield f"http://127.0.0.1:{port}{base_path}"
        finally:
            process.terminate()
            process.wait(timeout=STARTUP_SECONDS)
