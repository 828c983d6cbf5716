"""Render deploy/nginx-site.conf.template into the nginx configuration of one built site.

    python3 deploy/nginx_config.py --site /srv/de-reis/site --policy-file /srv/de-reis/site.csp.conf \
        --tls-cert /etc/ssl/tips.pem --tls-key /etc/ssl/private/tips.key > /etc/nginx/conf.d/de-reis.conf

The site's address comes from the build: SITE_URL, as hooks/hosting.py wrote it into the site folder
(`.hosting/site.json`), gives the server name, the base path and the address HTTP redirects to. The
configuration refers to nothing inside this checkout: the DH parameters are the copy in the site folder.

Python's standard library only, so it runs on the web server as well as on a build machine. Every
argument is validated; a value that is not what its option expects is refused with a message and is
never written into the configuration. deploy/README.md explains the options.
"""

from __future__ import annotations

import argparse
import dataclasses
import ipaddress
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

TEMPLATE = Path(__file__).with_name("nginx-site.conf.template")
# What the build writes for the server into the site folder (hooks/hosting.py); nginx serves none of it.
SITE_FILE = Path(".hosting") / "site.json"
DH_PARAMETERS = Path(".hosting") / "ffdhe2048.pem"  # RFC 7919's group, as Mozilla's guidelines use
PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
LANGUAGE_FOLDER = re.compile(r"[a-z]{2}\Z")  # a language's folder below the site's root: its ISO 639-1 code
HOSTNAME_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)\Z")
PATH_SEGMENT = re.compile(r"[A-Za-z0-9._~-]+\Z")
HIDDEN_NAME_END = re.compile(r"(~|\.bak|\.swp)\Z")  # as the template's location for hidden files
UNSAFE_IN_CONFIG = set(" \t\r\n;{}\"'$#\\`")
HSTS_MAX_AGE = 63072000  # two years, as Mozilla's guidelines
HTTP2_DIRECTIVE_SINCE = (1, 25, 1)  # nginx's `http2 on;`; before it, `listen ... http2`

# Mozilla's "intermediate" TLS settings (guideline 5.7, nginx, OpenSSL 3, without OCSP stapling, which
# the largest free CA stopped offering in 2025).
MOZILLA_INTERMEDIATE = """\
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_ecdh_curve X25519:prime256v1:secp384r1;
    ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305;
    ssl_prefer_server_ciphers off;
    ssl_session_timeout 1d;
    ssl_session_cache shared:DeReisTLS:10m;
    ssl_session_tickets off;"""


def hostname(value: str) -> str:
    """A DNS hostname (RFC 1123): dot-separated labels of letters, digits and inner hyphens."""
    labels = value.lower().removesuffix(".").split(".")
    if len(value) > 253 or not all(HOSTNAME_LABEL.match(label) for label in labels):
        raise ValueError(f"{value!r} is not a hostname (letters, digits, hyphens and dots, e.g. tips.example.nl)")
    return value.lower()


def origin(value: str) -> str:
    """An origin as a frame-ancestors source: http(s)://host[:port], nothing after it."""
    parts = urlsplit(value)
    try:
        valid = (
            parts.scheme in ("http", "https")
            and parts.hostname is not None
            and value == f"{parts.scheme}://{parts.netloc}"
            and (parts.port is None or 0 < parts.port < 65536)
            and not parts.username
            and not parts.password
        )
        if valid:
            hostname(parts.hostname)
    except ValueError:
        valid = False
    if not valid:
        raise ValueError(f"{value!r} is not an origin (https://intranet.example.nl, with no path)")
    return value


def frame_ancestors(value: str) -> str:
    """'none', or 'self' and/or origins, separated by spaces."""
    sources = value.split()
    if sources == ["'none'"]:
        return value
    if not sources:
        raise ValueError("frame-ancestors is empty: give 'self', 'none' or origins")
    for source in sources:
        if source != "'self'":
            try:
                origin(source)
            except ValueError:
                raise ValueError(
                    f"{source!r} in {value!r} is neither 'self' nor an origin (https://intranet.example.nl); "
                    "'none' stands alone"
                ) from None
    return " ".join(sources)


