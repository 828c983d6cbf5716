"""Fail when the lock no longer matches pyproject.toml: run by `make lint` (and so by `make test`).

Every package that pyproject.toml names must be pinned in the lock at a version its specifier allows,
site packages in site.txt and test.txt alike, and test.txt must pin the site's packages at the same
versions as site.txt. Any mismatch prints one line per problem, ending with the command that fixes it.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
SITE_LOCK = ROOT / "requirements" / "site.txt"
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
    site, test = pins(SITE_LOCK), pins(TEST_LOCK)
    wanted = [(SITE_LOCK, site, spec) for spec in project["dependencies"]]
    wanted += [(TEST_LOCK, test, spec) for spec in project["dependencies"] + project["optional-dependencies"]["test"]]
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
        f"site.txt pins {name}=={version}, test.txt " + (f"{name}=={test[name]}" if name in test else f"has no {name}")
        for name, version in site.items()
        if test.get(name) != version
    ]
    return found


if __name__ == "__main__":
    if found := problems():
        found.append("The lock is out of date: run `make lock` and commit requirements/.")
        print("\n".join(found), file=sys.stderr)
        sys.exit(1)
