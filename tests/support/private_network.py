"""Run nginx and a client in a network namespace of their own, where 127.0.0.1:80 and :443 are free.

Some checks need the standard ports: Debian's default site listens on 80, and the HTTP Observatory
scans http://HOST/ and https://HOST/ only. A fresh network namespace (`unshare --net`, root as in CI)
has only its own loopback, so nothing else on the machine is touched or in the way.

    result = run_with_nginx(prefix, nginx_conf, [80, 443], ["node", "scan.js", "127.0.0.1"], env)

Inside the namespace this file brings loopback up, starts nginx (its configuration says `daemon off;`), waits for the
ports, runs the command, stops nginx by its pid and exits with the command's code.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

NGINX = "/usr/sbin/nginx"


def available() -> bool:
    return (
        shutil.which("unshare") is not None
        and shutil.which("ip") is not None
        and subprocess.run(["unshare", "--net", "true"], capture_output=True, check=False).returncode == 0
    )


def run_with_nginx(
    prefix: Path, nginx_conf: Path, ports: list[int], command: list[str], env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            "unshare",
            "--net",
            sys.executable,
            __file__,
            str(prefix),
            str(nginx_conf),
            ",".join(map(str, ports)),
            *command,
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={**os.environ, **(env or {})},
    )


def fetch_command(requests: list[tuple[str, str]]) -> list[str]:
    """A command that GETs each (URL, Host header) and prints status, Location and body as JSON lines."""
    return [sys.executable, __file__, "fetch", json.dumps(requests)]


def fetch_all(requests: list[tuple[str, str]]) -> None:
    import http.client
    from urllib.parse import urlsplit

    for url, host in requests:
        parts = urlsplit(url)
        connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=10)
        connection.request("GET", parts.path, headers={"Host": host, "Accept-Encoding": "identity"})
        response = connection.getresponse()
        body = response.read().decode("utf-8", "replace")
        print(
            json.dumps(
                {
                    "url": url,
                    "host": host,
                    "status": response.status,
                    "location": response.headers["Location"],
                    "body": body,
                }
            )
        )
        connection.close()


def serve_and_run(prefix: Path, nginx_conf: Path, ports: list[int], command: list[str]) -> int:
    root = Path(__file__).resolve().parents[2]
    sys.path[:0] = [str(root / "tests" / "support"), str(root / "deploy"), str(root / "hooks")]
    from nginx_server import stop, wait_until_listening

    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    process = subprocess.Popen(
        [NGINX, "-p", str(prefix), "-c", str(nginx_conf), "-e", str(prefix / "error.log")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for port in ports:
            wait_until_listening(process, port, prefix / "error.log")
        return subprocess.run(command, check=False).returncode
    finally:
        if process.poll() is None:
            stop(process)


if __name__ == "__main__":
    if sys.argv[1] == "fetch":
        fetch_all(json.loads(sys.argv[2]))
    else:
        sys.exit(
            serve_and_run(
                Path(sys.argv[1]), Path(sys.argv[2]), [int(port) for port in sys.argv[3].split(",")], sys.argv[4:]
            )
        )