def base_path(value: str) -> str:
    """The URL path of the site: /, or /segment/.../ with letters, digits and . _ ~ - in each segment."""
    segments = value.split("/")[1:-1]
    if not (value.startswith("/") and value.endswith("/")) or not all(
        PATH_SEGMENT.match(segment) and segment not in (".", "..") for segment in segments
    ):
        raise ValueError(
            f"{value!r} is not a base path: it starts and ends with '/', as the path of SITE_URL (/mensenhandel/)"
        )
    if hidden := [segment for segment in segments if segment.startswith(".") or HIDDEN_NAME_END.search(segment)]:
        raise ValueError(
            f"{value!r} cannot be the base path: the rule that keeps hidden files and backups unpublished "
            f"(a name starting with '.' or ending in ~, .bak or .swp) would hide the whole site under {hidden[0]!r}"
        )
    return value


@dataclass(frozen=True)
class SiteAddress:
    """SITE_URL of the build, read from the site folder: the name, origin and path the server answers for."""

    site_url: str
    scheme: str
    server_name: str
    origin: str
    base_path: str

    @classmethod
    def of(cls, site_root: Path) -> SiteAddress:
        file = site_root / SITE_FILE
        try:
            site_url = json.loads(file.read_text(encoding="utf-8"))["site_url"]
            if not isinstance(site_url, str):
                raise TypeError(f"site_url is {site_url!r}, not text")
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise ValueError(
                f"{file}: cannot read the site's address ({error}); the build writes it: "
                "SITE_URL=https://tips.example.nl/ make build, then copy all of site/"
            ) from None
        try:
            address = urlsplit(site_url)
            valid = (
                address.scheme in ("http", "https")
                and address.hostname is not None
                and "@" not in address.netloc
                and not (address.query or address.fragment or "?" in site_url or "#" in site_url)
                and (address.port is None or 0 < address.port < 65536)
            )
            if valid:
                host = hostname(address.hostname).removesuffix(".")
                port = "" if address.port is None else f":{address.port}"
                return cls(site_url, address.scheme, host, f"{address.scheme}://{host}{port}", base_path(address.path))
        except ValueError as error:
            raise ValueError(f"{file}: site_url {site_url!r}: {error}; build the site with another SITE_URL") from None
        raise ValueError(f"{file}: site_url {site_url!r} is not a site address (https://tips.example.nl/)")


def other_languages(site_root: Path) -> tuple[str, ...]:
    """The folders of the site's other languages below its root (`en`), as the build wrote them into site.json
    (hooks/hosting.py); each has its own pages, cards and 404 page."""
    file = site_root / SITE_FILE
    folders = json.loads(file.read_text(encoding="utf-8")).get("other_languages")
    if not isinstance(folders, list) or not all(
        isinstance(code, str) and LANGUAGE_FOLDER.match(code) for code in folders
    ):
        raise ValueError(
            f"{file}: other_languages {folders!r}: expected a list of two-letter language codes, as the build "
            "writes it; rebuild the site"
        )
    return tuple(folders)


def listen_address(value: str) -> str:
    """PORT, ADDRESS:PORT or [IPv6]:PORT."""
    host, _, port = value.rpartition(":")
    try:
        if not port.isdigit() or not 0 < int(port) < 65536:
            raise ValueError
        if host.startswith("[") and host.endswith("]"):
            ipaddress.IPv6Address(host[1:-1])
        elif host and host != "*":
            try:
                ipaddress.IPv4Address(host)
            except ValueError:
                hostname(host)
    except ValueError:
        raise ValueError(f"{value!r} is not a listen address (443, 127.0.0.1:8443 or [::]:443)") from None
    return value


def config_path(value: Path | str, what: str, *, directory: bool = False) -> Path:
    """An existing file or folder whose absolute path nginx reads as one plain word."""
    path = Path(value).resolve()
    if UNSAFE_IN_CONFIG & set(str(path)):
        raise ValueError(f"{what} {str(value)!r}: the path holds a space, quote or one of ; {{ }} $ # \\ `; move it")
    if not (path.is_dir() if directory else path.is_file()):
        raise ValueError(f"{what} {str(value)!r} is not an existing {'folder' if directory else 'file'}")
    return path


def nginx_version(text: str) -> tuple[int, int, int]:
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", text)
    if not match:
        raise ValueError(f"{text!r} is not an nginx version (1.22.1)")
    return tuple(map(int, match.groups()))


def installed_nginx_version() -> tuple[int, int, int]:
    try:
        output = subprocess.run(["nginx", "-v"], capture_output=True, text=True, check=True).stderr
    except (OSError, subprocess.CalledProcessError):
        raise ValueError("nginx is not installed here: give its version with --nginx-version") from None
    return nginx_version(output.strip().rpartition("/")[2].split()[0])


