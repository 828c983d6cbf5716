"""Fetch from a served site the way a client does, without following redirects or decoding bodies."""

from __future__ import annotations

import http.client
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Response:
    status: int
    headers: Message
    body: bytes


def fetch(url: str, accept_encoding: str = "identity") -> Response:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request("GET", parts.path or "/", headers={"Accept-Encoding": accept_encoding})
        response = connection.getresponse()
        return Response(response.status, response.headers, response.read())
    finally:
        connection.close()
