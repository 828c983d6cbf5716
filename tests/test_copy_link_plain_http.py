"""Kopieer link on plain HTTP, as an intranet serves the site: the page is not a secure context, so the
browser gives it no clipboard (`navigator.clipboard` is undefined). The address then shows in a read-only
field, selected, ready to copy by hand, and the browser's older copy command copies it too. The status says
"Link gekopieerd" once, not the address, and then clears.

The page is opened at a real host name: 127.0.0.1 and localhost count as secure and would hide all this.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from chromium import CHROMIUM, CHROMIUM_ARGS
from playwright.sync_api import Browser

HOST = "tips.example.nl"
TIP_ID = "docent-gesprek-met-de-klas"
# How long site.js keeps "Link gekopieerd" in the status before it clears it.
SAID_FOR_MILLISECONDS = 5000


@pytest.fixture(scope="module")
def browser_with_host_name(browser: Browser) -> Iterator[Browser]:
    """Chromium that finds HOST at this machine."""
    named = browser.browser_type.launch(
        executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, f"--host-resolver-rules=MAP {HOST} 127.0.0.1"]
    )
    yield named
    named.close()


def test_copy_link_on_plain_http_shows_the_address_selected_and_copies_it(
    browser_with_host_name: Browser, site_dir: Path, site_url: str
):
    [link] = [
        tip["link"]
        for role in json.loads((site_dir / "tips.json").read_text(encoding="utf-8"))["rollen"]
        for tip in role["tips"]
        if tip["id"] == TIP_ID
    ]
    context = browser_with_host_name.new_context(locale="nl-NL")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.clock.install()
    page.goto(f"http://{HOST}:{urlsplit(site_url).port}/rollen/docent/")
    assert page.evaluate("[isSecureContext, typeof navigator.clipboard]") == [False, "undefined"]

    tip = page.locator(f"#{TIP_ID}")
    tip.get_by_role("button", name="Kopieer link").focus()
    page.keyboard.press("Enter")
    field = tip.get_by_role("textbox", name="Link naar deze tip")
    assert field.is_visible() and field.is_editable() is False
    assert field.evaluate("field => [field === document.activeElement, field.value, getSelection().toString()]") == [
        True,
        link,
        link,
    ]
    status = tip.get_by_role("status")
    assert status.inner_text() == "Link gekopieerd"

    # What the older copy command put on the clipboard, read where the browser allows it (127.0.0.1).
    context.grant_permissions(["clipboard-read"], origin=site_url.rstrip("/"))
    reader = context.new_page()
    reader.goto(site_url + "404.html")
    assert reader.evaluate("navigator.clipboard.readText()") == link

    page.clock.run_for(SAID_FOR_MILLISECONDS)
    assert status.inner_text() == "" and field.is_visible()
    assert errors == []
    context.close()
