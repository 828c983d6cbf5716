"""Write where a visitor reports a problem with the website, from the organisation's build settings.

A page marks the spot with `<!-- meldadres -->`. The address is `extra.organisatie.contact` (set with
the environment variable ORG_CONTACT): an e-mail address or an http(s) URL becomes a link; unset, the
page says plainly that no address is set. Anything else fails the build: no address is made up.
"""

from __future__ import annotations

import html
import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

MARKER = "<!-- meldadres -->"
EMAIL = re.compile(r"[^@\s<>\"']+@[^@\s<>\"']+\.[^@\s<>\"']+")
WEB_ADDRESS = re.compile(r"https?://[^\s<>\"']+")
NO_ADDRESS = (
    "Voor deze versie van de website is nog geen adres ingesteld om een probleem te melden. "
    "De organisatie die deze website aanbiedt, kan dat adres toevoegen."
)


def on_page_markdown(markdown: str, *, config: MkDocsConfig, **_) -> str:
    if MARKER not in markdown:
        return markdown
    organisation = config.extra.get("organisatie") or {}
    contact, name = (str(organisation.get(key) or "").strip() for key in ("contact", "naam"))
    return markdown.replace(MARKER, report_paragraph(contact, name))


def report_paragraph(contact: str, organisation_name: str) -> str:
    if not contact:
        return f'<p class="meldadres">{NO_ADDRESS}</p>'
    if EMAIL.fullmatch(contact):
        href = f"mailto:{contact}"
    elif WEB_ADDRESS.fullmatch(contact):
        href = contact
    else:
        raise PluginError(f"ORG_CONTACT must be an e-mail address or an http(s) URL, got {contact!r}")
    who = html.escape(organisation_name) or "de organisatie die deze website aanbiedt"
    link = f'<a href="{html.escape(href)}">{html.escape(contact)}</a>'
    return f'<p class="meldadres">Meld het bij {who}: {link}</p>'
