"""Text that axe does not check reaches 4.5:1 contrast in both colour schemes: the tip numbers, which
are drawn by the `::before` pseudo-element of each tip (axe skips pseudo-element text)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page
from site_content import site_roles

MINIMUM = 4.5
# For one element's pseudo-element: its text colour, and the colour behind it, every ancestor's background
# laid over the one below, as the eye sees it. Colours come back as [r, g, b, alpha], 0-255 and 0-1.
COLOURS = """([element, pseudo]) => {
  const parse = value => {
    const numbers = value.match(/[\\d.]+/g).map(Number);
    return [numbers[0], numbers[1], numbers[2], numbers.length > 3 ? numbers[3] : 1];
  };
  const over = (top, bottom) => {
    const alpha = top[3] + bottom[3] * (1 - top[3]);
    return [0, 1, 2].map(i => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / alpha).concat(alpha);
  };
  const layers = [];
  for (let node = element; node; node = node.parentElement) {
    layers.push(parse(getComputedStyle(node).backgroundColor));
  }
  let background = [255, 255, 255, 1];
  for (const layer of layers.reverse()) background = over(layer, background);
  const style = getComputedStyle(element, pseudo);
  return {text: over(parse(style.color), background), background, content: style.content};
}"""


def luminance(colour: list[float]) -> float:
    channels = [c / 255 for c in colour[:3]]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: list[float], b: list[float]) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def tip_number_contrasts(page: Page) -> list[tuple[str, float]]:
    results = []
    for tip in page.locator("article ol.tips > li.tip").all():
        colours = tip.evaluate(f"element => ({COLOURS})([element, '::before'])")
        assert colours["content"] not in ("none", "normal", '""'), "the tip's number is drawn by ::before"
        results.append((tip.get_attribute("id"), round(contrast(colours["text"], colours["background"]), 2)))
    return results


def test_contrast_of_known_colours():
    assert contrast([0, 0, 0, 1], [255, 255, 255, 1]) == pytest.approx(21)
    assert contrast([118, 118, 118, 1], [255, 255, 255, 1]) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_tip_numbers_reach_4_5_to_1(browser: Browser, site_dir: Path, site_url: str, scheme: str):
    context = browser.new_context(locale="nl-NL", color_scheme=scheme, viewport={"width": 1280, "height": 800})
    page = context.new_page()
    low = []
    for url, _ in site_roles(site_dir).values():
        page.goto(site_url + url)
        low += [(url, tip, ratio) for tip, ratio in tip_number_contrasts(page) if ratio < MINIMUM]
    context.close()
    assert low == []
