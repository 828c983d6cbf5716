"""axe in Chromium at one screen and colour scheme: the phone and the desktop the suite checks, and a tab."""

from __future__ import annotations

from dataclasses import dataclass

from browser_actions import wait_until_settled
from playwright.sync_api import Page

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
    "resultTypes": ["violations"],
}
# Phones are emulated as Chromium emulates a device: a mobile viewport, touch and no hover, and a device
# scale factor; some of Material's behaviour depends on it (a scrolling code block is focusable only
# with hover). A 375 px desktop window is not a phone.
PHONE = {"is_mobile": True, "has_touch": True, "device_scale_factor": 1.75}
# One phone, the narrow one, where layouts break first. A second phone (412x823) cost a third of the axe runs,
# and the history holds no fault that only it found.
SCREENS = {
    "phone-375x667": {"viewport": {"width": 375, "height": 667}, **PHONE},
    "desktop-1280": {"viewport": {"width": 1280, "height": 800}},
}
SCHEMES = {"light": "default", "dark": "slate"}


@dataclass
class Screen:
    """A tab at one screen width whose visitor prefers one colour scheme."""

    page: Page
    scheme: str

    def open(self, url: str) -> None:
        """Open `url` and check that the page shows the preferred colour scheme."""
        self.page.goto(url)
        assert self.page.locator("body").get_attribute("data-md-color-scheme") == self.scheme, url

    def violations(self) -> list[str]:
        """Each axe violation on the page as it is now, with the elements it concerns."""
        wait_until_settled(self.page)
        results = self.page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
        return [
            f"{self.page.url}: {violation['id']} ({violation['help']}) at {[node['target'] for node in violation['nodes']]}"
            for violation in results["violations"]
        ]
