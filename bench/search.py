"""Benchmark the site search and write the figures into bench/results.md (section `figures:search`).

Builds the site, then runs the query suite (tests/search_queries.yml) through Material's search UI in
Chromium, as the tests do: top-1 and top-3 per kind of query, for each step of the search setup (the
steps are the same project with later parts taken out), for the tuned part and, separately, the held-out
part of the suite; the time from the keystroke to the shown results (median and 90th percentile over all
queries of several runs), and from the first keystroke after focusing the search on a freshly loaded
page, which is when the search starts to load; a role page's first load through nginx with gzip (bytes
transferred and requests, before and after the search is used); and the size of the search files.

Usage: .venv/bin/python bench/search.py [--runs N] [--first-searches N]
"""

from __future__ import annotations

import argparse
import gzip
import os
import statistics
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Page, sync_playwright

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / folder) for folder in ("tests/support", "deploy", "hooks")]

from chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from nginx_server import nginx  # noqa: E402
from search_ui import (  # noqa: E402
    RESULT_META,
    SEARCH_INPUT,
    clear_search,
    judge,
    load_queries,
    open_search,
    role_pages_of_site,
    search_outcome,
    translations,
)
from sitebuild import build, copy_project  # noqa: E402
from static_server import serve  # noqa: E402

from results import write_figures  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results.md"
FIRST_LOAD_PAGE = "rollen/docent/"
FIRST_LOAD_KILOBYTES, FIRST_LOAD_REQUESTS = 75, 8
SEARCH_FILES = ("search/search_index.json", "/workers/", "/lunr/")


# A part of the search setup: a change to one file of the project that takes the part out.
Part = tuple[str, str, str]
SEARCH_ON_DEMAND: Part = ("overrides/main.html", '{% include "partials/search-on-demand.html" %}', "")
COMPOUNDS: Part = (
    "docs/assets/javascripts/workers/search-query.js",
    "  return splitCompound(folded) ?? queryWord",
    "  return queryWord",
)
QUERY_WORKER: Part = (
    "hooks/material_internals.py",
    'html = use_query_worker(CHECKBOX_AUTOCOMPLETE.sub(r"\\1", html.replace(SEARCH_DIALOG, named_dialog)), source)',
    'html = CHECKBOX_AUTOCOMPLETE.sub(r"\\1", html.replace(SEARCH_DIALOG, named_dialog))',
)
DESCRIPTIONS: Part = ("hooks/search.py", ", DESCRIPTION: role.description}", "}")
OOK_VOOR: Part = (
    "hooks/search.py",
    'index["docs"].append(entry | ({OOK_VOOR: " ".join(role.ook_voor)} if role.ook_voor else {}))',
    'index["docs"].append(entry)',
)
SEPARATOR: Part = ("mkdocs.yml", "      separator: ", "      # separator: ")

# Each step adds a part of the search setup to the one before; a step's project lacks the later parts.
STEPS: list[tuple[str, list[Part]]] = [
    ("Material, `lang: nl`", [SEARCH_ON_DEMAND, COMPOUNDS, QUERY_WORKER, DESCRIPTIONS, OOK_VOOR, SEPARATOR]),
    ("+ separator at punctuation", [SEARCH_ON_DEMAND, COMPOUNDS, QUERY_WORKER, DESCRIPTIONS, OOK_VOOR]),
    ("+ `ook_voor` words", [SEARCH_ON_DEMAND, COMPOUNDS, QUERY_WORKER, DESCRIPTIONS]),
    ("+ role descriptions", [SEARCH_ON_DEMAND, COMPOUNDS, QUERY_WORKER]),
    ("+ query worker", [SEARCH_ON_DEMAND, COMPOUNDS]),
    ("+ compounds", [SEARCH_ON_DEMAND]),
    ("+ search on demand, way on (all)", []),
]

# Resolves with the milliseconds from the next key up in the search box to the result count line
# showing an answer (Material renders the list in the same task).
TIME_TO_RESULTS = """([input, meta, placeholder]) => {
  const box = document.querySelector(input), line = document.querySelector(meta)
  window.__timeToResults = new Promise(resolve => {
    let start
    box.addEventListener("keyup", () => { start = performance.now() }, { once: true, capture: true })
    new MutationObserver((_, observer) => {
      if (start !== undefined && line.textContent.trim() !== placeholder && line.textContent.trim() !== "") {
        observer.disconnect()
        resolve(performance.now() - start)
      }
    }).observe(line, { childList: true, characterData: true, subtree: true })
  })
}"""


def project_for_step(root: Path, removed: list[Part]) -> Path:
    project = copy_project(root / "project")
    for path, old, new in removed:
        file = project / path
        text = file.read_text(encoding="utf-8")
        if old not in text:
            raise SystemExit(f"{path} no longer holds {old!r}: update STEPS in bench/search.py")
        file.write_text(text.replace(old, new, 1), encoding="utf-8")
    return project


def built_site(root: Path, removed: list[Part]) -> Path:
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


Hits = dict[str, list[tuple[bool, bool]]]


def hits_per_kind(page: Page, url: str) -> tuple[Hits, Hits]:
    """For each kind of query, tuned and held out: (first result right, right within the first three) per query."""
    roles = role_pages_of_site(page, url)
    parts = []
    for part in ("zoekvragen", "achtergehouden"):
        hits: Hits = defaultdict(list)
        for query in load_queries(part=part):
            hits[query["soort"]].append(judge(query, search_outcome(page, query["zoekterm"], url), roles))
        parts.append(hits)
    return parts[0], parts[1]


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


def first_search_times(url: str, loads: int) -> list[float]:
    """From the first keystroke to the results, typed at once after focusing the search on a fresh page."""
    queries = [query["zoekterm"] for query in load_queries() if "rol" in query]
    times = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for number in range(loads):
            context = browser.new_context()
            page = context.new_page()
            page.goto(url + FIRST_LOAD_PAGE)
            page.wait_for_load_state("networkidle")
            placeholder = translations(page)["search.result.placeholder"]
            page.evaluate(TIME_TO_RESULTS, [SEARCH_INPUT, RESULT_META, placeholder])
            page.locator(SEARCH_INPUT).click()
            page.keyboard.type(queries[number % len(queries)][:1])
            times.append(page.evaluate("window.__timeToResults"))
            context.close()
        browser.close()
    return times


