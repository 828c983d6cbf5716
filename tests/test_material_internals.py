"""Every guard on Material's internals fails loudly when Material changes what the site relies on."""

from pathlib import Path

import pytest
from interface_texts import texts
from mkdocs.exceptions import PluginError
from sitebuild import PROJECT_ROOT

from material_internals import MATERIAL_TEMPLATES, check_material_files, repaired


def material_copy(tmp_path: Path, replace_in: str, old: str, new: str) -> Path:
    """The parts of Material's theme the guards read, with `old` replaced by `new` in one of them."""
    copy = tmp_path / "material"
    parts = [
        ("", "base.html"),
        ("partials", "palette.html"),
        ("partials", "toc.html"),
        ("partials", "copyright.html"),
        ("partials", "alternate.html"),
        ("partials", "header.html"),
        ("assets/stylesheets", "main.*.min.css"),
        ("assets/javascripts", "bundle.*.min.js"),
        ("assets/javascripts/workers", "search.*.min.js"),
    ]
    for folder, pattern in parts:
        (copy / folder).mkdir(parents=True, exist_ok=True)
        [original] = (MATERIAL_TEMPLATES / folder).glob(pattern)
        text = original.read_text(encoding="utf-8")
        if original.match(replace_in):
            assert old in text
            text = text.replace(old, new)
        (copy / folder / original.name).write_text(text, encoding="utf-8")
    return copy


def test_the_installed_material_passes_every_guard():
    check_material_files(MATERIAL_TEMPLATES, PROJECT_ROOT)


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("main.*.min.css", ".md-search__output", ".md-search__results", "class md-search__output"),
        ("main.*.min.css", "max-width:76.234375em", "max-width:80em", "drawer breakpoint"),
        (
            "main.*.min.css",
            ".md-sidebar--primary",
            ".md-sidebar--main",
            r"site\.(css|js) uses Material's class md-sidebar--primary",
        ),
        ("main.*.min.css", ".md-nav__link", ".md-nav__entry", "search-way-on.js uses Material's class md-nav__link"),
        ("search.*.min.js", "{type:3,", "{type:4,", "message types"),
        ("base.html", 'data-md-toggle="drawer"', 'data-md-toggle="menu"', "drawer"),
        ("bundle.*.min.js", "window.document$", "window.page$", "document"),
        ("bundle.*.min.js", '":first-child [href]"', '":first-child > [href]"', "Enter in the search"),
        (
            "main.*.min.css",
            "(min-width:60em){.md-header__button[for=__search]",
            "(min-width:61em){.md-header__button[for=__search]",
            "MATERIAL_CSS_RULES",
        ),
        ("palette.html", 'data-md-component="palette"', 'data-md-component="scheme"', "partials/palette.html changed"),
        (
            "copyright.html",
            'class="md-copyright"',
            'class="md-copyright md-copyright--new"',
            "partials/copyright.html changed",
        ),
        ("bundle.*.min.js", '__md_set("__palette",', '__md_set("__scheme",', "stores the colour scheme another way"),
        (
            "alternate.html",
            'class="md-select__link"',
            'class="md-select__link" lang="{{ alt.lang }}"',
            "partials/alternate.html changed",
        ),
        ("bundle.*.min.js", 'M("link[rel=alternate]")', 'M("link[hreflang]")', "sitemap of alternate links"),
        ("header.html", 'class="md-header__inner md-grid"', 'class="md-header__inner"', "partials/header.html changed"),
    ],
    ids=[
        "a-styled-class-is-gone",
        "the-drawer-breakpoint-moved",
        "a-class-the-site-styles-and-scripts-is-gone",
        "the-navigation-link-class-the-way-on-reads-is-gone",
        "the-worker-protocol-changed",
        "the-drawer-toggle-changed",
        "the-page-observable-is-gone",
        "the-search-enter-changed",
        "a-header-button-rule-changed",
        "an-overridden-partial-changed",
        "the-overridden-footer-partial-changed",
        "the-palette-is-stored-another-way",
        "the-overridden-language-switch-changed",
        "the-alternate-sitemaps-are-read-another-way",
        "the-overridden-header-changed",
    ],
)
def test_a_changed_material_fails_naming_what_to_recheck(tmp_path: Path, file: str, old: str, new: str, message: str):
    with pytest.raises(PluginError, match=message):
        check_material_files(material_copy(tmp_path, file, old, new), PROJECT_ROOT)


