"""The build fails loudly when Material changes what this site's repairs depend on: an overridden
partial, the CSS rules site.css repeats for the header buttons, or the markup the hook rewrites."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

import material_markup


@pytest.fixture
def material_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the Material files the guards read, in place of the installed ones."""
    templates = tmp_path / "templates"
    (templates / "partials").mkdir(parents=True)
    for partial in material_markup.OVERRIDDEN_PARTIALS:
        shutil.copy(material_markup.MATERIAL_TEMPLATES / partial, templates / partial)
    shutil.copytree(material_markup.MATERIAL_TEMPLATES / "assets" / "stylesheets", templates / "assets" / "stylesheets")
    monkeypatch.setattr(material_markup, "MATERIAL_TEMPLATES", templates)
    return templates


def test_the_installed_material_passes(material_copy: Path):
    assert material_markup.on_config({"site_name": "x"}) == {"site_name": "x"}


def test_a_changed_overridden_partial_fails_the_build(material_copy: Path):
    palette = material_copy / "partials" / "palette.html"
    palette.write_text(palette.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    with pytest.raises(PluginError, match="partials/palette.html changed"):
        material_markup.on_config({})


def test_a_changed_breakpoint_fails_the_build(material_copy: Path):
    for css in (material_copy / "assets" / "stylesheets").glob("main.*.min.css"):
        css.write_text(css.read_text(encoding="utf-8").replace("(min-width:60em){.md-header__button[for=__search]", "(min-width:61em){.md-header__button[for=__search]"), encoding="utf-8")
    with pytest.raises(PluginError, match="no longer has"):
        material_markup.on_config({})


# The parts of a page as Material 9.8 writes them that the hook repairs (copied from a built page).
MATERIAL_PAGE = """<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
<div data-md-component="skip">
  <a href="#tip" class="md-skip">
    Ga naar inhoud
  </a>
</div>
<label class="md-header__button md-icon" for="__drawer"><svg></svg></label>
<label class="md-header__button md-icon" for="__search"><svg></svg></label>
<div class="md-search" data-md-component="search" role="dialog">
<article class="md-content__inner md-typeset">"""


def test_the_hook_repairs_materials_page():
    html = material_markup.repaired(MATERIAL_PAGE, "page.md")
    assert 'aria-label="Menu"' in html and 'id="__inhoud"' in html and "md-skip" not in html
    assert 'role="dialog" aria-label="Zoeken"' in html and "autocomplete" not in html


@pytest.mark.parametrize("markup", [
    '<label class="md-header__button md-icon" for="__drawer">',
    '<article class="md-content__inner md-typeset">',
    '<a href="#tip" class="md-skip">',
    'role="dialog"',
], ids=["menu", "article", "skip-link", "search-dialog"])
def test_changed_page_markup_fails_the_build(markup: str):
    changed = MATERIAL_PAGE.replace(markup, markup.replace('class="md-', 'class="md-x md-').replace('role="dialog"', 'role="region"'))
    assert changed != MATERIAL_PAGE
    with pytest.raises(PluginError, match="markup changed"):
        material_markup.repaired(changed, "page.md")
