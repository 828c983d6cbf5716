"""Every dependency of this site on Material for MkDocs' internals, each with a guard.

Material is in maintenance mode; when it, or its successor, changes one of these, the build fails here
with a message that says what to re-check, instead of the site breaking quietly.

Markup that Material writes, repaired on every page (`on_post_page`, `on_post_template`); the names given
are texts of the build's language (`SiteModel.texts`, data/teksten.<code>.yml):
1. The search dialog (`role="dialog"`) has no accessible name: give it one.
2. The drawer and search toggles are checkboxes with `autocomplete="off"`, which HTML allows only on
   text-like inputs: drop the attribute. The table of contents' toggle (`__toc`) is written on every
   page, but labelled only when the page has a table of contents: an unnamed checkbox that toggles
   nothing on a role page, whose tips are a list. Drop it where it has no label.
3. `__config.search` names Material's search worker: name the site's query worker instead
   (`assets/javascripts/workers/search-query.js`), which gets Material's worker as `?material=`.
4. The header's menu and search controls are `<label>`s with no name and no role, and the keyboard
   cannot reach them (WCAG 2.1.1, 4.1.2): make them named `<button>`s (`data-md-for` instead of `for`).
   The "Knoppen in de paginakop" section of site.js makes them toggle Material's checkbox; site.css
   hides them at Material's breakpoints as Material hid the labels (`MATERIAL_CSS_RULES`).
5. Material's skip link ("Ga naar inhoud", in each language Material's own words) points at the first
   heading of the table of contents, which on a role page skips the h1, and it would come before "Snel
   weg". It is removed; overrides/partials/snel-weg.html puts "Ga naar inhoud" right after "Snel weg",
   pointing at the article (`id="__inhoud"`), so "Snel weg" is the first Tab stop of every page.

Configuration that Material's offline plugin writes (`on_config`):
6. `extra.polyfills` loads the iframe-worker shim from a CDN: use the vendored copy. Any other remote
   polyfill fails the build.

Material's files that the site's own templates, CSS and JavaScript rely on (`on_config`):
7. Every Material class (`.md-*`) that `site.css`, `site.js` or `search-way-on.js` uses (the latter takes its
   links from the navigation's), and the drawer breakpoint, toggle and the `document$` observable that
   `site.js` uses, must still be in Material's stylesheet, page and bundle.
8. The search worker's message types (SETUP 0 -> READY 1, QUERY 2 -> RESULT 3), which the query worker
   speaks, must still be in Material's worker.
9. The Material partials that overrides/partials/ replaces are still the files the overrides were made
   from (`OVERRIDDEN_PARTIALS`, by sha256), and Material's rules for the header labels that site.css
   repeats for the buttons are still in its stylesheet (`MATERIAL_CSS_RULES`).

And one more repair of Material's markup on every page:
10. Material's bundle is a plain `<script>` at the end of the body, which a phone's first paint waits
    for: it gets `defer`, like the site's scripts before and after it (`search-on-demand.js`, `site.js`).
    Deferred scripts still run in document order, once the page is parsed, so nothing else changes; the
    page is drawn before they run (Lighthouse, mobile: first contentful paint about 1.5 s -> 1.05 s).
11. Material's search form has no `action`: when its key handler does not take Enter (a page error, or
    Enter before the deferred bundle runs), the form submits and the search word goes into the page's
    address and the history (`?query=...`). The form gets `method="dialog"`, which submits nowhere
    outside a `<dialog>` element: the search word never leaves the box.

And one more of Material's internals that the site's JavaScript relies on (`on_config`):
12. Material's Enter in the search box opens the best result: it reads `data-md-score` from the first
    child of every link in the result list, and throws on a link without one, such as the way on that
    search-way-on.js adds. So while the way on is shown, search-way-on.js takes Enter itself, before
    Material's handler on `window` sees it. The bundle must still handle Enter so.

And one more repair of Material's inline script (`on_post_page`; the bundle it relies on is checked in `on_config`):
13. Material's palette component stores the colour scheme (`__md_set("__palette", ...)`, into
    `localStorage`) on every page load, though the visitor chose nothing. Its storage helper `__md_set`,
    defined in Material's inline script (partials/javascripts/base.html), gets one condition: `__palette`
    is stored only while one of the palette's radio buttons is checked, which happens only when the
    visitor switches the scheme (overrides/partials/palette.html checks none; the "Kleurenschema" section
    of site.js checks the chosen one). Material's inline palette script still reads a stored choice on
    the next page. hooks/security_policy.py hashes the script as it is served, with this condition.

And two for the site's other languages (the i18n plugin builds each into `<code>/`, hooks/languages.py):
14. Material finds the search index at `__config.base` + `search/search_index.json`, and `base` is the site's
    root. On a page of another language, `base` becomes that language's root (`en/`), so Material loads that
    language's own index (hooks/search.py writes it there, its locations relative to that root). Material uses
    `base` for nothing else this site has on (versions, instant navigation).
16. For every `<link rel="alternate">` in the head, Material's bundle requests a `sitemap.xml` next to its
    address on every page load, to send its language selector's links (which Material expects to lead to
    each language's home) to the same page in that language. This site's `hreflang` links name the page
    itself in each language, and its switch links to that page already (overrides/partials/alternate.html),
    so those requests would only be 404s (`rollen/docent/sitemap.xml`) or leave an offline copy for the
    hosted site. search-on-demand.js, which runs before the bundle, never sends them.
15. From `file://`, Material loads the index as a script, `search/search_index.js` (`var __index = ...`),
    which its offline plugin writes for the site's root only; hooks/search.py writes one for each language.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from urllib.parse import urlsplit

import material
from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from languages import current_language
from model import DEFAULT_LANGUAGE, SiteModel

SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
SEARCH_DIALOG_TEXT = "zoeken"  # the key of its name in the texts
CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input\b[^>]*\btype="checkbox"[^>]*?)\s+autocomplete="off"')
QUERY_WORKER = "search-query.js"
MATERIAL_WORKER_URL = re.compile(
    r'(?P<key>"search":\s*")(?P<folder>[^"]*workers/)(?P<worker>search\.[0-9a-f]+\.min\.js)"'
)
HEADER_CONTROLS = {"__drawer": "menu", "__search": "zoeken"}  # the keys of their names in the texts
HEADER_CONTROL = re.compile(
    r'<label class="md-header__button md-icon" for="(__drawer|__search)">(.*?)</label>', re.DOTALL
)
MATERIAL_SKIP_LINK = re.compile(
    r'(<div data-md-component="skip">)\s*<a href="[^"]*" class="md-skip">[^<]*</a>\s*(</div>)'
)
EMPTY_SKIP = re.compile(r'<div data-md-component="skip">\s*</div>')
TOC_TOGGLE = '<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">'
ARTICLE = '<article class="md-content__inner md-typeset">'
ARTICLE_ID = "__inhoud"
MATERIAL_BUNDLE = re.compile(r'<script src="(?P<src>[^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js)"></script>')
SEARCH_FORM = '<form class="md-search__form" name="search">'
MATERIAL_STORE = "__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{"
STORE_ONLY_A_CHOSEN_SCHEME = MATERIAL_STORE.replace(
    "{try{", '{if(e==="__palette"&&!document.querySelector("[name=__palette]:checked"))return;try{'
)
PALETTE_STORE = '__md_set("__palette",'
CONFIG_BASE = re.compile(r'("base":\s*")([^"]*)(")')
OFFLINE_INDEX_PATH = Path("search") / "search_index.js"
OFFLINE_INDEX_SCRIPT = 'f"var __index = {data}"'  # in Material's offline plugin
SHIM_PATH = "/iframe-worker/shim"
VENDORED_SHIM = "assets/javascripts/vendor/iframe-worker-1.0.4/shim.js"

MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"
# Material's rules for the header labels that site.css repeats for the buttons that replace them (4).
MATERIAL_CSS_RULES = [
    "@media screen and (min-width:76.25em){.md-header__button[for=__drawer]{display:none}",
    "@media screen and (min-width:60em){.md-header__button[for=__search]{display:none}",
    ".no-js .md-header__button[for=__search]{display:none}",
]
# Material's partials that overrides/partials/ replaces, with the sha256 of the Material 9.8.2 file each
# override was made from. A different hash means Material changed it: compare and update the override.
OVERRIDDEN_PARTIALS = {
    "partials/palette.html": "fb935107ae7d3d7475965019eec36c1ad72bf1d154254dab2474921fcd2710e3",
    "partials/copyright.html": "bc86bca3bf75070fe5d72e2a3463bdddf87c10f4d6459c945fe81c5d384e35ea",
    "partials/toc.html": "fde48f583563364b0e0e6865a5ab1e7060ec1826161f69f5cbee653e621b0f84",
    "partials/alternate.html": "572b1d4dae611aa5fd65107edec95e44331b6141abf86834ea4dc6c1ddd7241b",
    "partials/header.html": "8cf3fb15bcf969ff596649616fd99366b3c31c08d57a86d05308efc16d8fa75f",
}
SITE_CSS = Path("docs") / "assets" / "stylesheets" / "site.css"
SITE_JS = Path("docs") / "assets" / "javascripts" / "site.js"
SEARCH_WAY_ON_JS = Path("docs") / "assets" / "javascripts" / "search-way-on.js"
MATERIAL_CLASS = re.compile(r"\.(md-[\w-]+)")
# What site.js takes from Material besides classes: the drawer's toggle in base.html, and the global
# observable `document$` that the bundle sets to announce each page.
DRAWER_TOGGLE = 'data-md-toggle="drawer"'
DOCUMENT_OBSERVABLE = "window.document$"
# docs/assets/javascripts/site.js: below this width Material's navigation drawer is off-canvas.
DRAWER_BREAKPOINT = "max-width:76.234375em"
# The search worker protocol that docs/assets/javascripts/workers/search-query.js speaks:
# SETUP = 0 is answered by READY = 1, QUERY = 2 by RESULT = 3.
SEARCH_PROTOCOL = re.compile(r"case 0:.{0,200}?\{type:1\}.{0,40}?case 2:.{0,80}?\{type:3,data:", re.DOTALL)
# Material's keys, read on `window` (12), and its Enter in the search box, which opens the link of the result
# list whose first child has the highest `data-md-score`.
# (16) Material's requests for the sitemap next to each alternate link of the head.
ALTERNATE_SITEMAPS = re.compile(
    r'M\("link\[rel=alternate\]"\).{0,200}?new URL\("sitemap\.xml",\w+\)|new URL\("sitemap\.xml",\w+\).{0,400}?M\("link\[rel=alternate\]"\)',
    re.DOTALL,
)
KEYS_ON_WINDOW = '(window,"keydown")'
SEARCH_ENTER = re.compile(r'case"Enter":if\(\w+===\w+\)\{.{0,80}?":first-child \[href\]".{0,120}?"data-md-score"')


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    project_dir = Path(config.config_file_path).parent
    if OFFLINE_INDEX_SCRIPT not in (MATERIAL_TEMPLATES.parent / "plugins" / "offline" / "plugin.py").read_text("utf-8"):
        raise PluginError(
            "Material's offline plugin no longer writes `var __index = ...`; re-check hooks/material_internals.py (15)"
        )
    check_material_files(MATERIAL_TEMPLATES, project_dir)
    config.extra["polyfills"] = [local_polyfill(url) for url in config.extra.get("polyfills", [])]
    return config


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    html = repaired(output, page.file.src_uri, SiteModel.of(config).texts)
    return with_language_base(html, current_language(config), page.file.src_uri)


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    """Static templates such as 404.html are pages too; sitemap.xml and the like are not."""
    if not template_name.endswith(".html"):
        return output_content
    html = repaired(output_content, template_name, SiteModel.of(config).texts)
    return with_language_base(html, current_language(config), template_name)


def with_language_base(html: str, language: str, source: str) -> str:
    """(14) On a page of another language than Dutch, `__config.base` is that language's root."""
    if language == DEFAULT_LANGUAGE:
        return html
    html, bases = CONFIG_BASE.subn(
        lambda match: f"{match[1]}{match[2].rstrip('/')}/{language}/{match[3]}", html, count=1
    )
    if bases != 1:
        raise changed_markup(source, "__config (base)", 14)
    return html


