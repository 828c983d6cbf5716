"""Build the site and serve it with nginx and the project's configuration: what the benchmarks measure.

Uses the test suite's builder and nginx starter, so benchmarks and tests run the same server setup.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(PROJECT_ROOT / folder) for folder in ("tests/support", "deploy", "hooks")]

from nginx_server import nginx  # noqa: E402
from sitebuild import build  # noqa: E402


@contextmanager
def served_site() -> Iterator[tuple[Path, str]]:
    """A fresh strict build in a temporary folder, served by nginx: (site folder, site URL)."""
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        site_dir = Path(folder) / "site"
        result = build(site_dir)
        if result.returncode != 0:
            raise SystemExit(f"strict build failed:\n{result.stderr}")
        with nginx(site_dir) as url:
            yield site_dir, url
