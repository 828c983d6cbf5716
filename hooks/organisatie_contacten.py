"""Show the hosting organisation's own contacts on every role page, when the organisation set them.

The values come from `extra.organisatie` in mkdocs.yml (ORG_* environment variables at build time) and
are untrusted text: everything is escaped, a phone number becomes a `tel:` link, an e-mail address a
`mailto:` link, and a link only an `<a>` when it is an http(s) URL.
"""

from __future__ import annotations

import re
from html import escape
from urllib.parse import quote, urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page
from tips import is_role_page

BOX_TITLE = "Bij wie kun je terecht in je eigen organisatie?"
PEOPLE = {"aandachtsfunctionaris": "Aandachtsfunctionaris", "zorgcoordinator": "Zorgcoördinator"}
# What a tel: link leaves out of a written number: the "(0)" of "+31 (0)30 ...", spaces, dashes, brackets.
NOT_IN_PHONE_LINK = re.compile(r"\(0\)|[^0-9+]")


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, **_) -> str:
    """Append the box, as a raw HTML block, after the tips and before the link that ends the page."""
    if not is_role_page(page):
        return markdown
    organisation = config.extra.get("organisatie") or {}
    people = [person_html(role, organisation.get(key) or {}) for key, role in PEOPLE.items()]
    people = [person for person in people if person]
    if not people:
        return markdown
    box = (
        '<aside class="organisatie-contacten" aria-labelledby="organisatie-contacten">'
        f'<h2 id="organisatie-contacten">{BOX_TITLE}</h2>{"".join(people)}</aside>'
    )
    return f"{markdown.rstrip()}\n\n{box}\n"


def person_html(role: str, contact: dict[str, str]) -> str:
    """A contact person as a list, or '' when none of their fields is set."""
    name, phone, email, link = (str(contact.get(key) or "").strip() for key in ("naam", "telefoon", "email", "link"))
    lines = [
        escape(name) if name else "",
        f'Telefoon: <a href="tel:{escape(NOT_IN_PHONE_LINK.sub("", phone))}">{escape(phone)}</a>' if phone else "",
        f'E-mail: <a href="mailto:{escape(quote(email, safe="@.+-_"))}">{escape(email)}</a>' if email else "",
        link_html(link) if link else "",
    ]
    items = "".join(f"<li>{line}</li>" for line in lines if line)
    return f'<section><h3>{role}</h3><ul>{items}</ul></section>' if items else ""


def link_html(url: str) -> str:
    """An http(s) URL as a link; anything else as plain text, never as a link."""
    if urlsplit(url).scheme.lower() in ("http", "https") and urlsplit(url).netloc:
        return f'Meer informatie: <a href="{escape(url)}">{escape(url)}</a>'
    return f"Meer informatie: {escape(url)}"