def offline_search_index(data: str) -> str:
    """(15) The search index as the script Material loads from `file://`."""
    return f"var __index = {data}"


def changed_markup(source: str, what: str, number: int) -> PluginError:
    return PluginError(f"{source}: Material's {what} markup changed; re-check hooks/material_internals.py ({number})")


def repaired(html: str, source: str, texts: dict[str, str]) -> str:
    if SEARCH_DIALOG not in html:
        raise changed_markup(source, "search dialog", 1)
    named_dialog = SEARCH_DIALOG.replace(
        'role="dialog"', f'role="dialog" aria-label="{escape(texts[SEARCH_DIALOG_TEXT])}"'
    )
    html = use_query_worker(CHECKBOX_AUTOCOMPLETE.sub(r"\1", html.replace(SEARCH_DIALOG, named_dialog)), source)
    if 'id="__toc"' in html and 'for="__toc"' not in html:
        if TOC_TOGGLE not in html:
            raise changed_markup(source, "table of contents toggle", 2)
        html = html.replace(TOC_TOGGLE, "")
    html, controls = HEADER_CONTROL.subn(
        lambda match: (
            f'<button type="button" class="md-header__button md-icon" data-md-for="{match[1]}" '
            f'aria-label="{escape(texts[HEADER_CONTROLS[match[1]]])}">{match[2]}</button>'
        ),
        html,
    )
    if controls != len(HEADER_CONTROLS):
        raise changed_markup(source, "header controls (menu, search)", 4)
    html, skip_links = MATERIAL_SKIP_LINK.subn(r"\1\2", html)
    if skip_links != 1 and not EMPTY_SKIP.search(html):
        raise changed_markup(source, "skip link", 5)
    if html.count(ARTICLE) != 1:
        raise changed_markup(source, "article", 5)
    if html.count(SEARCH_FORM) != 1:
        raise changed_markup(source, "search form", 11)
    html = html.replace(SEARCH_FORM, SEARCH_FORM.replace(">", ' method="dialog">'))
    html, bundles = MATERIAL_BUNDLE.subn(r'<script src="\g<src>" defer></script>', html)
    if bundles != 1:
        raise changed_markup(source, "bundle script", 10)
    if html.count(MATERIAL_STORE) != 1:
        raise changed_markup(source, "storage helper (__md_set)", 13)
    html = html.replace(MATERIAL_STORE, STORE_ONLY_A_CHOSEN_SCHEME)
    return html.replace(ARTICLE, ARTICLE.replace(">", f' id="{ARTICLE_ID}">'))


