"""Render the page "Hulp en melden" from the contacts data file `data/contacten.yml`.

The data file is the only source of phone numbers on the site. Each contact becomes a section with its
name as a heading, what it is for, its number as a `tel:` link, its source and the date it was checked.
The emergency number opens the page in a danger admonition, so that it stands out. A malformed data
file fails the build instead of showing a wrong or incomplete number.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.pages import Page

from tips import markdown_text

CONTACTS_PAGE = "hulp-en-melden.md"
CONTACTS_FILE = Path("data") / "contacten.yml"
CONTACT_KEYS = {"naam", "nummer", "wanneer", "bron"}
EMERGENCY_NUMBER = "112"  # selects the contact that opens the page; its text comes from the data file
DUTCH_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december")


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, **_) -> str:
    if page.file.src_uri != CONTACTS_PAGE:
        return markdown
    checked, contacts = read_contacts(contacts_path(config))
    emergency = [contact for contact in contacts if contact["nummer"] == EMERGENCY_NUMBER]
    if len(emergency) != 1:
        raise PluginError(f"{CONTACTS_FILE}: needs exactly one contact with number {EMERGENCY_NUMBER!r}")
    others = [contact_section(contact, checked) for contact in contacts if contact not in emergency]
    return "\n\n".join([emergency_admonition(emergency[0], checked), markdown.strip(), *others]) + "\n"


def on_serve(server: LiveReloadServer, *, config: MkDocsConfig, **_) -> LiveReloadServer:
    server.watch(str(contacts_path(config)))
    return server


def contacts_path(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent / CONTACTS_FILE


def read_contacts(path: Path) -> tuple[datetime.date, list[dict[str, str]]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    checked, contacts = data.get("gecontroleerd"), data.get("contacten")
    if not isinstance(checked, datetime.date):
        raise PluginError(f"{CONTACTS_FILE}: 'gecontroleerd' must be a date (YYYY-MM-DD), got {checked!r}")
    if not isinstance(contacts, list) or not contacts:
        raise PluginError(f"{CONTACTS_FILE}: needs a non-empty list 'contacten'")
    for contact in contacts:
        if not isinstance(contact, dict) or set(contact) != CONTACT_KEYS:
            raise PluginError(f"{CONTACTS_FILE}: each contact has exactly the keys {sorted(CONTACT_KEYS)}, got {contact!r}")
        if not all(isinstance(value, str) and value.strip() for value in contact.values()):
            raise PluginError(f"{CONTACTS_FILE}: every value of a contact is a non-empty text, got {contact!r}")
        if not re.fullmatch(r"\d[\d -]*\d", contact["nummer"]):
            raise PluginError(f"{CONTACTS_FILE}: number {contact['nummer']!r} may hold only digits, spaces and hyphens")
    return checked, contacts


def emergency_admonition(contact: dict[str, str], checked: datetime.date) -> str:
    title = f"{contact['wanneer'].strip().rstrip('.')}: {contact['nummer']}"
    body = "\n\n".join(f"    {block}" for block in contact_blocks(contact, checked))
    return f'!!! danger contact "{markdown_text(title)}"\n\n{body}'


def contact_section(contact: dict[str, str], checked: datetime.date) -> str:
    return "\n\n".join(['<section class="contact" markdown>', *contact_blocks(contact, checked), "</section>"])


def contact_blocks(contact: dict[str, str], checked: datetime.date) -> list[str]:
    """A contact's Markdown blocks: its name as a heading, what it is for, its number, its source."""
    number = contact["nummer"]
    digits = re.sub(r"\D", "", number)
    return [
        f"## {markdown_text(contact['naam'])}",
        markdown_text(contact["wanneer"]),
        f"Bel [{number}](tel:{digits}){{ .contact__nummer }}",
        f'<small class="contact__bron">Bron: {markdown_text(contact["bron"])}. '
        f'Gecontroleerd op <time datetime="{checked.isoformat()}">{dutch_date(checked)}</time>.</small>',
    ]


def dutch_date(date: datetime.date) -> str:
    return f"{date.day} {DUTCH_MONTHS[date.month - 1]} {date.year}"
