"""`make poster`, as the tests run it: scripts/build-poster with these build settings."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sitebuild import PROJECT_ROOT, build_environment


def run_build_poster(dist: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Build the site with `env` and print both posters into `dist`; the script refuses a poster of more than
    one page, or not of its paper size."""
    return subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "scripts" / "build-poster"), str(dist)],
        cwd=PROJECT_ROOT,
        env=build_environment(env),
        capture_output=True,
        text=True,
        timeout=300,
    )
