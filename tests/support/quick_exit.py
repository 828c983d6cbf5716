"""The quick exit ("Snel weg") as the tests find it: its button, and the neutral site it leaves for."""

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page, Response

from model import Settings

BUTTON = "#snel-weg"


def neutral_site() -> str:
    return Settings.DEFAULT_SNEL_WEG_URL


def wait_until_left(page: Page) -> None:
    page.wait_for_url(lambda url: url.startswith(neutral_site()), wait_until="commit", timeout=15_000)


def leave(page: Page, way: str) -> None:
    """Leave with the button ("click" or "Enter") or with Shift pressed 3 times, and arrive at the neutral site."""
    if way == "click":
        page.click(BUTTON)
    elif way == "Enter":
        page.focus(BUTTON)
        page.keyboard.press("Enter")
    else:
        for _ in range(3):
            page.keyboard.press("Shift")
    wait_until_left(page)


def history_move(page: Page, direction: str) -> Response | None:
    """Back or Forward, as the browser's buttons do. Right after the quick exit replaced a page, Chromium
    may still be swapping the tab's process; then the command never reached the tab and is sent again."""
    for attempt in range(20):
        try:
            return (page.go_back if direction == "back" else page.go_forward)(wait_until="commit")
        except PlaywrightError as error:
            if "Not attached to an active page" not in error.message or attempt == 19:
                raise
            page.wait_for_timeout(50)
    return None
