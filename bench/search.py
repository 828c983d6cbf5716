"""Benchmark the site search and write the figures into bench/results.md (section `figures:search`).

Builds the site, then runs the query suite (tests/support/search_queries.yml) through Material's search UI in
Chromium, as the tests do, in each language on its own pages (the Dutch parts on the Dutch pages, the English
parts on the English pages under en/): top-1 and top-3 per kind of query, for each step of the search setup
(the steps are the same project with later parts taken out), for the tuned part and, separately, each
held-out part of the suite; the same queries through Pagefind (the peer: bench/pagefind/, pinned in its
package-lock.json, installed here with `npm ci` on first use) on the same built site, one Pagefind index per
language; the time from the keystroke to the shown results (median and 90th percentile over the Dutch tuned
queries of several runs), and on a phone (375x667, touch) with its CPU throttled 4 times (every query of
every part of both languages: the slowest query);
from the first keystroke after focusing the search on a freshly loaded page, which is when the search
starts to load; a role page's first load through nginx with gzip (bytes transferred and requests, before
and after the search is used); and the size of the search files.

Usage: .venv/bin/python bench/search.py [--runs N] [--first-searches N] [--phone-runs N] [--last-step-only]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Page, sync_playwright

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / folder) for folder in ("tests/support", "deploy", "hooks")]

from axe_screen import SCREENS  # noqa: E402
from chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from nginx_server import nginx  # noqa: E402
from search_ui import (  # noqa: E402
    HELD_OUT,
    RESULT_META,
    SEARCH_INPUT,
    TUNED,
    clear_search,
    judge,
    load_queries,
    open_search,
    role_pages_of_site,
    search_outcomes,
    translations,
)
from sitebuild import build, copy_project  # noqa: E402
from static_server import serve  # noqa: E402

from results import write_figures  # noqa: E402
from search import language_root  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results.md"
FIRST_LOAD_PAGE = "rollen/docent/"
FIRST_LOAD_KILOBYTES, FIRST_LOAD_REQUESTS = 75, 8
SEARCH_FILES = ("search/search_index.json", "/workers/", "/lunr/")
# Each language's parts of the suite: the tuned part first, then the held-out parts.
PARTS = {language: (TUNED[language], *HELD_OUT[language]) for language in TUNED}
PHONE = "phone-375x667"
CPU_SLOWDOWN = 4
PAGEFIND_DIR = Path(__file__).resolve().parent / "pagefind"
PAGEFIND = PAGEFIND_DIR / "node_modules" / ".bin" / "pagefind"
# Pagefind indexes each page's content (Material's article), not the menu and header every page repeats.
PAGEFIND_ROOT = "article.md-content__inner"
PAGEFIND_PAGE = "pagefind-bench.html"
PAGEFIND_VERSION = json.loads((PAGEFIND_DIR / "package.json").read_text())["dependencies"][
    "pagefind"
]  # a page of its own, without the site's security policy (Pagefind runs wasm)


# A part of the search setup: a change to one file of the project that takes the part out.
Part = tuple[str, str, str]
SEARCH_ON_DEMAND: Part = ("overrides/main.html", '{% include "partials/search-on-demand.html" %}', "")
COMPOUNDS: Part = (
    "docs/assets/javascripts/workers/search-query.js",
    "  return [oneEditAway(word) ?? derivedForm(folded) ?? queryWord]",
    "  return [oneEditAway(word) ?? queryWord]",
)
QUERY_WORKER: Part = (
    "hooks/material_internals.py",
    'html = use_query_worker(CHECKBOX_AUTOCOMPLETE.sub(r"\\1", html.replace(SEARCH_DIALOG, named_dialog)), source)',
    'html = CHECKBOX_AUTOCOMPLETE.sub(r"\\1", html.replace(SEARCH_DIALOG, named_dialog))',
)
DESCRIPTIONS: Part = ("hooks/search.py", "            DESCRIPTION: index_text(role.description),\n", "")
OOK_VOOR: Part = (
    "hooks/search.py",
    'index["docs"].append(entry | ook_voor)',
    'index["docs"].append(entry)',
)
SEPARATOR: Part = ("mkdocs.yml", "      separator: ", "      # separator: ")
VOCABULARY: Part = (
    "hooks/search.py",
    "index = in_nav_order(indexed_vocabulary(index, model.vocabulary, model.roles, config), config)",
    "index = in_nav_order(index, config)",
)

# Each step adds a part of the search setup to the one before; a step's project lacks the later parts.
STEPS: list[tuple[str, list[Part]]] = [
    (
        "Material out of the box",
        [VOCABULARY, SEARCH_ON_DEMAND, COMPOUNDS, QUERY_WORKER, DESCRIPTIONS, OOK_VOOR, SEPARATOR],
    ),
    ("+ separator at punctuation", [VOCABULARY, SEARCH_ON_DEMAND, COMPOUNDS, QUERY_WORKER, DESCRIPTIONS, OOK_VOOR]),
    ("+ `ook_voor` words", [VOCABULARY, SEARCH_ON_DEMAND, COMPOUNDS, QUERY_WORKER, DESCRIPTIONS]),
    ("+ role descriptions", [VOCABULARY, SEARCH_ON_DEMAND, COMPOUNDS, QUERY_WORKER]),
    ("+ query worker", [VOCABULARY, SEARCH_ON_DEMAND, COMPOUNDS]),
    ("+ Dutch word forms", [VOCABULARY, SEARCH_ON_DEMAND]),
    ("+ search on demand, way on", [VOCABULARY]),
    ("+ the field's search words (all)", []),
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


def with_search_page(site: Path, use: Callable[[Page, str], object], language: str = "nl") -> object:
    """`use(page, url)` on a page of `language` with its search open; `url` is that language's root."""
    with serve(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        open_search(page, url + language_root(language))
        try:
            return use(page, url + language_root(language))
        finally:
            browser.close()


Hits = dict[str, list[tuple[bool, bool]]]
# For each language: the hits of each of its parts (PARTS), in order.
LanguageHits = dict[str, tuple[Hits, ...]]


def hits_per_language(site: Path) -> LanguageHits:
    return {
        language: with_search_page(
            site, lambda page, url, language=language: hits_per_kind(page, url, language), language
        )
        for language in PARTS
    }


def hits_per_kind(page: Page, url: str, language: str) -> tuple[Hits, ...]:
    """For each part of the language's suite (PARTS) and each kind of query: (first result right, right within
    the first three) per query."""
    roles = role_pages_of_site(page, url)
    parts = []
    for part in PARTS[language]:
        hits: Hits = defaultdict(list)
        queries = load_queries(part=part)
        outcomes = search_outcomes(page, [query["zoekterm"] for query in queries], url)
        for query in queries:
            hits[query["soort"]].append(judge(query, outcomes[query["zoekterm"]], roles))
        parts.append(hits)
    return tuple(parts)


def time_to_results(page: Page, query: str) -> float:
    placeholder = clear_search(page)
    box = page.locator(SEARCH_INPUT)
    box.fill(query)
    page.evaluate(TIME_TO_RESULTS, [SEARCH_INPUT, RESULT_META, placeholder])
    box.press("End")
    return page.evaluate("window.__timeToResults")


def times_to_results(page: Page, _: str, runs: int) -> list[float]:
    return [time_to_results(page, query["zoekterm"]) for _ in range(runs) for query in load_queries()]


def throttled_phone_times(site: Path, runs: int) -> list[tuple[float, str]]:
    """Keystroke to results on an emulated phone with its CPU slowed down CPU_SLOWDOWN times: every query of
    every part of every language, on that language's pages, `runs` times; for each query its fastest run (other
    jobs on the machine only ever add time), with the query."""
    return [found for language in PARTS for found in throttled_phone_times_in(site, runs, language)]


def throttled_phone_times_in(site: Path, runs: int, language: str) -> list[tuple[float, str]]:
    queries = [query["zoekterm"] for part in PARTS[language] for query in load_queries(part=part)]
    with serve(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_context(**SCREENS[PHONE]).new_page()
        page.goto(url + language_root(language))
        page.locator("button.md-header__button[data-md-for=__search]").tap()
        page.locator(SEARCH_INPUT).focus()
        page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
        try:
            times = [(time_to_results(page, query), query) for _ in range(runs) for query in queries]
            return [(min(time for time, asked in times if asked == query), query) for query in dict.fromkeys(queries)]
        finally:
            browser.close()


def pagefind_hits(site: Path) -> LanguageHits:
    if not PAGEFIND.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=PAGEFIND_DIR, check=True)
    return {language: pagefind_hits_in(site, language) for language in PARTS}


def pagefind_hits_in(site: Path, language: str) -> tuple[Hits, ...]:
    """The language's suite through Pagefind on a copy of that language's built pages, in an index of that
    language. Pagefind has no way on: a query that expects one counts as right when Pagefind finds nothing
    (`niets`) or puts "Alle tips" first (`algemeen`)."""
    root = site / language_root(language)
    others = {other for other in PARTS if other != language and language_root(other)}
    with tempfile.TemporaryDirectory() as temp:
        copy = Path(temp) / "site"
        shutil.copytree(
            root,
            copy,
            ignore=lambda folder, names: [
                n for n in names if Path(folder) == root and f"{n}/" in {language_root(o) for o in others}
            ],
        )
        subprocess.run(
            [PAGEFIND, "--site", copy, "--root-selector", PAGEFIND_ROOT, "--force-language", language],
            check=True,
            capture_output=True,
        )
        (copy / PAGEFIND_PAGE).write_text(f"<!doctype html><html lang={language}><title>Pagefind</title></html>")
        queries = {query["zoekterm"] for part in PARTS[language] for query in load_queries(part=part)}
        with serve(copy) as url, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(url + PAGEFIND_PAGE)
            found = page.evaluate(PAGEFIND_SEARCH, [url + "pagefind/pagefind.js", sorted(queries)])
            browser.close()
    parts = []
    for part in PARTS[language]:
        hits: Hits = defaultdict(list)
        for query in load_queries(part=part):
            pages = [path.partition("#")[0].lstrip("/").removesuffix("index.html") for path in found[query["zoekterm"]]]
            if query.get("niets"):
                right = pages == []
                hits[query["soort"]].append((right, right))
            elif query.get("algemeen"):
                hits[query["soort"]].append((pages[:1] == ["alle-tips/"], "alle-tips/" in pages[:3]))
            else:
                expected = f"{query['pagina']}/" if "pagina" in query else f"rollen/{query['rol']}/"
                hits[query["soort"]].append((pages[:1] == [expected], expected in pages[:3]))
        parts.append(hits)
    return tuple(parts)


# Each query through Pagefind's own API: the addresses of the first three results.
PAGEFIND_SEARCH = """async ([module, queries]) => {
  const pagefind = await import(module)
  await pagefind.init()
  const found = {}
  for (const query of queries) {
    const search = await pagefind.search(query)
    found[query] = await Promise.all(search.results.slice(0, 3).map(async result => (await result.data()).url))
  }
  return found
}"""


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
        *(
            (
                f"search index, {LANGUAGE_NAMES.get(language, language)}",
                site / language_root(language) / "search" / "search_index.json",
            )
            for language in PARTS
        ),
        ("query worker", javascripts / "workers" / "search-query.js"),
        ("Material's search worker", next((javascripts / "workers").glob("search.*.min.js"))),
        ("search on demand (loaded on every page)", javascripts / "search-on-demand.js"),
    ]
    return [(name, len(data := path.read_bytes()), len(gzip.compress(data, 9))) for name, path in files]