@dataclass(frozen=True)
class Tls:
    certificate: Path
    key: Path
    listen: str = "443"
    dhparam: Path | None = None  # None: the copy the build wrote into the site folder
    include_subdomains: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "certificate", config_path(self.certificate, "TLS certificate"))
        object.__setattr__(self, "key", config_path(self.key, "TLS key"))
        if self.dhparam is not None:
            object.__setattr__(self, "dhparam", config_path(self.dhparam, "DH parameters"))
        listen_address(self.listen)

    @property
    def port(self) -> int:
        return int(self.listen.rpartition(":")[2])


@dataclass(frozen=True)
class SiteSettings:
    site_root: Path
    policy_file: Path
    default_server: bool = False
    listen: str = "80"
    frame_ancestors: str = "'self'"
    tls: Tls | None = None
    nginx_version: tuple[int, int, int] | None = None
    address: SiteAddress = dataclasses.field(init=False)
    languages: tuple[str, ...] = dataclasses.field(init=False)  # the other languages' folders

    def __post_init__(self) -> None:
        object.__setattr__(self, "site_root", config_path(self.site_root, "site folder", directory=True))
        object.__setattr__(self, "policy_file", config_path(self.policy_file, "policy file"))
        object.__setattr__(self, "address", SiteAddress.of(self.site_root))
        object.__setattr__(self, "languages", other_languages(self.site_root))
        listen_address(self.listen)
        object.__setattr__(self, "frame_ancestors", frame_ancestors(self.frame_ancestors))
        if self.tls is not None:
            if self.address.scheme != "https":
                raise ValueError(
                    f"TLS: the site was built for {self.address.site_url}, so its pages link to plain HTTP; "
                    "build it with an https:// SITE_URL to serve HTTPS"
                )
            if self.tls.dhparam is None:
                dhparam = config_path(self.site_root / DH_PARAMETERS, "DH parameters")
                object.__setattr__(self, "tls", dataclasses.replace(self.tls, dhparam=dhparam))
            if self.nginx_version is None:
                object.__setattr__(self, "nginx_version", installed_nginx_version())

    @property
    def server_name(self) -> str:
        return self.address.server_name

    @property
    def base_path(self) -> str:
        return self.address.base_path


def render(settings: SiteSettings) -> str:
    default = " default_server" if settings.default_server else ""
    server_name = settings.server_name
    tls = settings.tls
    values = {
        "site_root": str(settings.site_root),
        "policy_file": str(settings.policy_file),
        "server_name": server_name,
        "base_path": settings.base_path,
        "frame_ancestors": settings.frame_ancestors,
        "language_not_found_pages": "".join(
            f'    "~^{settings.base_path}{code}/"  "{settings.base_path}{code}/404.html";\n'
            for code in settings.languages
        ),
        "base_redirect": (
            f"\n    location = {settings.base_path.rstrip('/')} {{\n        return 301 {settings.base_path};\n    }}\n"
            "    # Outside the base path nothing is this site's: the 404 page, never nginx's default root.\n"
            "    location / {\n        return 404;\n    }\n"
            if settings.base_path != "/"
            else ""
        ),
    }
    if tls is None:
        values |= {
            "summary": (
                f"# Plain HTTP on {settings.listen}. HSTS needs TLS: render with --tls-cert and --tls-key to serve\n"
                "# HTTPS, redirect HTTP to it and send Strict-Transport-Security."
            ),
            "redirect_server": "",
            "listen": f"    listen {settings.listen}{default};",
            "tls": "",
            "hsts": "",
        }
    else:
        new_http2 = settings.nginx_version >= HTTP2_DIRECTIVE_SINCE
        hsts = f"max-age={HSTS_MAX_AGE}" + ("; includeSubDomains" if tls.include_subdomains else "")
        values |= {
            "summary": (
                f"# HTTPS on {tls.listen} (Mozilla's intermediate TLS settings, HTTP/2, HSTS {hsts!r});\n"
                f"# HTTP on {settings.listen} answers every request with a 301 to HTTPS. For nginx "
                f"{'.'.join(map(str, settings.nginx_version))}."
            ),
            "redirect_server": (
                "\n# Plain HTTP: every request goes to the same path at SITE_URL's origin, never to the name a\n"
                "# request gives (its Host header or an absolute request line).\n"
                "server {\n"
                f"    listen {settings.listen}{default};\n"
                f"    server_name {server_name};\n"
                "    server_tokens off;\n"
                f"    return 301 {settings.address.origin}$request_uri;\n"
                "}\n"
            ),
            "listen": f"    listen {tls.listen} ssl{'' if new_http2 else ' http2'}{default};"
            + ("\n    http2 on;" if new_http2 else ""),
            "tls": (
                f"\n    ssl_certificate {tls.certificate};\n    ssl_certificate_key {tls.key};\n"
                f"    ssl_dhparam {tls.dhparam};\n{MOZILLA_INTERMEDIATE}\n"
            ),
            "hsts": f'    add_header Strict-Transport-Security "{hsts}" always;\n',
        }
    return PLACEHOLDER.sub(lambda match: values[match[1]], TEMPLATE.read_text(encoding="utf-8"))