def use_query_worker(html: str, source: str) -> str:
    """`html` with the search worker in its `__config` replaced by the query worker."""
    replaced, count = MATERIAL_WORKER_URL.subn(rf'\g<key>\g<folder>{QUERY_WORKER}?material=\g<worker>"', html)
    if count != 1:
        raise PluginError(
            f"{source}: expected Material's search worker URL once in __config, found it {count} times; "
            "re-check hooks/material_internals.py (3)"
        )
    return replaced


def local_polyfill(url: str) -> str:
    """The site's own copy of a remote polyfill; a local one as it is."""
    address = urlsplit(url)
    if address.scheme not in ("http", "https"):
        return url
    if address.path == SHIM_PATH:
        return VENDORED_SHIM
    raise PluginError(f"polyfill {url} would be loaded from the internet: vendor it in hooks/material_internals.py (6)")


def check_material_files(theme_dir: Path, project_dir: Path) -> None:
    """Fail when Material's stylesheet, page, bundle or search worker no longer has what the project's site.css
    and scripts rely on."""
    [stylesheet] = (theme_dir / "assets" / "stylesheets").glob("main.*.min.css")
    css = stylesheet.read_text(encoding="utf-8")
    for own in (project_dir / SITE_CSS, project_dir / SITE_JS, project_dir / SEARCH_WAY_ON_JS):
        for name in sorted(set(MATERIAL_CLASS.findall(own.read_text(encoding="utf-8")))):
            if f".{name}" not in css:
                raise PluginError(
                    f"{own.name} uses Material's class {name}, which Material no longer has; re-check (7)"
                )
    if DRAWER_TOGGLE not in (theme_dir / "base.html").read_text(encoding="utf-8"):
        raise PluginError(f"Material's base.html has no {DRAWER_TOGGLE} any more; re-check site.js (7)")
    [bundle] = (theme_dir / "assets" / "javascripts").glob("bundle.*.min.js")
    script = bundle.read_text(encoding="utf-8")
    if DOCUMENT_OBSERVABLE not in script:
        raise PluginError(f"Material's {bundle.name} no longer sets {DOCUMENT_OBSERVABLE}; re-check site.js (7)")
    if KEYS_ON_WINDOW not in script or not SEARCH_ENTER.search(script):
        raise PluginError(
            f"Material's {bundle.name} changed how Enter in the search opens the best result; "
            "re-check search-way-on.js (12)"
        )
    if script.count(PALETTE_STORE) != 1:
        raise PluginError(f"Material's {bundle.name} stores the colour scheme another way; re-check (13)")
    if not ALTERNATE_SITEMAPS.search(script):
        raise PluginError(
            f"Material's {bundle.name} changed how it reads the sitemap of alternate links; "
            "re-check search-on-demand.js (16)"
        )
    for rule in MATERIAL_CSS_RULES:
        if rule not in css:
            raise PluginError(
                f"Material's stylesheet no longer has {rule!r}: update site.css and MATERIAL_CSS_RULES (9)"
            )
    for partial, expected in OVERRIDDEN_PARTIALS.items():
        actual = hashlib.sha256((theme_dir / partial).read_bytes()).hexdigest()
        if actual != expected:
            raise PluginError(
                f"Material's {partial} changed (sha256 {actual}, override made from {expected}): "
                f"compare overrides/{partial} with it and update OVERRIDDEN_PARTIALS (9)"
            )
    if DRAWER_BREAKPOINT not in css:
        raise PluginError(f"Material's drawer breakpoint {DRAWER_BREAKPOINT} changed; re-check site.js (7)")
    [worker] = (theme_dir / "assets" / "javascripts" / "workers").glob("search.*.min.js")
    if not SEARCH_PROTOCOL.search(worker.read_text(encoding="utf-8")):
        raise PluginError(f"Material's {worker.name} changed its message types; re-check search-query.js (8)")
