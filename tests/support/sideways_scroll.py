"""Where a page scrolls sideways (WCAG 1.4.10), in words, for a browser test to assert on."""

from __future__ import annotations

# The page, or a part of it that scrolls on its own, wider than the screen; for the page, what pokes out.
# The closed menu drawer (.md-sidebar) and the closed search (0 px wide) are out of sight and left out.
SIDEWAYS_SCROLL = """() => {
  const faults = []
  const root = document.documentElement
  const out_of_sight = element => element.closest(".md-sidebar") || !element.checkVisibility() || element.clientWidth === 0
  const elements = [...document.querySelectorAll("body *")].filter(element => !out_of_sight(element))
  const name = element => `${element.tagName.toLowerCase()}.${element.className} "${element.textContent.trim().slice(0, 30)}"`
  if (root.scrollWidth > root.clientWidth) {
    const beyond = elements.filter(element => element.getBoundingClientRect().right > root.clientWidth)
    faults.push(`the page is ${root.scrollWidth} px wide on ${root.clientWidth} px: ${beyond.map(name).slice(-3).join(", ")}`)
  }
  for (const element of elements) {
    const overflow = getComputedStyle(element).overflowX
    if ((overflow === "auto" || overflow === "scroll") && element.scrollWidth > element.clientWidth + 1)
      faults.push(`${name(element)} scrolls sideways: ${element.scrollWidth} px in ${element.clientWidth} px`)
  }
  return faults
}"""
