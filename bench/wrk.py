"""Benchmark: requests per second and p99 latency of nginx serving a role page and the search index.

    /work/main/.venv/bin/python bench/wrk.py     (or: .venv/bin/python bench/wrk.py)

Debian's `wrk` on loopback, with gzip accepted as browsers do, a bounded time per run, the median of
RUNS runs. The figures go into bench/results.md between the `figures:wrk` markers.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess

from results import write_figures
from served import served_site

WRK = "/usr/bin/wrk"
RUNS = 3
SECONDS_PER_RUN = 5
CONNECTIONS = 32
TARGETS = {
    "role page `/rollen/docent/`": "rollen/docent/",
    "search index `/search/search_index.json`": "search/search_index.json",
}
UNIT_IN_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def run_wrk(url: str) -> tuple[float, float]:
    """One bounded wrk run: (requests per second, p99 latency in ms)."""
    output = subprocess.run(
        [
            WRK,
            f"--threads={min(2, os.cpu_count() or 1)}",
            f"--connections={CONNECTIONS}",
            f"--duration={SECONDS_PER_RUN}s",
            "--latency",
            "--header=Accept-Encoding: gzip",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=SECONDS_PER_RUN + 30,
    ).stdout
    if "Non-2xx" in output:
        raise SystemExit(f"{url} answered with errors:\n{output}")
    requests_per_second = float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1])
    value, unit = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)$", output, re.MULTILINE).groups()
    return requests_per_second, float(value) * UNIT_IN_MS[unit]


def main() -> None:
    rows, load = [], os.getloadavg()[0]
    with served_site() as (_, url):
        for name, path in TARGETS.items():
            runs = [run_wrk(url + path) for _ in range(RUNS)]
            requests = statistics.median(run[0] for run in runs)
            p99 = statistics.median(run[1] for run in runs)
            rows.append(f"| {name} | {requests:,.0f} | {p99:.2f} ms |")
            print(rows[-1])
    write_figures(
        "wrk",
        "\n".join(
            [
                f"Median of {RUNS} runs of `wrk` ({SECONDS_PER_RUN} s, {CONNECTIONS} connections, "
                f"gzip accepted) against nginx on loopback, on the {os.cpu_count()}-core build machine "
                f"that also runs wrk (1-minute load average {load:.1f} when it started; "
                "other jobs share the machine):",
                "",
                "| target | requests/s | p99 latency |",
                "| --- | ---: | ---: |",
                *rows,
            ]
        ),
    )


if __name__ == "__main__":
    main()
