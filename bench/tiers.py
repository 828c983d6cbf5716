"""Measure how long each test tier takes, and write the figures into bench/results.md (section `figures:tiers`).

Runs each command several times, one after the other, and reports the median wall-clock time and the median
processor time (user and system, of the command and everything it started). The processor time says what the
tier costs when the machine is busy with other work; the wall-clock time is what you wait for.

Usage: .venv/bin/python bench/tiers.py [--runs-check N] [--runs-fast N] [--runs-test N]
(`make test` is left out with --runs-test 0; it is measured once by default.)
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from results import write_figures

PROJECT_ROOT = Path(__file__).resolve().parents[1]
FAILURE_LINES = 40


def measure(command: list[str]) -> tuple[float, float]:
    """One run: (wall-clock seconds, processor seconds of the command and its children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    run = subprocess.run(command, cwd=PROJECT_ROOT, stdout=subprocess.PIPE, text=True)
    wall = time.monotonic() - start
    if run.returncode != 0:  # say which test failed: the summary is at the end of pytest's output
        tail = "\n".join(run.stdout.splitlines()[-FAILURE_LINES:])
        sys.exit(f"{' '.join(command)} failed with exit status {run.returncode}; the end of its output:\n{tail}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs-check", type=int, default=5)
    parser.add_argument("--runs-fast", type=int, default=3)
    parser.add_argument("--runs-test", type=int, default=1)
    arguments = parser.parse_args()
    rows = []
    for target, runs in (
        ("check", arguments.runs_check),
        ("test-fast", arguments.runs_fast),
        ("test", arguments.runs_test),
    ):
        if runs < 1:
            continue
        results = [measure(["make", "--no-print-directory", target]) for _ in range(runs)]
        wall = statistics.median(wall for wall, _ in results)
        cpu = statistics.median(cpu for _, cpu in results)
        rows.append(f"| `make {target}` | {runs} | {wall:.1f} s | {cpu:.1f} s |")
        print(rows[-1], flush=True)
    load = os.getloadavg()[0]
    write_figures(
        "tiers",
        "| tier | runs | median wall-clock time | median processor time |\n| --- | --- | --- | --- |\n"
        + "\n".join(rows)
        + f"\n\nMeasured on {os.cpu_count()} cores; load average {load:.1f} when it ended.",
    )


if __name__ == "__main__":
    main()
