"""The build settings per command: `mkdocs serve` needs none; a build for hosting (`make build`,
`make offline`) stops without SITE_URL and says how to set it."""

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from sitebuild import PROJECT_ROOT, build_environment

SITE_URL_MISSING = "SITE_URL: not set; a build for hosting needs the address the site will have"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_serve_needs_no_site_url_and_serves_at_its_own_address():
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--no-livereload", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=PROJECT_ROOT,
        env=build_environment({"SITE_URL": None}),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline, page = time.monotonic() + 60, None
        while page is None and time.monotonic() < deadline and server.poll() is None:
            try:
                page = urllib.request.urlopen(f"http://127.0.0.1:{port}/rollen/docent/", timeout=5).read().decode()
            except OSError:
                time.sleep(0.5)
        assert page is not None, server.stderr.read().decode() if server.poll() is not None else "serve did not answer"
        assert f'<link rel="canonical" href="http://127.0.0.1:{port}/rollen/docent/">' in page
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_the_offline_copy_needs_a_site_url(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, PROJECT_ROOT / "scripts" / "build-offline-zip", tmp_path],
        env=build_environment({"SITE_URL": None}),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode != 0
    assert SITE_URL_MISSING in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []
