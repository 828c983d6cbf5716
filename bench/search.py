"""Benchmark the site search and write the figures into bench/results.md (section `figures:search`).

Builds the site, then runs the query suite (tests/search_queries.yml) through Material's search UI in
Chromium, as the tests do: top-1 and top-3 per kind of query, for each step of the search setup (the
steps are the same project with later parts taken out of mkdocs.yml), the time from the keystroke to the
shown results (median and 90th percentile over all queries of several runs), and the size of the search
index and of the query worker, raw and gzipped.

Usage: .venv/bin/python bench/search.py [--runs N]
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / folder) for folder in ("tests", "deploy", "hooks")]

from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from results import write_figures  # noqa: E402
from search_ui import (  # noqa: E402
    RESULT_META, SEARCH_INPUT, clear_search, load_queries, open_search, role_page_path, search,
)
from sitebuild import build, copy_project  # noqa: E402
from static_server import serve  # noqa: E402

# Each step adds a part of the search setup; a step's project is mkdocs.yml without the later parts.
STEPS: list[tuple[str, list[str]]] = [
    ("Material, `lang: nl`", ["  - hooks/search_worker.py\n", "  - hooks/ook_voor.py\n", "      separator: "]),
    ("+ separator at punctuation", ["  - hooks/search_worker.py\n", "  - hooks/ook_voor.py\n"]),
    ("+ `ook_voor` words", ["  - hooks/search_worker.py\n"]),
    ("+ query worker (all)", []),
]

# Resolves with the milliseconds from the next key up in the search box to the result count line
# showing an answer (Material renders the list in the same task).
TIME_TO_RESULTS = """([input, meta, placeholder]) => {
  const box = document.querySelector(input), line = document.querySelector(meta)
  window.__timeToResults = new Promise(resolve => {
    let start
    box.addEventListener("keyup", () => { start = performance.now() }, { once: true, capture: true })
    new MutationObserver((_, observer) => {
      if (start !== undefined && line.textContent.trim() !== placeholder) {
        observer.disconnect()
        resolve(performance.now() - start)
      }
    }).observe(line, { childList: true, characterData: true, subtree: true })
  })
}"""


def without_lines(config: str, starts: list[str]) -> str:
    return "".join(line for line in config.splitlines(keepends=True) if not any(line.startswith(s) for s in starts))


def project_for_step(root: Path, removed: list[str]) -> Path:
    project = copy_project(root / "project")
    config = project / "mkdocs.yml"
    config.write_text(without_lines(config.read_text(encoding="utf-8"), removed), encoding="utf-8")
    return project


def built_site(root: Path, removed: list[str]) -> Path:
    site = root / "site"
    result = build(site, project_for_step(root, removed))
    if result.returncode != 0:
        raise SystemExit(f"build failed:\n{result.stderr}")
    return site


def with_search_page(site: Path, use: Callable[[Page, str], object]) -> object:
    with serve(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        open_search(page, url)
        try:
            return use(page, url)
        finally:
            browser.close()


def hits_per_kind(page: Page, _: str) -> dict[str, list[tuple[bool, bool]]]:
    """For each kind of query: (first result right, right within the first three) per query."""
    hits: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    for query in load_queries():
        found, expected = search(page, query["zoekterm"]), role_page_path(query["rol"])
        hits[query["soort"]].append((found[:1] == [expected], expected in found[:3]))
    return hits


def times_to_results(page: Page, _: str, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        for query in load_queries():
            placeholder = clear_search(page)
            box = page.locator(SEARCH_INPUT)
            box.fill(query["zoekterm"])
            page.evaluate(TIME_TO_RESULTS, [SEARCH_INPUT, RESULT_META, placeholder])
            box.press("End")
            times.append(page.evaluate("window.__timeToResults"))
    return times


def share(hits: list[tuple[bool, bool]], which: int) -> str:
    return f"{sum(hit[which] for hit in hits) / len(hits):.0%}"


def sizes(site: Path) -> list[tuple[str, int, int]]:
    files = [("search index", site / "search" / "search_index.json"),
             ("query worker", site / "assets" / "javascripts" / "workers" / "search-query.js")]
    return [(name, len(data := path.read_bytes()), len(gzip.compress(data, 9))) for name, path in files]


def figures(steps: list[tuple[str, dict]], times: list[float], runs: int, site: Path) -> str:
    kinds = {kind: len(hits) for kind, hits in steps[-1][1].items()}
    rows = [("all", sum(kinds.values()))] + list(kinds.items())

    def cell(hits: dict[str, list[tuple[bool, bool]]], kind: str) -> str:
        chosen = [hit for name, kind_hits in hits.items() if kind in ("all", name) for hit in kind_hits]
        return f"{share(chosen, 0)} / {share(chosen, 1)}"

    lines = [
        f"Query suite: {rows[0][1]} queries, run through Material's search UI in Chromium. Top-1 / top-3 per kind",
        "of query, for each step of the setup (each step adds one part to the one before):",
        "",
        "| kind of query | queries | " + " | ".join(name for name, _ in steps) + " |",
        "| --- | --- |" + " --- |" * len(steps),
        *(f"| {kind} | {count} | " + " | ".join(cell(hits, kind) for _, hits in steps) + " |" for kind, count in rows),
        "",
        f"Keystroke to results: median {statistics.median(times):.0f} ms, 90th percentile "
        f"{statistics.quantiles(times, n=10)[-1]:.0f} ms "
        f"({len(times)} searches: the suite {runs} times, all steps on).",
        "",
        "| file | raw | gzip -9 |",
        "| --- | --- | --- |",
        *(f"| {name} | {raw / 1024:.1f} KB | {packed / 1024:.1f} KB |" for name, raw, packed in sizes(site)),
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of the suite for the time to results")
    runs = parser.parse_args().runs
    steps = []
    with tempfile.TemporaryDirectory() as temp:
        for number, (name, removed) in enumerate(STEPS):
            site = built_site(Path(temp) / str(number), removed)
            steps.append((name, with_search_page(site, hits_per_kind)))
        times = with_search_page(site, lambda page, url: times_to_results(page, url, runs))
        markdown = figures(steps, times, runs, site)
    print(markdown)
    write_figures("search", markdown)


if __name__ == "__main__":
    main()