def milliseconds(times: list[float]) -> str:
    return f"median {statistics.median(times):.0f} ms, 90th percentile {statistics.quantiles(times, n=10)[-1]:.0f} ms"


def kilobytes(load: list[tuple[str, int]]) -> str:
    return f"{sum(size for _, size in load) / 1024:.1f} KB in {len(load)} requests"


LANGUAGE_NAMES = {"nl": "Dutch", "en": "English"}


def figures(
    steps: list[tuple[str, LanguageHits]],
    peer: LanguageHits,
    times: list[float],
    phone: list[tuple[float, str]],
    phone_runs: int,
    firsts: list[float],
    runs: int,
    loads: dict[str, list[tuple[str, int]]],
    site: Path,
) -> str:
    def cell(hits: Hits, kind: str) -> str:
        chosen = [hit for name, kind_hits in hits.items() if kind in ("all", name) for hit in kind_hits]
        return f"{share(chosen, 0)} / {share(chosen, 1)}" if chosen else "-"

    def count(hits: Hits) -> int:
        return sum(len(kind_hits) for kind_hits in hits.values())

    def language_tables(language: str) -> list[str]:
        parts = PARTS[language]
        last = steps[-1][1][language]
        tuned, held_out = last[0], last[1:]
        kinds = {kind: len(hits) for kind, hits in tuned.items()}
        rows = [("all", sum(kinds.values())), *kinds.items()]
        all_kinds = sorted({kind for part in last for kind in part})
        return [
            f"**{LANGUAGE_NAMES.get(language, language)}** (on the {LANGUAGE_NAMES.get(language, language)} pages, "
            f"their own index): {rows[0][1]} queries tuned against (`{parts[0]}`), and held-out parts never tuned "
            "against: "
            + ", ".join(f"`{part}` ({count(hits)} queries)" for part, hits in zip(parts[1:], held_out, strict=True))
            + ".",
            "",
            "| kind of query | queries | " + " | ".join(name for name, _ in steps) + " |",
            "| --- | --- |" + " --- |" * len(steps),
            *(
                f"| {kind} | {number} | " + " | ".join(cell(hits[language][0], kind) for _, hits in steps) + " |"
                for kind, number in rows
            ),
            *(
                f"| **held out: {part}** | {count(hits)} | "
                + " | ".join(cell(step_hits[language][index + 1], "all") for _, step_hits in steps)
                + " |"
                for index, (part, hits) in enumerate(zip(parts[1:], held_out, strict=True))
            ),
            "",
            f"Per kind, all steps on, against Pagefind {PAGEFIND_VERSION} on the same built pages (its index of each "
            f"page's `{PAGEFIND_ROOT}`, `--force-language {language}`; it has no way on, so a query of kind `niets` "
            'counts as right when it finds nothing, one of kind `onderwerp` when it puts "Alle tips" first):',
            "",
            "| kind of query | " + " | ".join(f"{part}: ours | {part}: Pagefind" for part in parts) + " |",
            "| --- |" + " --- | --- |" * len(parts),
            *(
                f"| {kind} | "
                + " | ".join(
                    f"{cell(ours, kind)} | {cell(theirs, kind)}"
                    for ours, theirs in zip(last, peer[language], strict=True)
                )
                + " |"
                for kind in ["all", *all_kinds]
            ),
            "",
        ]

    first = loads["first"]
    largest = sorted(first, key=lambda request: -request[1])[:3]
    slowest, slowest_query = max(phone)
    lines = [
        "The query suite through Material's search UI in Chromium, each language on its own pages. Top-1 / top-3 "
        "per kind of query, for each step of the setup (each step adds one part to the one before). A query of "
        'kind `onderwerp` counts as right when "Alle tips" and "Hulp en melden" are offered above its results, '
        "one of kind `niets` when nothing is found and the way on is offered.",
        "",
        *(line for language in PARTS for line in language_tables(language)),
        f"Keystroke to results, search loaded: {milliseconds(times)} ({len(times)} searches: the Dutch suite {runs} "
        "times, all steps on).",
        f"On a phone ({PHONE}, touch) with the CPU slowed down {CPU_SLOWDOWN} times: "
        f"{milliseconds([time for time, _ in phone])}, slowest query {slowest:.0f} ms (`{slowest_query}`; target: "
        f"at most 50 ms) ({len(phone)} queries: every query of every part of both languages, each its fastest of "
        f"{phone_runs} runs).",
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
    parser.add_argument("--phone-runs", type=int, default=3, help="runs of every query on the throttled phone")
    parser.add_argument("--last-step-only", action="store_true", help="measure only the last step (all parts on)")
    arguments = parser.parse_args()
    steps = []
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as temp:
        for number, (name, removed) in enumerate(STEPS[-1:] if arguments.last_step_only else STEPS):
            site = built_site(Path(temp) / str(number), removed)
            steps.append((name, hits_per_language(site)))
            print(name, "done", flush=True)
        times = with_search_page(site, lambda page, url: times_to_results(page, url, arguments.runs))
        phone = throttled_phone_times(site, arguments.phone_runs)
        peer = pagefind_hits(site)
        with nginx(site) as url:
            firsts = first_search_times(url, arguments.first_searches)
            loads = transferred(url)
        markdown = figures(steps, peer, times, phone, arguments.phone_runs, firsts, arguments.runs, loads, site)
    markdown += (
        f"\n\nMeasured by `bench/search.py` on the {os.cpu_count()}-core build machine (1-minute load "
        f"average {load:.1f} when it started; other jobs share the machine)."
    )
    print(markdown)
    write_figures("search", markdown, RESULTS)


if __name__ == "__main__":
    main()
