"""Templates get their data as arguments, never as Jinja globals (hooks/pages.py): a marker's template from
`MARKERS`, the page templates from `on_page_context` (and the 404 page from `on_template_context`), a card
from hooks/embed_cards.py. Only pure functions are global. No build: the templates are parsed as they are.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
from jinja2 import meta, nodes
from mkdocs.theme import Theme
from sitebuild import PROJECT_ROOT

from pages import add_template_helpers

OVERRIDES = PROJECT_ROOT / "overrides"
# What MkDocs and Material put in every template's context, as far as the overrides read it (`features`: base.html
# sets it, for the header it includes).
MATERIAL_CONTEXT = {"config", "page", "nav", "lang", "features"}
# Functions without data: the same for every page and every build.
PURE_HELPERS = {"qr_code"}
# The data the hooks pass in: a marker's arguments (`MARKERS`), a page's (`on_page_context`), `page_link`, a
# card's (`card_files`), and what a template hands on to the partial it includes (`contact`).
ARGUMENTS = {
    *("page_link", "role", "next_steps", "emergency", "emergency_label", "checked", "settings", "site_url"),
    *("poster_stylesheet", "poster_pages", "poster_text", "poster_contacts", "roles", "people", "route", "cards"),
    *("card", "snel_weg_url", "page_url", "help_url", "root", "contact"),
    *("texts", "language", "original", "alternates", "paper"),
}


def templates() -> list[Path]:
    return sorted(OVERRIDES.rglob("*.html"))


def names_read(environment: jinja2.Environment, template: Path) -> set[str]:
    """The names a template reads from its context: not those it sets itself, which Jinja's analysis counts as
    read when the `set` is inside an `if`."""
    tree = environment.parse(template.read_text(encoding="utf-8"))
    own = {
        name.name
        for assignment in tree.find_all((nodes.Assign, nodes.AssignBlock))
        for name in [assignment.target, *assignment.target.find_all(nodes.Name)]
        if isinstance(name, nodes.Name)
    }
    return meta.find_undeclared_variables(tree) - own


def test_the_templates_read_only_their_arguments():
    """Parsed without our globals (only our filters, which parsing needs), so that a global reads as a name."""
    environment = Theme(name="material", custom_dir=str(OVERRIDES)).get_env()
    with_helpers = jinja2.Environment()
    add_template_helpers(with_helpers)
    environment.filters.update(with_helpers.filters)
    read = {template.relative_to(OVERRIDES).as_posix(): names_read(environment, template) for template in templates()}
    assert "partials/all-tips.html" in read
    allowed = MATERIAL_CONTEXT | PURE_HELPERS | ARGUMENTS
    assert {name: sorted(names - allowed) for name, names in read.items() if names - allowed} == {}
    assert [name for name, names in read.items() if "site_model" in names] == []


def test_the_template_helpers_are_functions_without_data():
    environment = jinja2.Environment()
    globals_before, filters_before = dict(environment.globals), dict(environment.filters)
    add_template_helpers(environment)
    added = {name: value for name, value in environment.globals.items() if name not in globals_before}
    assert set(added) == PURE_HELPERS
    assert all(callable(value) for value in added.values())
    assert all(callable(value) for name, value in environment.filters.items() if name not in filters_before)
