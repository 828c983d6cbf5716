"""Pages from the content model: the role pages' data, the markers that lists fill, and `tips.json`.

The model (`hooks/model.py`) is loaded here, once per build, before anything else reads it. Then:
- every page's front matter is checked when the files are listed: a YAML error, or markup in a title or
  description, fails the build naming the file (MkDocs itself would publish broken front matter as text);
  so does an unknown marker, a one-word HTML comment such as a misspelt `<!-- rolkaart -->`
  (`check_page_source`, which `make check` runs too);
- a marker in a page's Markdown names the list that fills it, rendered by a Jinja template in
  `overrides/partials/` from the model: `<!-- rolkaarten -->` (the role cards on the home page),
  `<!-- spoed -->` and `<!-- contacten -->` (the page "Hulp en melden"), `<!-- meldadres -->` (where to report a problem),
  `<!-- verantwoordelijke -->` (who offers the website),
  `<!-- inleiding -->` (the poster's introduction, from `data/poster.yml`), `<!-- alle-tips -->` (every role and
  tip: the page "Alle tips", which prints as the poster), `<!-- insluiten -->` (the cards' snippets on "Op je
  intranet", which every page's footer links to);
- the cards for intranets, `insluiten/<slug>/`, are added as generated files (`hooks/embed_cards.py`);
- "Alle tips" prints on one A3 landscape page; `alle-tips/a4/`, the same marker on a page left out of the
  menu, prints on one A4 portrait page (`POSTER_PAGES`: which page prints on which paper, the one place
  for the papers' sizes);
- templates can draw a QR code for an address at build time, `qr_code(address)`, as inline SVG;
- templates get their data as arguments, never as Jinja globals (Material's own docs hooks do the same): a
  marker's template exactly what `MARKERS` computes for it; `overrides/main.html` and its partials (the role
  page and what goes around every page's content) what `on_page_context` adds, a role page its `role`, every
  page `page_link(src_uri)`; the 404 page, which has no page context, the settings for its quick exit
  (`on_template_context`). Every template gets `texts`, this language's interface texts (data/teksten.<code>.yml),
  and `language`, its code. Only pure functions are global: `qr_code`, the filters `fill` (a text's
  placeholders), `local_list` and `local_date`, which take the texts as an argument;
- `tips.json`, the open data, is written from the model, with every language, once, by the Dutch build
  (`site_file`; format: `docs/open-data.md`);
- the footer's "Vorige" and "Volgende" lead from one role page to the next only;
- a role page's block "Wat kun je doen?" gets `next_steps`, and "Hulp en melden" its `route`, computed by
  `hooks/next_steps.py` from the contacts' route.
"""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
import segno
from markupsafe import Markup, escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from embed_cards import card_files, cards
from languages import current_language, language_root, source_path
from model import (
    CONTACTS_FILE,
    DEFAULT_LANGUAGE,
    POSTER_TEXT_FILE,
    InputError,
    Role,
    SiteModel,
    check_front_matter,
    load_into,
)
from next_steps import help_route, next_steps

OPEN_DATA_PATH = "tips.json"
ERROR_PAGE = "404.html"  # the page a host shows for a missing address (overrides/404.html)
OPEN_DATA_SCHEMA_VERSION = 2
# An HTML comment of one word is a marker: an unknown one, such as a misspelt <!-- rolkaart -->, fails the build
# (Material's own shortcodes hook does the same), rather than leave the page silently empty there.
MARKER_LIKE = re.compile(r"<!--[ \t]*[\w-]+[ \t]*-->")


