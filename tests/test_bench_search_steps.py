"""bench/search.py measures the search step by step, each step the project with later parts taken out by
replacing a line. When a refactor changes such a line, `make bench` stops at its first step, and nobody
notices until the figures are due; this test says so at once."""

from __future__ import annotations

import importlib.util
import sys

import pytest
from sitebuild import PROJECT_ROOT


def bench_search_module():
    sys.path.insert(0, str(PROJECT_ROOT / "bench"))  # as when the script runs: its own folder first
    spec = importlib.util.spec_from_file_location("bench_search", PROJECT_ROOT / "bench" / "search.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PARTS = sorted({part for _, parts in bench_search_module().STEPS for part in parts})


@pytest.mark.parametrize("part", PARTS, ids=lambda part: f"{part[0]}:{part[1][:40]}")
def test_each_part_the_benchmark_takes_out_is_still_in_its_file(part: tuple[str, str, str]):
    path, old, new = part
    text = (PROJECT_ROOT / path).read_text(encoding="utf-8")
    assert text.count(old) >= 1, f"{path} no longer holds {old!r}: update STEPS in bench/search.py"
    assert old != new