def checked(check):
    """An argparse type from a check: its ValueError becomes argparse's message naming the option."""

    def argument(value: str):
        try:
            return check(value)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    argument.__name__ = check.__name__
    return argument


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", required=True, help="the built site folder (make build: site/)")
    parser.add_argument("--policy-file", required=True, help="the policy the build wrote next to it (site.csp.conf)")
    parser.add_argument(
        "--server-name",
        type=checked(hostname),
        help="a check: refuse to render unless the build's SITE_URL has this hostname (the name comes from it)",
    )
    parser.add_argument(
        "--default-server",
        action="store_true",
        help="also answer every other hostname: only when this is nginx's one site (remove sites-enabled/default)",
    )
    parser.add_argument(
        "--listen",
        type=checked(listen_address),
        default="80",
        help="HTTP listen address (default: 80); with TLS it only redirects to HTTPS",
    )
    parser.add_argument(
        "--base-path",
        type=checked(base_path),
        help="a check: refuse to render unless the build's SITE_URL has this path (the path comes from it)",
    )
    parser.add_argument(
        "--frame-ancestors",
        type=checked(frame_ancestors),
        default="'self'",
        help="who may embed the pages in a frame: 'self', 'none' or origins (default: 'self')",
    )
    parser.add_argument("--tls-cert", help="certificate chain (PEM): serve HTTPS with HSTS")
    parser.add_argument("--tls-key", help="the certificate's private key (PEM)")
    parser.add_argument(
        "--tls-listen", type=checked(listen_address), default="443", help="HTTPS listen address (default: 443)"
    )
    parser.add_argument(
        "--tls-dhparam", help="DH parameters (default: RFC 7919's ffdhe2048, which the build copies into the site)"
    )
    parser.add_argument(
        "--hsts-include-subdomains",
        action="store_true",
        help="add includeSubDomains to HSTS: only when every subdomain of the name serves HTTPS",
    )
    parser.add_argument(
        "--nginx-version", type=checked(nginx_version), help="nginx version (default: the installed nginx's)"
    )
    arguments = parser.parse_args(argv)
    if (arguments.tls_cert is None) != (arguments.tls_key is None):
        parser.error("--tls-cert and --tls-key go together")
    if arguments.hsts_include_subdomains and arguments.tls_cert is None:
        parser.error("--hsts-include-subdomains needs TLS (--tls-cert and --tls-key)")
    try:
        tls = (
            None
            if arguments.tls_cert is None
            else Tls(
                certificate=arguments.tls_cert,
                key=arguments.tls_key,
                listen=arguments.tls_listen,
                dhparam=arguments.tls_dhparam,
                include_subdomains=arguments.hsts_include_subdomains,
            )
        )
        settings = SiteSettings(
            site_root=arguments.site,
            policy_file=arguments.policy_file,
            default_server=arguments.default_server,
            listen=arguments.listen,
            frame_ancestors=arguments.frame_ancestors,
            tls=tls,
            nginx_version=arguments.nginx_version,
        )
    except ValueError as error:
        parser.error(str(error))
    for option, given, built in (
        ("--server-name", arguments.server_name, settings.server_name),
        ("--base-path", arguments.base_path, settings.base_path),
    ):
        if given is not None and given != built:
            parser.error(
                f"{option} {given!r} disagrees with the site, built for {settings.address.site_url} ({built!r}): "
                f"rebuild with the SITE_URL the site will have, or leave out {option}"
            )
    sys.stdout.write(render(settings))


if __name__ == "__main__":
    main()
