"""The fast tier keeps its promise: `make test-fast` runs where neither Chromium nor nginx can start
(scripts/without-chromium-and-nginx), and the tests that start them another way than through the suite's
fixtures are in their slow tiers (tests/support/markers.py)."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from sitebuild import PROJECT_ROOT

SANDBOX = PROJECT_ROOT / "scripts" / "without-chromium-and-nginx"
# Modules that start Chromium or nginx through a program or a starter of their own, not through a fixture.
STARTING_OTHERWISE = [
    "test_poster.py",
    "test_accessibility_pa11y.py",
    "test_observatory.py",
    "test_debian_default_site.py",
]


@pytest.mark.parametrize("program", ["/usr/bin/chromium", "/usr/lib/chromium/chromium", "/usr/sbin/nginx"])
def test_neither_chromium_nor_nginx_can_start_in_the_fast_tier(program: str):
    result = subprocess.run([SANDBOX, program, "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    if Path(program).exists():  # installed: replaced, and the message says why
        assert result.returncode == 97 and "this tier (make test-fast) starts no Chromium and no nginx" in result.stderr


def test_tests_that_start_chromium_or_nginx_otherwise_are_not_in_the_fast_tier():
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-m", "not browser and not nginx"]
        + [str(PROJECT_ROOT / "tests" / module) for module in STARTING_OTHERWISE],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 5, result.stdout + result.stderr  # 5: no test selected
    summary = result.stdout.strip().splitlines()[-1]
    deselected = re.search(r"\((\d+) deselected\)", summary)
    assert deselected and int(deselected[1]) >= 10, summary
