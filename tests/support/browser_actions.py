"""What a visitor does in Chromium, shared by the browser tests."""

from __future__ import annotations

from playwright.sync_api import Page
from search_ui import SEARCH_INPUT, type_query

SEARCH_RESULT = ".md-search-result__item"


# Resolves after the next two frames: a change that the last key or click caused (Material opens its
# search when the search box gets the focus, in a task of its own) has started its transitions by then.
TWO_FRAMES = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"


def wait_until_settled(page: Page) -> None:
    """Wait until no CSS transition or animation is running, so the page looks as it will stay; first
    two frames, so that one that is only about to start counts too."""
    page.evaluate(TWO_FRAMES)
    page.wait_for_function("document.getAnimations().every(animation => animation.playState !== 'running')")


def search(page: Page, query: str) -> None:
    """Open the search, type `query` and wait for its results (Material searches on `keyup`)."""
    page.locator(SEARCH_INPUT).focus()
    type_query(page, query)
    page.locator(SEARCH_RESULT).first.wait_for()
    wait_until_settled(page)
