"""Benchmark: Lighthouse scores of every page, and a role page's first load, served by nginx with gzip.

    /work/main/.venv/bin/python bench/lighthouse.py     (or: .venv/bin/python bench/lighthouse.py)

Lighthouse 12.2.3 (pinned in bench/lighthouse/package-lock.json, installed here with `npm ci` on
first use) in its default mobile mode with simulated throttling, driving Debian's Chromium. Each page
RUNS times; bench/results.md gets the medians between the `figures:lighthouse` markers.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from results import write_figures
from served import served_site

# isort: split
from chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (tests/ is on the path once `served` is imported)
from site_content import built_pages, page_url  # noqa: E402

LIGHTHOUSE_DIR = Path(__file__).resolve().parent / "lighthouse"
LIGHTHOUSE = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
RUNS = 3
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
FIRST_LOAD_PAGE = "rollen/docent/"
# Issue 14: at most 75 KB in at most 8 requests (aim: 70 KB), and no request for the search until it is used.
TARGET_KILOBYTES, AIM_KILOBYTES, TARGET_REQUESTS = 75, 70, 8
SEARCH_FILES = ("search/search_index.json", "/workers/", "/lunr/")


def ensure_lighthouse() -> None:
    if not LIGHTHOUSE.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=LIGHTHOUSE_DIR, check=True)


def run_lighthouse(url: str) -> dict:
    """One Lighthouse report.

    A failed run (now and then a NO_NAVSTART trace error on a busy machine) is tried once more.
    """
    command = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={' '.join(CHROMIUM_ARGS)}",
    ]
    for attempt in range(2):
        result = subprocess.run(
            command, env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True, timeout=300
        )
        if result.returncode == 0:
            return json.loads(result.stdout)
        print(f"Lighthouse failed on {url} (attempt {attempt + 1}):\n{result.stderr[-2000:]}", file=sys.stderr)
    raise SystemExit(f"Lighthouse failed twice on {url}")


def scores(report: dict) -> list[float]:
    """The four category scores (0-100), then the cumulative layout shift."""
    shift = report["audits"]["cumulative-layout-shift"]["numericValue"]
    return [report["categories"][category]["score"] * 100 for category in CATEGORIES] + [shift]


def network_requests(report: dict) -> list[tuple[str, int]]:
    """Each request of the page's first load with its bytes transferred (compressed, with headers).

    Icons that Material's CSS holds as `data:` URLs show up in Lighthouse's list but go over no network.
    """
    items = report["audits"]["network-requests"]["details"]["items"]
    return [(item["url"], item["transferSize"]) for item in items if item["url"].startswith("http")]


def audits_below_full_score(report: dict) -> dict[str, str]:
    """The scored audits, outside performance, that did not pass: id and title."""
    return {
        ref["id"]: report["audits"][ref["id"]]["title"]
        for category in CATEGORIES
        if category != "performance"
        for ref in report["categories"][category]["auditRefs"]
        if ref["weight"] > 0
        and report["audits"][ref["id"]]["score"] is not None
        and report["audits"][ref["id"]]["score"] < 1
    }


def first_load_summary(reports: list[dict]) -> str:
    loads = [network_requests(report) for report in reports]
    kilobytes = statistics.median(sum(size for _, size in load) for load in loads) / 1024
    requests = statistics.median(len(load) for load in loads)
    largest = sorted(loads[0], key=lambda request: -request[1])[:3]
    search = max(sum(any(part in urlsplit(url).path for part in SEARCH_FILES) for url, _ in load) for load in loads)
    return (
        f"First load of `/{FIRST_LOAD_PAGE}`: {kilobytes:.1f} KB transferred with gzip (target at most "
        f"{TARGET_KILOBYTES} KB, aim {AIM_KILOBYTES} KB) in {requests:.0f} requests (target at most "
        f"{TARGET_REQUESTS}), {search} of them for the search (target 0). Largest: "
        + ", ".join(f"`{urlsplit(url).path}` {size / 1024:.1f} KB" for url, size in largest)
        + "."
    )


def main() -> None:
    ensure_lighthouse()
    rows, performances, failed, summary, load = [], [], {}, "", os.getloadavg()[0]
    with served_site() as (site_dir, url):
        for page in built_pages(site_dir):
            address = page_url(site_dir, page)
            reports = [run_lighthouse(url + address) for _ in range(RUNS)]
            medians = [statistics.median(run) for run in zip(*map(scores, reports), strict=True)]
            *categories, shift = medians
            performances.append(categories[0])
            rows.append(f"| `/{address}` | " + " | ".join(f"{score:.0f}" for score in categories) + f" | {shift:.3f} |")
            print(rows[-1], flush=True)
            for report in reports:
                failed.update(audits_below_full_score(report))
            if address == FIRST_LOAD_PAGE:
                summary = first_load_summary(reports)
    write_figures(
        "lighthouse",
        "\n".join(
            [
                "Lighthouse 12.2.3, mobile (simulated throttling), Debian's Chromium, nginx with gzip; "
                f"median of {RUNS} runs per page, on the {os.cpu_count()}-core build machine "
                f"(1-minute load average {load:.1f} when it started; other jobs share the machine, "
                "which costs performance points). Targets: performance at least 99 on every page "
                "(aim 100), 100 for accessibility, best practices and SEO, and a layout shift of 0. "
                f"Lowest performance: {min(performances):.0f}.",
                "",
                "| page | performance | accessibility | best practices | SEO | layout shift |",
                "| --- | ---: | ---: | ---: | ---: | ---: |",
                *rows,
                "",
                "Audits that failed in any run, outside performance: "
                + (", ".join(f"`{audit}` ({title.rstrip('.')})" for audit, title in sorted(failed.items())) or "none")
                + ".",
                "",
                summary,
            ]
        ),
    )


if __name__ == "__main__":
    main()
