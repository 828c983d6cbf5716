"""Fail when the lock no longer matches pyproject.toml: run by `make lint` (and so by `make test`).

Every package that pyproject.toml names must be pinned in the lock at a version its specifier allows:
the site's packages in site.txt, poster.txt and test.txt alike, the poster's (the `poster` extra) in
poster.txt and test.txt, the tests' in test.txt; and test.txt must pin the packages of site.txt and
poster.txt at the same versions as they do. Any mismatch prints one line per problem, ending with the command that fixes it.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
SITE_LOCK = ROOT / "requirements" / "site.txt"
POSTER_LOCK = ROOT / "requirements" / "poster.txt"
TEST_LOCK = ROOT / "requirements" / "test.txt"


def pins(lock: Path) -> dict[str, str]:
    """Package name -> pinned version, from a pip-compile lock (`name==version \\` lines)."""
    found = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line and not line[0].isspace() and not line.startswith("#"):
            requirement = Requirement(line.rstrip(" \\"))
            (specifier,) = requirement.specifier
            found[canonicalize_name(requirement.name)] = specifier.version
    return found


def problems() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    site, poster, test = pins(SITE_LOCK), pins(POSTER_LOCK), pins(TEST_LOCK)
    extras = project["optional-dependencies"]
    wanted = [(SITE_LOCK, site, spec) for spec in project["dependencies"]]
    wanted += [(POSTER_LOCK, poster, spec) for spec in project["dependencies"] + extras["poster"]]
    wanted += [(TEST_LOCK, test, spec) for spec in project["dependencies"] + extras["poster"] + extras["test"]]
    found = []
    for lock, pinned, spec in wanted:
        requirement = Requirement(spec)
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        version = pinned.get(canonicalize_name(requirement.name))
        if version is None:
            found.append(f"{lock.name}: pyproject.toml names {spec!r}, the lock has no {requirement.name}")
        elif not requirement.specifier.contains(version, prereleases=True):
            found.append(f"{lock.name}: pyproject.toml names {spec!r}, the lock pins {requirement.name}=={version}")
    found += [
        f"{lock.name} pins {name}=={version}, {than.name} "
        + (f"{name}=={other[name]}" if name in other else f"has no {name}")
        for lock, pinned, than, other in [
            (SITE_LOCK, site, POSTER_LOCK, poster),
            (POSTER_LOCK, poster, TEST_LOCK, test),
        ]
        for name, version in pinned.items()
        if other.get(name) != version
    ]
    return found


if __name__ == "__main__":
    if found := problems():
        found.append("The lock is out of date: run `make lock` and commit requirements/.")
        print("\n".join(found), file=sys.stderr)
        sys.exit(1)
