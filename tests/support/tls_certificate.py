"""A self-signed certificate for 127.0.0.1 and localhost, made with Debian's `openssl`, for TLS tests."""

from __future__ import annotations

import http.client
import ssl
import subprocess
from dataclasses import dataclass
from pathlib import Path

from http_fetch import Response


@dataclass(frozen=True)
class Certificate:
    certificate: Path
    key: Path

    def client_context(self) -> ssl.SSLContext:
        """A client that trusts this certificate alone, and offers HTTP/2 and HTTP/1.1."""
        context = ssl.create_default_context(cafile=str(self.certificate))
        context.set_alpn_protocols(["h2", "http/1.1"])
        return context


def self_signed(folder: Path) -> Certificate:
    folder.mkdir(parents=True, exist_ok=True)
    certificate, key = folder / "certificate.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(certificate),
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost",
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,digitalSignature,keyCertSign",
        ],
        check=True,
        capture_output=True,
    )
    return Certificate(certificate, key)


def fetch_https(url: str, certificate: Certificate) -> tuple[Response, str | None]:
    """GET over TLS, trusting `certificate`, without following redirects: the response and the ALPN protocol."""
    host, _, rest = url.removeprefix("https://").partition("/")
    name, _, port = host.partition(":")
    connection = http.client.HTTPSConnection(name, int(port or 443), timeout=10, context=certificate.client_context())
    try:
        connection.connect()
        protocol = connection.sock.selected_alpn_protocol()
        connection.close()
        plain = http.client.HTTPSConnection(
            name, int(port or 443), timeout=10, context=ssl.create_default_context(cafile=str(certificate.certificate))
        )
        plain.request("GET", "/" + rest, headers={"Accept-Encoding": "identity"})
        response = plain.getresponse()
        result = Response(response.status, response.headers, response.read())
        plain.close()
        return result, protocol
    finally:
        connection.close()
