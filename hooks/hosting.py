"""What a web server's configuration needs from the build, written into the site folder's hidden `.hosting/`.

- `site.json`: `{"site_url": ..., "other_languages": ["en"]}`, SITE_URL from the validated settings, its host
  in the ASCII (IDNA) form that browsers send in the Host header, and the folders of the languages besides
  Dutch. `deploy/nginx_config.py` takes the server name, the base path and the address HTTP redirects to from
  it, so that the site's address is set in one place: SITE_URL; and each language's folder, for its 404
  page.
- `ffdhe2048.pem`: RFC 7919's DH group for the DHE cipher suites of Mozilla's TLS settings, a public
  constant copied from `deploy/`, so that the nginx configuration refers to the site folder it serves and
  to nothing inside the checkout.

Both travel with `site/`; nginx serves neither (its rule for hidden files). The offline copy, which no
server hosts, gets neither. The Dutch build writes them; the i18n plugin's builds of the other languages
(hooks/languages.py), which run every hook again, leave them.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import idna
from mkdocs.config.defaults import MkDocsConfig

from languages import current_language
from model import DEFAULT_LANGUAGE, SiteModel

HOSTING_FOLDER = ".hosting"  # deploy/nginx_config.py reads these names
SITE_FILE = "site.json"
DH_PARAMETERS = "ffdhe2048.pem"


def on_post_build(*, config: MkDocsConfig) -> None:
    if not config.use_directory_urls:  # the offline copy (Material's offline plugin), opened from disk
        return
    if current_language(config) != DEFAULT_LANGUAGE:  # written once, by the Dutch build
        return
    hosting = Path(config.site_dir) / HOSTING_FOLDER
    hosting.mkdir(exist_ok=True)
    model = SiteModel.of(config)
    other_languages = [code for code in model.languages if code != DEFAULT_LANGUAGE]
    (hosting / SITE_FILE).write_text(
        json.dumps({"site_url": ascii_host(model.settings.site_url), "other_languages": other_languages}) + "\n",
        encoding="utf-8",
    )
    shutil.copyfile(Path(config.config_file_path).parent / "deploy" / DH_PARAMETERS, hosting / DH_PARAMETERS)


def ascii_host(url: str) -> str:
    """`url` with its host in ASCII: `https://bücher.nl/` -> `https://xn--bcher-kva.nl/`."""
    address = urlsplit(url)
    host = address.hostname
    if host.isascii():
        return url
    netloc = idna.encode(host).decode("ascii") + (f":{address.port}" if address.port is not None else "")
    return address._replace(netloc=netloc).geturl()
