"""The site's languages, from files, for the i18n plugin (mkdocs-static-i18n), and every dependency on its internals.

A language is files only (CONTRIBUTING.md: "Another language"): `data/teksten.<code>.yml` (its name, Material's
interface language and the site's interface texts), `docs/**/<page>.<code>.md` and `data/poster.<code>.yml`.
`hooks/model.py` reads and checks them; this hook hands the languages to the plugin, which builds the Dutch
site and then, into `<code>/`, the whole site again for each other language (every hook runs in each build).

mkdocs.yml names only Dutch, the default, which the plugin needs to start. On the first build's `on_config`,
before the plugin's own (priority -100), the languages of `data/teksten.*.yml` replace that list. In every
build, before Material's search plugin reads them (priority 0), the theme's interface language and the search
plugin's language are set for the language being built, so that each language's index gets its own stemmer.
The explicit titles of `nav` in mkdocs.yml ("Startpagina") are Dutch interface texts: the plugin's
`nav_translations` puts the language's text for the same key in their place.

The plugin's internals used here, each guarded in `i18n_plugin`:
1. `current_language`: the language being built (None before the plugin's first `on_config`);
2. `config.languages`: a list of its `I18nPluginLanguage` sub-configs, read on its first `on_config`;
3. `building`: true while the plugin builds the other languages, from the Dutch build's `on_post_build`;
4. a page's file in another language's build is `rollen/docent.en.md`, its `norm_src_uri` the Dutch page's
   path, `rollen/docent.md`, by which the site's hooks and templates name a page in every language.

A moved page's redirect (mkdocs-redirects, `redirect_maps` in mkdocs.yml) works in every language: in each
build it starts below the language's root, and leads to the new page in that language. That uses one internal
of mkdocs-redirects, guarded in `on_files`: `doc_pages`, the pages it looks a redirect's target up in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from model import DEFAULT_LANGUAGE, InputError, InterfaceTexts, read_languages

I18N_PLUGIN = "i18n"
SEARCH_PLUGIN = "material/search"
REDIRECTS_PLUGIN = "redirects"


def i18n_plugin(config: MkDocsConfig) -> Any:
    plugin = config.plugins.get(I18N_PLUGIN)
    if plugin is None:
        raise PluginError("mkdocs.yml: plugins: expected i18n (mkdocs-static-i18n); it builds each language")
    if not all(hasattr(plugin, name) for name in ("current_language", "building")) or not hasattr(
        plugin.config, "languages"
    ):
        raise PluginError(
            "mkdocs-static-i18n changed: its plugin has no current_language, building or config.languages; "
            "re-check hooks/languages.py"
        )
    return plugin


def current_language(config: MkDocsConfig) -> str:
    """The language this build is for: Dutch until the plugin starts another language's build."""
    if config.plugins.get(I18N_PLUGIN) is None:  # `make check` and the tests load a config without building
        return DEFAULT_LANGUAGE
    return i18n_plugin(config).current_language or DEFAULT_LANGUAGE


def is_building_a_language(config: MkDocsConfig) -> bool:
    """True within the build of a language and the Dutch build's end; false once the plugin has built them all."""
    return bool(i18n_plugin(config).building)


def language_root(language: str) -> str:
    """Where a language's site is, below the site's root: "" for Dutch, "en/" for English."""
    return "" if language == DEFAULT_LANGUAGE else f"{language}/"


def source_path(file: File) -> str:
    """The page's Dutch source path, `rollen/docent.md`, in every language's build."""
    return getattr(file, "norm_src_uri", file.src_uri)


@event_priority(50)  # before Material's search plugin and the i18n plugin read the settings it sets
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    plugin = i18n_plugin(config)
    languages = read_languages(Path(config.config_file_path).parent)
    if plugin.current_language is None:
        plugin.config.languages = [plugin_language(code, texts, languages, config) for code, texts in languages.items()]
    language = languages[current_language(config)]
    config.theme["language"] = language.material
    search = config.plugins.get(SEARCH_PLUGIN) or config.plugins.get("search")
    if search is None:
        raise PluginError("mkdocs.yml: plugins: expected search")
    search.config.lang = []  # Material's search plugin takes it from the theme's language (`search.config.lang`)
    redirect_in_language(config, current_language(config))
    return config


def redirect_in_language(config: MkDocsConfig, language: str) -> None:
    """A moved page's redirect (mkdocs.yml, `redirects: redirect_maps`, `old.md: new.md`) in this language's build
    starts at the old page's address below the language's root (`en/old/`); `on_files` points it at the new page
    in the same language."""
    plugin = config.plugins.get(REDIRECTS_PLUGIN)
    if plugin is None:
        return
    if not hasattr(plugin, "dutch_redirect_maps"):  # the first build's, as mkdocs.yml has it
        plugin.dutch_redirect_maps = dict(plugin.config["redirect_maps"])
    root = language_root(language)
    plugin.config["redirect_maps"] = {root + old: new for old, new in plugin.dutch_redirect_maps.items()}


@event_priority(-110)  # after the i18n plugin has chosen this language's pages (its priority is -100)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """mkdocs-redirects finds a redirect's target among the pages it listed by source path, before the i18n plugin
    chose this build's pages: it gets this language's pages instead, by their Dutch source path, so that `new.md`
    is `en/new/` in the English build."""
    plugin = config.plugins.get(REDIRECTS_PLUGIN)
    if plugin is not None:
        if not isinstance(getattr(plugin, "doc_pages", None), dict):
            raise PluginError("mkdocs-redirects changed: its plugin has no doc_pages; re-check hooks/languages.py")
        plugin.doc_pages = {source_path(file): file for file in files.documentation_pages()}
    return files


def plugin_language(
    code: str, texts: InterfaceTexts, languages: dict[str, InterfaceTexts], config: MkDocsConfig
) -> Any:
    """The plugin's settings for one language."""
    from mkdocs_static_i18n.config import I18nPluginLanguage  # guarded: the import fails loudly if it moved

    entry = I18nPluginLanguage()
    entry.load_dict(
        {
            "locale": code,
            "name": texts.naam,
            "default": code == DEFAULT_LANGUAGE,
            "build": True,
            "theme": {"language": texts.material},
            "nav_translations": nav_translations(languages[DEFAULT_LANGUAGE], texts, config),
        }
    )
    failed, _ = entry.validate()
    if failed:
        key, error = failed[0]
        raise InputError(f"data/teksten.{code}.yml: {key}: {error}")
    return entry


def nav_translations(dutch: InterfaceTexts, texts: InterfaceTexts, config: MkDocsConfig) -> dict[str, str]:
    """Each explicit title in mkdocs.yml's nav, a Dutch interface text, in the language of `texts`."""
    titles = [title for item in config.nav or [] if isinstance(item, dict) for title in item]
    translations = {}
    for title in titles:
        key = next((key for key, text in dutch.teksten.items() if text == title), None)
        if key is None:
            raise InputError(
                f"mkdocs.yml: nav: title {title!r}: expected a text of data/teksten.nl.yml, to translate it"
            )
        translations[title] = texts.teksten[key]
    return translations
