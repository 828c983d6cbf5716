"""Render deploy/nginx-site.conf.template into the nginx configuration of one built site.

    python3 deploy/nginx_config.py --site /srv/de-reis/site --policy-file /srv/de-reis/site.csp.conf \
        > /etc/nginx/conf.d/de-reis.conf

Python's standard library only, so it runs on the web server as well as on a build machine.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import asdict, dataclass
from pathlib import Path

TEMPLATE = Path(__file__).with_name("nginx-site.conf.template")
PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")


@dataclass(frozen=True)
class SiteSettings:
    site_root: Path
    policy_file: Path
    listen: str = "80"
    server_name: str = "_"
    base_path: str = "/"
    frame_ancestors: str = "'self'"

    def __post_init__(self) -> None:
        if not (self.base_path.startswith("/") and self.base_path.endswith("/")):
            raise ValueError(f"base path {self.base_path!r} must start and end with '/'")


def render(settings: SiteSettings) -> str:
    values = {name: str(value) for name, value in asdict(settings).items()}
    return PLACEHOLDER.sub(lambda match: values[match[1]], TEMPLATE.read_text(encoding="utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, required=True, help="the built site folder (make build: site/)")
    parser.add_argument("--policy-file", type=Path, required=True, help="the policy the build wrote next to it (site.csp.conf)")
    parser.add_argument("--listen", default="80", help="nginx listen parameters (default: 80)")
    parser.add_argument("--server-name", default="_", help="nginx server_name (default: _)")
    parser.add_argument("--base-path", default="/", help="URL path the site lives under, as in SITE_URL (default: /)")
    parser.add_argument("--frame-ancestors", default="'self'", help="who may embed the pages in a frame (default: 'self')")
    arguments = parser.parse_args()
    print(render(SiteSettings(
        site_root=arguments.site.resolve(),
        policy_file=arguments.policy_file.resolve(),
        listen=arguments.listen,
        server_name=arguments.server_name,
        base_path=arguments.base_path,
        frame_ancestors=arguments.frame_ancestors,
    )), end="")


if __name__ == "__main__":
    main()