def transferred(url: str) -> dict[str, list[tuple[str, int]]]:
    """Each request of a role page's first load (fresh browser, no cache), and those after the search is
    used, with the bytes transferred (headers and compressed body)."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context()
        finished: list = []
        context.on("requestfinished", lambda request: finished.append(request))
        page = context.new_page()
        page.goto(url + FIRST_LOAD_PAGE)
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(2000)  # a request made late (an icon, a lazy image) still counts
        page.wait_for_load_state("networkidle")
        first = list(finished)
        page.locator(SEARCH_INPUT).click()
        page.keyboard.type("leraar")
        page.locator(".md-search-result__link").first.wait_for()
        page.wait_for_load_state("networkidle")

        def size(request) -> int:
            sizes = request.sizes()
            return sizes["responseHeadersSize"] + sizes["responseBodySize"]

        loads = {
            "first": [(request.url, size(request)) for request in first],
            "search": [(request.url, size(request)) for request in finished[len(first) :]],
        }
        browser.close()
        return loads


def share(hits: list[tuple[bool, bool]], which: int) -> str:
    return f"{sum(hit[which] for hit in hits) / len(hits):.0%}"


def sizes(site: Path) -> list[tuple[str, int, int]]:
    javascripts = site / "assets" / "javascripts"
    files = [
        ("search index", site / "search" / "search_index.json"),
        ("query worker", javascripts / "workers" / "search-query.js"),
        ("Material's search worker", next((javascripts / "workers").glob("search.*.min.js"))),
        ("search on demand (loaded on every page)", javascripts / "search-on-demand.js"),
    ]
    return [(name, len(data := path.read_bytes()), len(gzip.compress(data, 9))) for name, path in files]


def milliseconds(times: list[float]) -> str:
    return f"median {statistics.median(times):.0f} ms, 90th percentile {statistics.quantiles(times, n=10)[-1]:.0f} ms"


def kilobytes(load: list[tuple[str, int]]) -> str:
    return f"{sum(size for _, size in load) / 1024:.1f} KB in {len(load)} requests"


def figures(
    steps: list[tuple[str, tuple[Hits, Hits]]],
    times: list[float],
    firsts: list[float],
    runs: int,
    loads: dict[str, list[tuple[str, int]]],
    site: Path,
) -> str:
    tuned = steps[-1][1][0]
    kinds = {kind: len(hits) for kind, hits in tuned.items()}
    rows = [("all", sum(kinds.values()))] + list(kinds.items())
    held_out = steps[-1][1][1]

    def cell(hits: Hits, kind: str) -> str:
        chosen = [hit for name, kind_hits in hits.items() if kind in ("all", name) for hit in kind_hits]
        return f"{share(chosen, 0)} / {share(chosen, 1)}" if chosen else "-"

    first = loads["first"]
    largest = sorted(first, key=lambda request: -request[1])[:3]
    lines = [
        f"Query suite: {rows[0][1]} queries tuned against, and {sum(len(h) for h in held_out.values())} held out "
        "(written before the tuning, run after it), through Material's search UI in Chromium. Top-1 / top-3 per "
        "kind of query, for each step of the setup (each step adds one part to the one before). A query of kind "
        '`onderwerp` counts as right when "Alle tips" and "Hulp en melden" are offered above its results, one of '
        "kind `niets` when nothing is found and the way on is offered.",
        "",
        "| kind of query | queries | " + " | ".join(name for name, _ in steps) + " |",
        "| --- | --- |" + " --- |" * len(steps),
        *(
            f"| {kind} | {count} | " + " | ".join(cell(hits, kind) for _, (hits, _) in steps) + " |"
            for kind, count in rows
        ),
        f"| **held out** | {sum(len(h) for h in held_out.values())} | "
        + " | ".join(cell(held, "all") for _, (_, held) in steps)
        + " |",
        "",
        "Held out, per kind (all steps on): "
        + ", ".join(f"{kind} {len(hits)}: {cell(held_out, kind)}" for kind, hits in sorted(held_out.items()))
        + ".",
        "",
        f"Keystroke to results, search loaded: {milliseconds(times)} ({len(times)} searches: the suite {runs} "
        "times, all steps on).",
        f"First keystroke after focusing the search on a freshly loaded `/{FIRST_LOAD_PAGE}` (the search loads "
        f"then), typed at once: {milliseconds(firsts)} ({len(firsts)} page loads; target: within 300 ms).",
        "",
        f"First load of `/{FIRST_LOAD_PAGE}` through nginx with gzip, fresh browser: {kilobytes(first)} "
        f"(target at most {FIRST_LOAD_KILOBYTES} KB in at most {FIRST_LOAD_REQUESTS} requests), none of them for "
        f"the search ({sum(any(part in urlsplit(url).path for part in SEARCH_FILES) for url, _ in first)}). "
        "Largest: " + ", ".join(f"`{urlsplit(url).path}` {size / 1024:.1f} KB" for url, size in largest) + ". "
        f"Using the search then loads {kilobytes(loads['search'])}. Sizes are headers plus compressed body, "
        "as Chromium reports them.",
        "",
        "| file | raw | gzip -9 |",
        "| --- | --- | --- |",
        *(f"| {name} | {raw / 1024:.1f} KB | {packed / 1024:.1f} KB |" for name, raw, packed in sizes(site)),
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of the suite for the time to results")
    parser.add_argument("--first-searches", type=int, default=20, help="fresh page loads for the first search")
    arguments = parser.parse_args()
    steps = []
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as temp:
        for number, (name, removed) in enumerate(STEPS):
            site = built_site(Path(temp) / str(number), removed)
            steps.append((name, with_search_page(site, hits_per_kind)))
            print(name, "done", flush=True)
        times = with_search_page(site, lambda page, url: times_to_results(page, url, arguments.runs))
        with nginx(site) as url:
            firsts = first_search_times(url, arguments.first_searches)
            loads = transferred(url)
        markdown = figures(steps, times, firsts, arguments.runs, loads, site)
    markdown += (
        f"\n\nMeasured by `bench/search.py` on the {os.cpu_count()}-core build machine (1-minute load "
        f"average {load:.1f} when it started; other jobs share the machine)."
    )
    print(markdown)
    write_figures("search", markdown, RESULTS)


if __name__ == "__main__":
    main()
