"""Pages from the content model: the role pages' data, the markers that lists fill, and `tips.json`.

The model (`hooks/model.py`) is loaded here, once per build, before anything else reads it. Then:
- every page's front matter is checked when the files are listed: a YAML error, or markup in a title or
  description, fails the build naming the file (MkDocs itself would publish broken front matter as text);
- a marker in a page's Markdown names the list that fills it, rendered by a Jinja template in
  `overrides/partials/` from the model: `<!-- rolkaarten -->` (the role cards on the home page),
  `<!-- spoed -->` and `<!-- contacten -->` (the page "Hulp en melden"), `<!-- meldadres -->` (where to report a problem);
- templates get the model as `site_model`, a role page its `role`, and every page `page_link(src_uri)`;
  `overrides/main.html` renders the role page and what goes around every page's content;
- `tips.json`, the open data, is written from the model (format: `docs/open-data.md`);
- the footer's "Vorige" and "Volgende" stay within a page's section of `nav`;
- `next_steps(role)` gives a role page's block "Wat kun je doen?" (`overrides/partials/next-steps.html`): the
  route of the contacts file, signaleren -> overleggen -> melden, led by the contacts the role's tips name.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from model import CONTACTS_FILE, OWN_ORGANISATION, Contact, InputError, Person, Role, SiteModel, check_front_matter, load_into

OPEN_DATA_PATH = "tips.json"
OPEN_DATA_SCHEMA_VERSION = 1
MARKERS = {
    "<!-- rolkaarten -->": "partials/role-cards.html",
    "<!-- spoed -->": "partials/emergency.html",
    "<!-- contacten -->": "partials/contacts.html",
    "<!-- meldadres -->": "partials/report-address.html",
}
DUTCH_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december")


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    model = load_into(config)
    config.site_url = model.settings.site_url
    environment = template_environment(config)
    for role in model.roles:
        try:
            environment.get_template(f".icons/{role.icon}.svg")
        except jinja2.TemplateNotFound:
            raise InputError(f"docs/{role.src_uri}: icon {role.icon!r}: expected an icon of Material's set") from None
    return config


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Check every page's front matter before MkDocs reads it (it would publish broken front matter as
    text), and announce `tips.json` before pages are rendered, so that they can link to it."""
    for file in files.documentation_pages():
        check_front_matter(file.content_string, f"docs/{file.src_uri}")
    files.append(File.generated(config, OPEN_DATA_PATH, content=open_data(SiteModel.of(config), config.site_name)))
    return files


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    for marker, template in MARKERS.items():
        if marker in markdown:
            markdown = markdown.replace(marker, render_marker(template, config, page, files))
    return markdown


