"""Build the site with MkDocs, as a subprocess, the way a user or CI does."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mkdocs.utils.meta import get_data
from mkdocs.utils.yaml import yaml_load

PROJECT_ROOT = Path(__file__).resolve().parents[2]
NOT_BUILD_INPUTS = shutil.ignore_patterns(
    ".git", ".venv", ".venv-lock", "site", "dist", "node_modules", "__pycache__", ".pytest_cache"
)


# The address the suite's builds publish, unless a test sets SITE_URL itself.
LOCAL_SITE_URL = "http://127.0.0.1:8000/"


def build_environment(env: dict[str, str | None] | None = None) -> dict[str, str]:
    """This process's environment without any build setting of the developer's shell, plus `env`.

    SITE_URL is the local address unless `env` sets it; a value of None in `env` leaves a setting out."""
    inherited = {name: value for name, value in os.environ.items() if not is_build_setting(name)}
    wanted = {"NO_MKDOCS_2_WARNING": "1", "SITE_URL": LOCAL_SITE_URL, **(env or {})}
    return {**inherited, **{name: value for name, value in wanted.items() if value is not None}}


def is_build_setting(name: str) -> bool:
    return name in ("SITE_URL", "SNEL_WEG_URL", "OFFLINE") or name.startswith("ORG_")


def build(
    site_dir: Path,
    project_dir: Path = PROJECT_ROOT,
    env: dict[str, str | None] | None = None,
    wrapper: Sequence[str] = (),
) -> subprocess.CompletedProcess[str]:
    """Run `mkdocs build --strict` for the project in `project_dir` into `site_dir`, inside `wrapper` if given."""
    return subprocess.run(
        [*wrapper, sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project_dir,
        env=build_environment(env),
        capture_output=True,
        text=True,
        timeout=300,
    )


def copy_project(destination: Path) -> Path:
    """A copy of everything the build reads, for tests that change docs or config."""
    shutil.copytree(PROJECT_ROOT, destination, ignore=NOT_BUILD_INPUTS)
    return destination


def changed_copy(tmp_path: Path, path: str, old: str | None, new: str) -> Path:
    """A copy of the project in which the file at `path` has `old` replaced once by `new` (None: the whole file)."""
    project = copy_project(tmp_path / "project")
    changed = project / path
    text = changed.read_text(encoding="utf-8")
    if old is not None and old not in text:
        raise ValueError(f"{path} does not contain {old!r}")
    changed.write_text(new if old is None else text.replace(old, new, 1), encoding="utf-8")
    return project


def build_changed_copy(tmp_path: Path, path: str, old: str, new: str) -> subprocess.CompletedProcess[str]:
    """Build a copy of the project in which the file at `path` has `old` replaced once by `new`."""
    return build(tmp_path / "site", changed_copy(tmp_path, path, old, new))


@contextmanager
def build_settings(env: dict[str, str | None] | None = None) -> Iterator[None]:
    """This process's environment as `build` gives it to a build (`build_environment`), for a check in-process."""
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(build_environment(env))
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def input_problems(project_dir: Path = PROJECT_ROOT, env: dict[str, str | None] | None = None) -> list[str]:
    """What `make check` (hooks/check_inputs.py) finds in the project, in-process: the build's own messages,
    each the one line a build would stop with. SITE_URL is the local address unless `env` sets it."""
    from check_inputs import (
        problems,
    )  # here, not on top: it loads the hooks, which a bench script that builds needs not

    with build_settings(env):
        return problems(project_dir / "mkdocs.yml")[0]


def mkdocs_config(project_dir: Path = PROJECT_ROOT) -> dict[str, Any]:
    """`mkdocs.yml` as MkDocs reads it, `!ENV` values filled in from the environment."""
    with (project_dir / "mkdocs.yml").open(encoding="utf-8") as config_file:
        return yaml_load(config_file)


def dutch_pages(directory: Path) -> list[Path]:
    """The Dutch pages in a folder of docs/, the originals, without their translations (`docent.en.md`)."""
    return sorted(path for path in directory.glob("*.md") if len(path.suffixes) == 1)


def front_matter(markdown_file: Path) -> dict[str, Any]:
    """The front matter of a page's Markdown source, read the way MkDocs reads it."""
    return get_data(markdown_file.read_text(encoding="utf-8"))[1]
