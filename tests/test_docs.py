"""The developers' docs stay in step with the code: "How a build runs" in CONTRIBUTING.md names every event
handler of every hook in mkdocs.yml, and only those; the hook table names every module in hooks/; and every
link between the docs reaches its file and heading; deploy/README.md shows a host the whole way in ten commands
or fewer. No build: the docs and the hook modules are read as they are.
"""

from __future__ import annotations

import functools
import importlib
import inspect
from pathlib import Path
from urllib.parse import unquote

import markdown
import pytest
from bs4 import BeautifulSoup
from mkdocs.plugins import CombinedEvent
from mkdocs.utils.yaml import yaml_load
from sitebuild import PROJECT_ROOT

DOCS = ["README.md", "CONTRIBUTING.md", "deploy/README.md", "deploy/POSTER.md"]
PLUGIN_ROWS = ("the search", "the i18n", "the offline", "the redirects")  # rows for plugins, not for the site's hooks


@functools.cache
def rendered(path: Path) -> BeautifulSoup:
    """The Markdown file as HTML, its headings with ids (Python-Markdown's toc, as MkDocs makes them)."""
    html = markdown.markdown(path.read_text(encoding="utf-8"), extensions=["tables", "toc"])
    return BeautifulSoup(html, "html.parser")


def section_table(document: BeautifulSoup, heading: str):
    """The first table after the h2 `heading`."""
    [title] = [h2 for h2 in document.find_all("h2") if h2.get_text() == heading]
    return title.find_next("table")


def listed_hooks() -> list[str]:
    """The modules under `hooks:` in mkdocs.yml, read as MkDocs reads the file."""
    with (PROJECT_ROOT / "mkdocs.yml").open(encoding="utf-8") as config:
        return [Path(hook).stem for hook in yaml_load(config)["hooks"]]


def documented_handlers() -> set[tuple[str, str]]:
    """(event, hook module) for each row of "How a build runs" that names one of the site's hooks."""
    rows = section_table(rendered(PROJECT_ROOT / "CONTRIBUTING.md"), "How a build runs").find_all("tr")[1:]
    found, event = set(), None
    for row in rows:
        first, who = (cell.get_text(" ", strip=True) for cell in row.find_all("td")[:2])
        event = first.split()[0] if first else event
        if not who.startswith(PLUGIN_ROWS):
            found.add((event, who.split()[0].removesuffix(".py")))
    return found


def test_how_a_build_runs_names_every_event_handler_of_every_hook_and_no_other():
    handlers = set()
    for name in listed_hooks():
        module = importlib.import_module(name)
        handlers |= {
            (function_name, name)
            for function_name, handler in inspect.getmembers(module)
            if function_name.startswith("on_")
            and (
                isinstance(handler, CombinedEvent)  # one event, several handlers, each at its own priority
                or (inspect.isfunction(handler) and handler.__module__ == module.__name__)
            )
        }
    assert documented_handlers() == handlers


def test_the_hook_table_names_every_module_in_hooks():
    table = section_table(rendered(PROJECT_ROOT / "CONTRIBUTING.md"), "Page layout and the hooks").find_next("table")
    named = {cell.find("code").get_text() for cell in table.select("tr > td:first-child")}
    assert named == {f"hooks/{path.name}" for path in (PROJECT_ROOT / "hooks").glob("*.py")}


@pytest.mark.parametrize("doc", DOCS)
def test_every_link_between_the_docs_reaches_its_file_and_heading(doc: str):
    source = PROJECT_ROOT / doc
    broken = []
    for link in rendered(source).find_all("a", href=True):
        target, _, anchor = unquote(link["href"]).partition("#")
        if "://" in target:
            continue
        path = ((source.parent / target) if target else source).resolve()
        if not path.exists():
            broken.append(link["href"])
        elif anchor and not rendered(path).find(id=anchor):
            broken.append(link["href"])
    assert broken == []


def test_the_whole_way_for_a_host_is_ten_numbered_commands_or_fewer():
    """deploy/README.md's first section: settings file, check, build, nginx configuration, reload."""
    text = (PROJECT_ROOT / "deploy/README.md").read_text(encoding="utf-8")
    section = text.split("\n## Your copy, the whole way\n", 1)[1].split("\n## ", 1)[0]
    block = section.split("```sh\n", 1)[1].split("\n```", 1)[0]
    commands = [line for line in block.replace("\\\n", " ").splitlines() if line.strip()]
    numbers = [int(command.rsplit("# ", 1)[1].split()[0]) for command in commands]
    assert numbers == list(range(1, len(commands) + 1)) and len(commands) <= 10
    steps = ["organisatie.env.example organisatie.env", "make check", "make build", "nginx_config.py", "reload nginx"]
    positions = [next(i for i, command in enumerate(commands) if step in command) for step in steps]
    assert positions == sorted(positions)