@dataclass(frozen=True)
class Paper:
    """A poster's sheet: the one place for its size. The poster pages' style sheet names it as their CSS
    `@page` size (`poster_stylesheet`), `scripts/build-poster` checks the printed PDF against it, and "Alle
    tips" names it (overrides/partials/all-tips.html). site.css styles the poster per paper (`.poster--a3`)."""

    name: str  # ISO 216: "A3"
    width_mm: int  # portrait
    height_mm: int
    landscape: bool
    margin_mm: int

    @property
    def css_size(self) -> str:
        return f"{self.name} {'landscape' if self.landscape else 'portrait'}"

    @property
    def orientation(self) -> str:
        """The key of its orientation in the texts (data/teksten.<code>.yml), as the print dialog says it."""
        return "liggend" if self.landscape else "staand"

    @property
    def printed_mm(self) -> tuple[int, int]:
        """Width and height of the printed page."""
        return (self.height_mm, self.width_mm) if self.landscape else (self.width_mm, self.height_mm)


# The page "Alle tips" and its A4 version, both filled by <!-- alle-tips -->: each prints as the poster on its paper.
POSTER_PAGE = "alle-tips.md"
POSTER_A4_PAGE = "alle-tips/a4.md"
POSTER_PAGES = {
    POSTER_PAGE: Paper("A3", 297, 420, landscape=True, margin_mm=10),
    POSTER_A4_PAGE: Paper("A4", 210, 297, landscape=False, margin_mm=8),
}
# The print style sheet that names each poster page's paper, made from POSTER_PAGES (`poster_stylesheet`).
POSTER_STYLESHEET = "assets/stylesheets/poster-papers.css"
# The key numbers on the poster: contact ids of data/contacten.yml, in this order.
POSTER_CONTACTS = ("spoed", "veilig-thuis", "politie")
# QR codes: error correction level Q (25% of the code may be lost: a pin, a fold, a smudge on paper).
QR_ERROR_CORRECTION = "q"
# The texts (data/teksten.<code>.yml) that name the months, January first (`local_date`).
MONTHS = tuple(
    f"maand_{month}"
    for month in (
        *("januari", "februari", "maart", "april", "mei", "juni"),
        *("juli", "augustus", "september", "oktober", "november", "december"),
    )
)


# ----- The markers' data ------------------------------------------------------------------------------------
# Each marker's template gets exactly the data it shows as arguments (Material's own docs hooks do the same),
# besides `config`, `page` and `page_link`: no template reads the model itself.


def emergency_arguments(model: SiteModel) -> dict[str, Any]:
    """112 as the pages say it, and when the numbers were checked."""
    contacts = model.contacts
    return {
        "emergency": contacts.emergency,
        "emergency_label": contacts.emergency_label,
        "checked": contacts.gecontroleerd,
    }


def language_site_url(model: SiteModel) -> str:
    """This language's root on the hosted site, which the templates write addresses below (the poster's QR codes,
    the address of "Hulp en melden" under the numbers): SITE_URL, or `<SITE_URL>en/` for English."""
    return model.settings.site_url + language_root(model.language)


def poster_arguments(model: SiteModel, page: Page) -> dict[str, Any]:
    """ "Alle tips", the poster: every role, the key numbers and the organisation's own contacts."""
    return {
        **emergency_arguments(model),
        "poster_pages": POSTER_PAGES,
        "paper": POSTER_PAGES[source_path(page.file)],
        "poster_text": model.poster,
        "poster_contacts": [model.contacts.contact(contact_id) for contact_id in POSTER_CONTACTS],
        "roles": model.roles,
        "people": model.settings.people,
        "site_url": language_site_url(model),
    }


