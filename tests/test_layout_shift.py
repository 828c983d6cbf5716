"""Nothing on a page moves after it has loaded, on a phone: the cumulative layout shift of every Dutch page
and a sample of each translation's (site_content.TRANSLATION_SAMPLE) is below 0.01. Every `layout-shift` entry counts, as Lighthouse counts them, whatever its `hadRecentInput`
(headless Chromium marks shifts right after load as following input, so a test that skips those sees 0).
On a slow phone (throttled network and CPU) the page is drawn before its deferred scripts run, and
nothing moves when they do. Also: the ¶ permalink of a heading never stands on a line of its own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_actions import wait_until_settled
from playwright.sync_api import Browser, Page
from site_content import browser_checked_pages

LIMIT = 0.01
# One phone, the narrow one (why not a second size: tests/support/axe_screen.py, SCREENS).
PHONES = {
    "375x667": {"width": 375, "height": 667},
}
# Collects every layout shift from the start of the page, including those before this script ran.
RECORD_SHIFTS = """
window.__layoutShifts = [];
new PerformanceObserver(list => {
  for (const entry of list.getEntries()) {
    window.__layoutShifts.push({value: entry.value, hadRecentInput: entry.hadRecentInput,
      sources: (entry.sources || []).map(s => s.node ? (s.node.id || s.node.className || s.node.nodeName) : "?")});
  }
}).observe({type: "layout-shift", buffered: true});
"""
# Two animation frames after the page settled: any shift from the last rendering has been reported.
SHIFTS = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(window.__layoutShifts)))))"


@pytest.fixture(params=list(PHONES), ids=list(PHONES))
def phone(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    context = browser.new_context(
        locale="nl-NL", viewport=PHONES[request.param], is_mobile=True, has_touch=True, device_scale_factor=1.75
    )
    context.add_init_script(RECORD_SHIFTS)
    yield context.new_page()
    context.close()


def layout_shift(page: Page, url: str) -> tuple[float, list[dict]]:
    page.goto(url, wait_until="networkidle")
    page.wait_for_function("typeof document$ !== 'undefined'")
    wait_until_settled(page)
    shifts = page.evaluate(SHIFTS)
    return sum(shift["value"] for shift in shifts), shifts


def test_no_page_moves_after_load_on_a_phone(phone: Page, site_dir: Path, site_url: str):
    moved = []
    pages = browser_checked_pages(site_dir)
    assert "rollen/burgemeester/" in pages and "en/rollen/docent/" in pages
    for url in pages:
        total, shifts = layout_shift(phone, site_url + url)
        if total >= LIMIT:
            moved.append((url, round(total, 3), shifts))
    assert moved == []


# A phone on a slow mobile network (Lighthouse's "slow 4G": 150 ms, 1.6 Mbit/s) with a 4x slower CPU.
SLOW_PHONE_NETWORK = {"offline": False, "latency": 150, "downloadThroughput": 200_000, "uploadThroughput": 96_000}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("url", ["", "rollen/docent/", "hulp-en-melden/", "alle-tips/", "en/rollen/docent/"])
def test_nothing_moves_when_the_deferred_scripts_run_on_a_slow_phone(
    browser: Browser, site_url: str, url: str, scheme: str
):
    """The scripts are deferred (hooks/material_internals.py (10)): on a slow phone the page is drawn
    first and the scripts run later, showing the buttons they make work. Nothing may move when they do."""
    context = browser.new_context(
        locale="nl-NL",
        viewport=PHONES["375x667"],
        is_mobile=True,
        has_touch=True,
        device_scale_factor=1.75,
        color_scheme=scheme,
    )
    context.add_init_script(RECORD_SHIFTS)
    page = context.new_page()
    throttle = context.new_cdp_session(page)
    throttle.send("Network.enable")
    throttle.send("Network.emulateNetworkConditions", SLOW_PHONE_NETWORK)
    throttle.send("Emulation.setCPUThrottlingRate", {"rate": 4})
    total, shifts = layout_shift(page, site_url + url)
    context.close()
    assert total < LIMIT, shifts


# For each heading with a permalink: whether the ¶ stands on the same line as the heading's last word.
PERMALINK_ON_LAST_LINE = """() => [...document.querySelectorAll("article :is(h2, h3, h4) > a.headerlink")].map(link => {
  const heading = link.parentElement;
  const range = document.createRange();
  range.setStart(heading, 0);
  range.setEndBefore(link);
  const lines = [...range.getClientRects()].filter(rect => rect.width > 0);
  const last = lines[lines.length - 1];
  const mark = link.getBoundingClientRect();
  return [heading.id, Math.abs((mark.top + mark.bottom) / 2 - (last.top + last.bottom) / 2) < last.height / 2];
})"""


def test_the_permalink_stays_with_the_heading(phone: Page, site_dir: Path, site_url: str):
    alone = []
    for url in browser_checked_pages(site_dir):
        phone.goto(site_url + url)
        alone += [(url, heading) for heading, same_line in phone.evaluate(PERMALINK_ON_LAST_LINE) if not same_line]
    assert alone == []