def on_env(env: jinja2.Environment, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
    add_template_helpers(env, SiteModel.of(config))
    return env


def on_page_context(context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    context["role"] = SiteModel.of(config).role(page.file.src_uri)
    context["page_link"] = page_linker(page, {item.file.src_uri: item.file for item in nav.pages})
    keep_footer_links_in_section(page)
    return context


def keep_footer_links_in_section(page: Page) -> None:
    """"Vorige" and "Volgende" in the footer stay within the page's section of `nav`: from one role to the
    next, between Open data and Toegankelijkheid, and not from "Veilig internetten" on to "Open data"."""
    if page.previous_page is not None and page.previous_page.parent is not page.parent:
        page.previous_page = None
    if page.next_page is not None and page.next_page.parent is not page.parent:
        page.next_page = None


def on_serve(server: LiveReloadServer, *, config: MkDocsConfig, **_) -> LiveReloadServer:
    server.watch(str(Path(config.config_file_path).parent / CONTACTS_FILE))
    return server


# ----- Templates -------------------------------------------------------------------------------------------


def template_environment(config: MkDocsConfig) -> jinja2.Environment:
    """The theme's templates with our helpers, for the markers that are rendered before MkDocs' own step."""
    environment = config.theme.get_env()
    add_template_helpers(environment, SiteModel.of(config))
    return environment


def add_template_helpers(env: jinja2.Environment, model: SiteModel) -> None:
    env.globals["site_model"] = model
    env.filters["dutch_list"] = dutch_list
    env.filters["dutch_date"] = dutch_date
    env.globals["next_steps"] = lambda role: next_steps(model, role)
    env.globals["help_route"] = lambda: help_route(model)


def render_marker(template: str, config: MkDocsConfig, page: Page, files: Files) -> str:
    """A marker's HTML as one raw HTML block: Markdown ends such a block at the first blank line."""
    html = template_environment(config).get_template(template).render(
        config=config, page=page, page_link=page_linker(page, {file.src_uri: file for file in files.documentation_pages()})
    )
    return "\n".join(line for line in html.splitlines() if line.strip())


def page_linker(page: Page, files_by_source: dict[str, File]) -> Callable[[str], str]:
    """`page_link("hulp-en-melden.md")`: that page's address relative to this page, in this build's URL style."""

    def page_link(src_uri: str) -> str:
        if src_uri not in files_by_source:
            raise InputError(f"docs/{page.file.src_uri}: a template links to docs/{src_uri}, which does not exist")
        return files_by_source[src_uri].url_relative_to(page.file)

    return page_link


def dutch_list(words: list[str]) -> str:
    """ "a, b en c" """
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} en {words[-1]}"


def dutch_date(date: Any) -> str:
    return f"{date.day} {DUTCH_MONTHS[date.month - 1]} {date.year}"


# ----- "Wat kun je doen?" ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """Someone to call in "Wat kun je doen?": a contact of the data file, or a person of the organisation.

    `naam` is how the tips would name it (a contact's name without the part in brackets, a person's
    title); `uitleg` is what the data file says the contact is for, cut to the sentences that fit."""

    naam: str
    contact: Contact | None = None
    person: Person | None = None
    uitleg: str = ""

    @property
    def key(self) -> str:
        return self.contact.id if self.contact else self.naam


@dataclass(frozen=True)
class NextSteps:
    """A role page's way on after the signals: first whom its tips name, then 112, overleggen and melden.

    Every contact shows once: the emergency number apart, the others at their first place in this order."""

    genoemd: list[Step] = field(default_factory=list)
    overleggen: list[Step] = field(default_factory=list)
    melden: list[Step] = field(default_factory=list)


PEOPLE_TITLES = ("Aandachtsfunctionaris", "Zorgcoördinator")


def next_steps(model: SiteModel, role: Role) -> NextSteps:
    contacts = model.contacts

    def contact_step(contact: Contact, uitleg: str | None = None) -> Step:
        return Step(short_name(contact.naam), contact=contact, uitleg=uitleg or first_sentence(contact.wanneer))

    def steps_of(route: list[str]) -> list[Step]:
        steps = []
        for entry in route:
            if entry == OWN_ORGANISATION:
                steps += [Step(title, person=person) for title, person in model.settings.people]
            elif contacts.contact(entry) != contacts.emergency:
                steps.append(contact_step(contacts.contact(entry)))
        return steps

    route = {"overleggen": steps_of(contacts.route.overleggen), "melden": steps_of(contacts.route.melden)}
    # Whom the tips can name: the route's contacts and people, and for a person the organisation has not
    # set ("de zorgcoördinator"), the contacts whose description says they help find one.
    candidates = [(step.naam, step) for steps in route.values() for step in steps]
    for title in PEOPLE_TITLES:
        if title not in {step.naam for _, step in candidates}:
            candidates += [
                (title, contact_step(contact, sentence_naming(contact.wanneer, title)))
                for contact in contacts.contacten
                if contact != contacts.emergency and word_position(contact.wanneer, title) is not None
            ]
    tips = " ".join(tip.tekst for tip in role.tips)
    named: dict[str, tuple[int, Step]] = {}
    for term, step in candidates:
        position = word_position(tips, term)
        if position is not None and step.key not in named:
            named[step.key] = (position, step)
    genoemd = [step for _, step in sorted(named.values(), key=lambda pair: pair[0])]
    shown = set(named)
    for name, steps in route.items():
        route[name] = []
        for step in steps:
            if step.key not in shown:
                route[name].append(step)
                shown.add(step.key)
    return NextSteps(genoemd=genoemd, **route)


@dataclass(frozen=True)
class HelpStep:
    """A step of "Hulp en melden": its contacts shown here, and those shown at an earlier step that help
    with this one too (`ook`)."""

    naam: str
    contacts: list[Contact]
    ook: list[Contact]
    people: list[tuple[str, Person]] = field(default_factory=list)


def help_route(model: SiteModel) -> list[HelpStep]:
    """The contacts of "Hulp en melden" in the route's order, each once, without 112 (it stands apart):
    overleggen, melden, then the contacts outside the route as "Meer hulp"."""
    contacts = model.contacts
    shown = {contacts.emergency.id}
    steps = []
    for name, route in (("Overleggen", contacts.route.overleggen), ("Melden", contacts.route.melden)):
        new = [contacts.contact(entry) for entry in route if entry != OWN_ORGANISATION and entry not in shown]
        ook = [contacts.contact(entry) for entry in route if entry != OWN_ORGANISATION and entry in shown - {contacts.emergency.id}]
        people = model.settings.people if OWN_ORGANISATION in route else []
        steps.append(HelpStep(name, new, ook, people))
        shown |= {contact.id for contact in new}
    steps.append(HelpStep("Meer hulp", [contact for contact in contacts.contacten if contact.id not in shown], []))
    return [step for step in steps if step.contacts or step.people]


def fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def word_position(text: str, term: str) -> int | None:
    """Where `term` stands in `text` as whole words, case ignored, or None."""
    match = re.search(rf"(?<!\w){re.escape(fold(term))}(?!\w)", fold(text))
    return match.start() if match else None


def short_name(name: str) -> str:
    """A contact's name without the explanation in brackets: "Politie (geen spoed)" -> "Politie"."""
    return name.split(" (", 1)[0]


SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z])")


def first_sentence(text: str) -> str:
    return SENTENCE_END.split(text, 1)[0]


def sentence_naming(text: str, term: str) -> str:
    """The first sentence of `text` that names `term`."""
    return next(sentence for sentence in SENTENCE_END.split(text) if word_position(sentence, term) is not None)


# ----- Open data -------------------------------------------------------------------------------------------


def open_data(model: SiteModel, title: str) -> str:
    site_url = model.settings.site_url
    document = {
        "schema_version": OPEN_DATA_SCHEMA_VERSION,
        "titel": title,
        "site_url": site_url,
        "rollen": [role_entry(role, site_url) for role in model.roles],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def role_entry(role: Role, site_url: str) -> dict[str, Any]:
    """A role in `tips.json`; addresses are the hosted site's directory URLs, also in the offline copy."""
    page_url = site_url + role.path
    return {
        "naam": role.title,
        "pagina": page_url,
        "tips": [
            {"id": tip.id, "tekst": tip.tekst, "pagina": page_url, "anker": tip.id, "link": f"{page_url}#{tip.id}"}
            for tip in role.tips
        ],
    }