# The parts of a page as Material 9.8 writes them that the hook repairs (copied from a built page).
MATERIAL_PAGE = """<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
<script>__md_scope=new URL(".",location),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}</script>
<div data-md-component="skip">
  <a href="#tip" class="md-skip">
    Ga naar inhoud
  </a>
</div>
<label class="md-header__button md-icon" for="__drawer"><svg></svg></label>
<label class="md-header__button md-icon" for="__search"><svg></svg></label>
<div class="md-search" data-md-component="search" role="dialog">
<form class="md-search__form" name="search">
<article class="md-content__inner md-typeset">
<script id="__config" type="application/json">{"search": "assets/javascripts/workers/search.a7633da7.min.js"}</script>
<script src="../assets/javascripts/bundle.a5f9d56c.min.js"></script>"""


def test_an_unlabelled_table_of_contents_toggle_is_dropped_and_a_labelled_one_kept():
    toggle = '<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">'
    assert toggle not in repaired(MATERIAL_PAGE + toggle, "rollen/docent.md", texts())
    labelled = toggle + '<label class="md-nav__link md-nav__link--active" for="__toc">'
    assert toggle in repaired(MATERIAL_PAGE + labelled, "veilig-internetten.md", texts())
    with pytest.raises(PluginError, match="table of contents toggle markup changed"):
        repaired(MATERIAL_PAGE + toggle.replace("md-toggle", "md-switch"), "rollen/docent.md", texts())


def test_the_hook_repairs_materials_page():
    html = repaired(MATERIAL_PAGE, "page.md", texts())
    assert f'aria-label="{texts()["menu"]}"' in html and 'id="__inhoud"' in html and "md-skip" not in html
    assert f'role="dialog" aria-label="{texts()["zoeken"]}"' in html and "autocomplete" not in html
    assert '<form class="md-search__form" name="search" method="dialog">' in html
    assert "workers/search-query.js?material=search.a7633da7.min.js" in html
    assert '<script src="../assets/javascripts/bundle.a5f9d56c.min.js" defer></script>' in html
    assert '{if(e==="__palette"&&!document.querySelector("[name=__palette]:checked"))return;try{' in html


def test_the_hook_names_the_controls_in_the_pages_language_and_knows_materials_skip_link_in_it():
    """Material writes its skip link in its own words for the language ("Skip to content" in English)."""
    html = repaired(MATERIAL_PAGE.replace("Ga naar inhoud", "Skip to content"), "page.en.md", texts("en"))
    assert "md-skip" not in html and "Skip to content" not in html
    assert f'aria-label="{texts("en")["menu"]}"' in html
    assert f'role="dialog" aria-label="{texts("en")["zoeken"]}"' in html and "Zoeken" not in html


@pytest.mark.parametrize(
    "markup",
    [
        '<label class="md-header__button md-icon" for="__drawer">',
        '<article class="md-content__inner md-typeset">',
        '<a href="#tip" class="md-skip">',
        'role="dialog"',
        '<script src="../assets/javascripts/bundle.',
        "__md_set=(e,_,t=localStorage",
        '<form class="md-search__form"',
    ],
    ids=["menu", "article", "skip-link", "search-dialog", "bundle-script", "storage-helper", "search-form"],
)
def test_changed_page_markup_fails_the_build(markup: str):
    changed = MATERIAL_PAGE.replace(
        markup,
        markup.replace('class="md-', 'class="md-x md-')
        .replace('role="dialog"', 'role="region"')
        .replace("<script src=", '<script type="module" src=')
        .replace("t=localStorage", "t=sessionStorage"),
    )
    assert changed != MATERIAL_PAGE
    with pytest.raises(PluginError, match="markup changed"):
        repaired(changed, "page.md", texts())