MARKERS: dict[str, tuple[str, Callable[[SiteModel, Page], dict[str, Any]]]] = {
    "<!-- rolkaarten -->": ("partials/role-cards.html", lambda model, page: {"roles": model.roles}),
    "<!-- spoed -->": ("partials/emergency.html", lambda model, page: emergency_arguments(model)),
    "<!-- contacten -->": (
        "partials/contacts.html",
        lambda model, page: {"route": help_route(model), "checked": model.contacts.gecontroleerd},
    ),
    "<!-- meldadres -->": ("partials/report-address.html", lambda model, page: {"settings": model.settings}),
    "<!-- verantwoordelijke -->": ("partials/responsible.html", lambda model, page: {"settings": model.settings}),
    "<!-- inleiding -->": ("partials/introduction.html", lambda model, page: {"poster_text": model.poster}),
    "<!-- alle-tips -->": ("partials/all-tips.html", poster_arguments),
    "<!-- insluiten -->": (
        "partials/embed-cards.html",
        lambda model, page: {"settings": model.settings, "site_url": language_site_url(model), "cards": cards(model)},
    ),
}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    model = load_into(config, language=current_language(config))
    ids = {contact.id for contact in model.contacts.contacten}
    if missing := [contact_id for contact_id in POSTER_CONTACTS if contact_id not in ids]:
        raise InputError(f"{CONTACTS_FILE.as_posix()}: no contact with id {missing[0]!r}; the poster shows it")
    config.site_url = model.settings.site_url
    # Material's storage scope (its documented `extra.scope`), which it writes into an inline script on every
    # page: by default the path up to the site's root, different at each folder depth. Set to the site's
    # path, it is one script on every page of every language (one hash in the security policy, not one per
    # depth, in the header of every response), and the same keys as before (tests/support/allowed_storage.yml).
    config.extra["scope"] = urlsplit(model.settings.site_url).path
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = model.texts["link_naar_kopje"]
    # Each language writes its own 404 page: Dutch at the root, another language below its root (`on_env`).
    config.theme.static_templates -= {error_page(code) for code in model.languages}
    config.theme.static_templates.add(error_page(model.language))
    environment = template_environment(config)
    for role in model.roles:
        try:
            environment.get_template(f".icons/{role.pictogram}.svg")
        except jinja2.TemplateNotFound:
            raise InputError(
                f"docs/{role.src_uri}: pictogram {role.pictogram!r}: expected an icon of Material's set"
            ) from None
    return config


@event_priority(-110)  # after the i18n plugin has chosen this language's pages (its priority is -100)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Check every page's front matter before MkDocs reads it (it would publish broken front matter as
    text), and announce `tips.json` before pages are rendered, so that they can link to it."""
    for file in files.documentation_pages():
        check_page_source(file.content_string, f"docs/{file.src_uri}")
    model = SiteModel.of(config)
    files.append(site_file(config, OPEN_DATA_PATH, lambda: open_data(model, config.site_name)))
    files.append(site_file(config, POSTER_STYLESHEET, poster_stylesheet))
    for card in card_files(config, model, template_environment(config)):
        files.append(card)  # the cards for intranets, <language root>insluiten/<slug>/ (hooks/embed_cards.py)
    if a4_poster := files.get_file_from_path(POSTER_A4_PAGE):
        a4_poster.inclusion = InclusionLevel.NOT_IN_NAV  # reached from "Alle tips"; one entry in the menu is enough
    return files


def site_file(config: MkDocsConfig, path: str, content: Callable[[], str]) -> File:
    """A generated file of the whole site, at its root, the same for every language (`tips.json` holds every
    language): the Dutch build writes it; another language's build lists the file that the Dutch build wrote,
    so that its pages can link to it, and MkDocs leaves it as it is (a file copied onto itself)."""
    if current_language(config) == DEFAULT_LANGUAGE:
        return File.generated(config, path, content=content())
    return File.generated(config, path, abs_src_path=str(Path(config.site_dir) / path))


def check_page_source(text: str, name: str) -> None:
    """A page's front matter (hooks/model.py) and its markers: each one-word HTML comment must be a known marker."""
    check_front_matter(text, name)
    for found in MARKER_LIKE.finditer(text):
        if found.group() not in MARKERS:  # written exactly so: on_page_markdown replaces exactly these
            line = text.count("\n", 0, found.start()) + 1
            raise InputError(
                f"{name}, line {line}: unknown marker {found.group()}; the known markers are {', '.join(MARKERS)}"
            )


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    for marker in MARKERS:
        if marker in markdown:
            markdown = markdown.replace(marker, render_marker(marker, config, page, files))
    return markdown


def on_env(env: jinja2.Environment, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
    add_template_helpers(env)
    # Each template compiled once for every build on this machine, not once for each language of each build: in
    # the temporary directory Jinja keeps for this user, by the template's file and source (a changed template
    # compiles again), written whole before another build can read it.
    env.bytecode_cache = jinja2.FileSystemBytecodeCache()
    # A template line that holds only a tag such as `{% if %}` writes no indentation: less to download, the
    # same page (white space still separates what it separated).
    env.lstrip_blocks = True
    # `en/404.html` is overrides/404.html, rendered into the English site (`error_page`).
    languages = {language_root(code).rstrip("/"): env.loader for code in SiteModel.of(config).languages}
    env.loader = jinja2.ChoiceLoader([env.loader, jinja2.PrefixLoader(languages)])
    return env


def error_page(language: str) -> str:
    """Where a language's 404 page is written: `404.html` at the root for Dutch, `en/404.html` for English."""
    return language_root(language) + ERROR_PAGE


def on_template_context(context: dict[str, Any], *, template_name: str, config: MkDocsConfig) -> dict[str, Any]:
    """The pages MkDocs renders without a page of the site (404.html, sitemap.xml): the 404 page shows the
    quick exit, which needs the settings (partials/snel-weg.html), the language switch, which leads to each
    language's home page (an error page has no translations to name in its head). Like every template, it gets
    this language's texts."""
    model = SiteModel.of(config)
    context["settings"] = model.settings
    context["texts"] = model.texts
    context["language"] = model.language
    context["alternates"] = page_alternates(model, "index.md", language_root(model.language), config.use_directory_urls)
    config.extra.alternate = []
    if template_name == error_page(model.language):
        # Shown at any missing address: its links start at the server's root, as MkDocs does for `404.html`.
        context["base_url"] = urlsplit(config.site_url).path
    return context


def on_page_context(context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    """What overrides/main.html and its partials show besides Material's own context, as its arguments."""
    model = SiteModel.of(config)
    role = model.role(source_path(page.file))
    context["role"] = role
    context["next_steps"] = next_steps(model, role) if role else None
    context.update(emergency_arguments(model))
    context["settings"] = model.settings
    context["site_url"] = language_site_url(model)
    context["poster_stylesheet"] = POSTER_STYLESHEET if source_path(page.file) in POSTER_PAGES else None
    context["page_link"] = page_linker(page, {source_path(item.file): item.file for item in nav.pages})
    context["alternates"] = page_alternates(model, source_path(page.file), page.url, config.use_directory_urls)
    config.extra.alternate = head_alternates(context["alternates"])  # as the i18n plugin sets it: an attribute
    context["texts"] = model.texts
    context["language"] = model.language
    context["original"] = original_page(model, context["alternates"])
    keep_footer_links_among_roles(page, model)
    return context


@dataclass(frozen=True)
class Alternate:
    """The same page in one of the site's languages."""

    language: str  # its code: `lang` and `hreflang`
    name: str  # the language's name in that language, as the language switch shows it
    link: str  # relative to the page that links to it, in this build's URL style: the language switch
    hosted: str  # its full address on the hosted site: `hreflang` in the head, where Google asks for one
    current: bool  # the language of the page that links to it


def page_alternates(model: SiteModel, source: str, page_url: str, use_directory_urls: bool) -> list[Alternate]:
    """The page `source` (its Dutch source path) in every language, linked from the page at `page_url`."""

    def address(code: str, directory_urls: bool) -> str:
        url = File(source, src_dir=None, dest_dir="", use_directory_urls=directory_urls).url
        return language_root(code) + ("" if url == "./" else url)

    return [
        Alternate(
            code,
            texts.naam,
            get_relative_url(address(code, use_directory_urls), page_url),
            model.settings.site_url + address(code, True),
            code == model.language,
        )
        for code, texts in model.languages.items()
    ]


def head_alternates(alternates: list[Alternate]) -> list[dict[str, str]]:
    """Material's `extra.alternate`, which it writes into the head as `hreflang` links: full addresses, and
    the Dutch original as `x-default`, for a visitor whose language the site does not have."""
    entries = [{"name": alt.name, "lang": alt.language, "link": alt.hosted} for alt in alternates]
    return [*entries, {"name": alternates[0].name, "lang": "x-default", "link": alternates[0].hosted}]


def original_page(model: SiteModel, alternates: list[Alternate]) -> Alternate | None:
    """On a page of another language, its Dutch original, which partials/translation.html links to; None on a
    Dutch page."""
    if model.language == DEFAULT_LANGUAGE:
        return None
    return next(alternate for alternate in alternates if alternate.language == DEFAULT_LANGUAGE)


def keep_footer_links_among_roles(page: Page, model: SiteModel) -> None:
    """ "Vorige" and "Volgende" in the footer lead from one role page to the next, and nowhere else: not
    from "Veilig internetten" on to "Open data". (The menu is one flat list: Material's nested sections
    slide over each other in a phone's drawer, where the keyboard focus then lands on covered links.)"""

    def is_role(other: Page | None) -> bool:
        return other is not None and model.role(source_path(other.file)) is not None

    if not (is_role(page) and is_role(page.previous_page)):
        page.previous_page = None
    if not (is_role(page) and is_role(page.next_page)):
        page.next_page = None


def on_serve(server: LiveReloadServer, *, config: MkDocsConfig, **_) -> LiveReloadServer:
    server.watch(str(Path(config.config_file_path).parent / CONTACTS_FILE))
    server.watch(str(Path(config.config_file_path).parent / POSTER_TEXT_FILE))  # model.py reads it
    return server


# ----- Templates -------------------------------------------------------------------------------------------


def template_environment(config: MkDocsConfig) -> jinja2.Environment:
    """The theme's templates with our helpers, for the markers that are rendered before MkDocs' own step."""
    environment = config.theme.get_env()
    add_template_helpers(environment)
    return environment


def add_template_helpers(env: jinja2.Environment) -> None:
    """Pure functions only: the data reaches each template as its arguments (`MARKERS`, `on_page_context`)."""
    env.globals["qr_code"] = qr_code
    env.filters["fill"] = fill
    env.filters["local_list"] = local_list
    env.filters["local_date"] = local_date


def render_marker(marker: str, config: MkDocsConfig, page: Page, files: Files) -> str:
    """A marker's HTML as one raw HTML block: Markdown ends such a block at the first blank line."""
    template, arguments = MARKERS[marker]
    model = SiteModel.of(config)
    html = (
        template_environment(config)
        .get_template(template)
        .render(
            config=config,
            page=page,
            page_link=page_linker(page, {source_path(file): file for file in files.documentation_pages()}),
            texts=model.texts,
            language=model.language,
            **arguments(model, page),
        )
    )
    return "\n".join(line for line in html.splitlines() if line.strip())


def page_linker(page: Page, files_by_source: dict[str, File]) -> Callable[[str], str]:
    """`page_link("hulp-en-melden.md")`: that page's address relative to this page, in this build's URL style."""

    def page_link(src_uri: str) -> str:
        if src_uri not in files_by_source:
            raise InputError(f"docs/{page.file.src_uri}: a template links to docs/{src_uri}, which does not exist")
        return files_by_source[src_uri].url_relative_to(page.file)

    return page_link


def fill(text: str, **values: Any) -> Markup:
    """A text of data/teksten.<code>.yml with its placeholders filled: "Bel {nummer}" with `nummer=...`. The
    text is escaped, and so is every value that is not markup already (a link the template made)."""
    return escape(text).format(**values)


def local_list(words: list[Any], texts: dict[str, str]) -> Markup:
    """ "a, b en c", with the language's "and" (`lijst_en`); each word escaped unless it is markup."""
    if len(words) == 1:
        return escape(words[0])
    return Markup(", ").join(words[:-1]) + Markup(" ") + texts["lijst_en"] + Markup(" ") + escape(words[-1])


def local_date(date: Any, texts: dict[str, str]) -> str:
    """ "7 december 2026": the language's form of a date (`datum`) and its month names (`MONTHS`)."""
    return texts["datum"].format(dag=date.day, maand=texts[MONTHS[date.month - 1]], jaar=date.year)


# ----- The poster ------------------------------------------------------------------------------------------


def poster_stylesheet() -> str:
    """Each poster page on its paper: a CSS named page per paper, with its size and margin, for the page whose
    poster (`.poster--a3`, overrides/partials/all-tips.html) is on it. site.css styles the poster itself."""
    rules = []
    for paper in POSTER_PAGES.values():
        name = f"poster-{paper.name.lower()}"
        rules.append(f"@page {name} {{ size: {paper.css_size}; margin: {paper.margin_mm}mm; }}")
        rules.append(f"body:has(.poster--{paper.name.lower()}) {{ page: {name}; }}")
    return "@media print {\n" + "".join(f"  {rule}\n" for rule in rules) + "}\n"


@cache
def qr_code(address: str) -> Markup:
    """A QR code for `address` as inline SVG, made at build time: no request, no script, no style attribute.
    Made once per address: both posters and the printed page carry a role page's code.

    Error correction level Q; the quiet zone of 4 modules that the standard asks for. The SVG scales
    (a viewBox, no width or height: CSS sets its size), its modules are one path with the class
    `qr__modules`, and its text alternative is the address itself."""
    code = segno.make_qr(address, error=QR_ERROR_CORRECTION, boost_error=False)
    svg = io.BytesIO()
    code.save(
        svg, kind="svg", xmldecl=False, svgns=True, nl=False, omitsize=True, svgclass="qr", lineclass="qr__modules"
    )
    element = ElementTree.fromstring(svg.getvalue())
    if (
        any(name == "style" for node in element.iter() for name in node.attrib)
        or element.find(".//{*}style") is not None
    ):
        raise InputError(f"qr_code({address!r}): segno wrote a style, which the security policy blocks")
    element.set("role", "img")
    element.set("aria-label", address)
    ElementTree.register_namespace("", "http://www.w3.org/2000/svg")
    return Markup(ElementTree.tostring(element, encoding="unicode"))


# ----- Open data -------------------------------------------------------------------------------------------


def open_data(model: SiteModel, title: str) -> str:
    """The tips in every language: the Dutch original, and under `vertalingen` each other language's text and
    addresses (format: docs/open-data.md)."""
    site_url = model.settings.site_url
    translations = {
        code: {role.slug: role for role in roles}
        for code, roles in model.roles_by_language.items()
        if code != DEFAULT_LANGUAGE
    }
    document = {
        "schema_version": OPEN_DATA_SCHEMA_VERSION,
        "titel": title,
        "site_url": site_url,
        "talen": list(model.languages),
        "rollen": [
            role_entry(role, site_url, {code: translations[code][role.slug] for code in translations})
            for role in model.roles_by_language[DEFAULT_LANGUAGE]
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def role_entry(role: Role, site_url: str, translations: dict[str, Role]) -> dict[str, Any]:
    """A role in `tips.json`, with its translations (by language code); addresses are the hosted site's
    directory URLs, also in the offline copy."""
    page_url = site_url + role.path
    language_urls = {code: site_url + language_root(code) + role.path for code in translations}
    tip_translations = {code: {tip.id: tip for tip in translation.tips} for code, translation in translations.items()}
    return {
        "naam": role.title,
        "pagina": page_url,
        "tips": [
            {
                "id": tip.id,
                "tekst": tip.tekst,
                "pagina": page_url,
                "anker": tip.id,
                "link": f"{page_url}#{tip.id}",
                "vertalingen": {
                    code: {
                        "tekst": tip_translations[code][tip.id].tekst,
                        "pagina": language_urls[code],
                        "link": f"{language_urls[code]}#{tip.id}",
                    }
                    for code in translations
                },
            }
            for tip in role.tips
        ],
        "vertalingen": {
            code: {"naam": translation.title, "pagina": language_urls[code]}
            for code, translation in translations.items()
        },
    }
