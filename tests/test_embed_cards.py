"""The cards for intranets (hooks/embed_cards.py), framed as an intranet page frames them.

One build for https://tips.example.nl:<port>/ with EMBED_ORIGINS naming https://intranet.example.nl:<port>,
served by the generated nginx configuration with TLS; one HTTPS server for the intranet pages (and for the
neutral site the quick exit leaves for, weg.example.nl); one Chromium whose --host-resolver-rules send every
*.example.nl to loopback. The intranet page on intranet.example.nl frames a card: it renders at 320 px with
no horizontal scroll and no inner scrollbar at its documented height, axe finds nothing in either colour
scheme, its links open the full page in a new tab, and the quick exit replaces the intranet page. A page on
elders.example.nl, not in EMBED_ORIGINS, gets an empty frame.
"""

from __future__ import annotations

import html
import json
import re
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from axe_screen import AXE_OPTIONS
from bs4 import BeautifulSoup
from chromium import CHROMIUM, CHROMIUM_ARGS
from nginx_server import free_port, nginx
from playwright.sync_api import Browser, Frame, Page
from site_content import heading_text, parse_html, tip_items, tip_text
from tls_certificate import self_signed

from embed_cards import FRAME_HEIGHTS, FRAME_WIDTH, HELP_CARD
from model import Settings
from test_accessibility_pa11y import pa11y_issues

pytestmark = [pytest.mark.browser, pytest.mark.nginx]

# The sandbox of SharePoint Online's Embed web part could not be confirmed from a published source; this is
# the sandbox that embedding tools commonly set (scripts, forms, popups that escape it), and it has no
# allow-top-navigation: the case in which the quick exit cannot leave the whole page.
EMBED_SANDBOX = "allow-forms allow-popups allow-popups-to-escape-sandbox allow-same-origin allow-scripts"
NEUTRAL_TITLE = "Het weer"


@dataclass(frozen=True)
class Setup:
    site: str  # https://tips.example.nl:<port>/
    intranet: str  # https://intranet.example.nl:<port>/
    elsewhere: str  # https://elders.example.nl:<port>/, not in EMBED_ORIGINS
    neutral: str  # SNEL_WEG_URL
    browser: Browser
    site_dir: Path


class IntranetPages(BaseHTTPRequestHandler):
    """/<card path>: a page that frames that card; /sandbox/<card path>: the same in a sandboxed frame;
    anything else: the neutral site."""

    site = ""

    def do_GET(self) -> None:
        path = self.path.lstrip("/")
        sandboxed = path.startswith("sandbox/")
        card = path.removeprefix("sandbox/")
        if "insluiten/" in card:
            sandbox = f' sandbox="{EMBED_SANDBOX}"' if sandboxed else ""
            body = (
                f"<!doctype html><html lang='nl'><title>Intranet</title><h1>Intranet</h1>"
                f"<iframe src='{html.escape(self.site + card)}' title='Kaart' width='{FRAME_WIDTH}' height='{FRAME_HEIGHTS[card_slug(card)]}'"
                f"{sandbox}></iframe></html>"
            )
        else:
            body = f"<!doctype html><html lang='nl'><title>{NEUTRAL_TITLE}</title><p>Zon</p></html>"
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *_) -> None:
        pass


@pytest.fixture(scope="module")
def setup(site_variant, browser: Browser, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setup]:
    certificate = self_signed(tmp_path_factory.mktemp("tls"))
    site_port, intranet_port = free_port(), free_port()
    site = f"https://tips.example.nl:{site_port}/"
    intranet = f"https://intranet.example.nl:{intranet_port}/"
    neutral = f"https://weg.example.nl:{intranet_port}/weer"
    site_dir = site_variant({"SITE_URL": site, "EMBED_ORIGINS": intranet.rstrip("/"), "SNEL_WEG_URL": neutral})
    server = ThreadingHTTPServer(("127.0.0.1", intranet_port), type("Pages", (IntranetPages,), {"site": site}))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificate.certificate, certificate.key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with nginx(site_dir, tls=(certificate.certificate, certificate.key), port=site_port):
            # A browser of its own that sends the example hosts to this machine, from the session's Playwright.
            named = browser.browser_type.launch(
                executable_path=CHROMIUM,
                args=[*CHROMIUM_ARGS, "--host-resolver-rules=MAP *.example.nl 127.0.0.1"],
            )
            yield Setup(site, intranet, f"https://elders.example.nl:{intranet_port}/", neutral, named, site_dir)
            named.close()
    finally:
        server.shutdown()
        server.server_close()


def new_page(setup: Setup, scheme: str = "light") -> Page:
    context = setup.browser.new_context(locale="nl-NL", color_scheme=scheme, ignore_https_errors=True)
    context.add_init_script(Axe().axe_script)
    return context.new_page()


def framed_card(page: Page, url: str) -> Frame:
    page.goto(url)
    frame = page.frame_locator("iframe")
    frame.locator("h1").wait_for()
    return next(candidate for candidate in page.frames if candidate != page.main_frame)


def card_paths(setup: Setup) -> list[tuple[str, str]]:
    """(card path, title) for every role of the build's tips.json, and the card for "Hulp en melden", in every
    language of the file: `insluiten/docent/`, then `en/insluiten/docent/`."""
    data = json.loads((setup.site_dir / "tips.json").read_text())
    paths = []
    for language in data["talen"]:
        root = "" if language == data["talen"][0] else f"{language}/"
        for role in data["rollen"]:
            slug = role["pagina"].removeprefix(setup.site + "rollen/").strip("/")
            paths.append((f"{root}insluiten/{slug}/", role.get("vertalingen", {}).get(language, role)["naam"]))
        help_page = parse_html(setup.site_dir / root / "hulp-en-melden" / "index.html")
        paths.append((f"{root}insluiten/{HELP_CARD}/", heading_text(help_page.select_one("article h1"))))
    return paths


def parse_html_fragment(markup: str) -> BeautifulSoup:
    return BeautifulSoup(markup, "html.parser")


def card_slug(path: str) -> str:
    """`docent` for `insluiten/docent/` and `en/insluiten/docent/`."""
    return path.split("/")[-2]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_card_renders_in_a_frame_320_px_wide_without_scrolling_and_axe_finds_nothing(setup: Setup, scheme):
    page = new_page(setup, scheme)
    errors = []  # a Content-Security-Policy violation, a script error, a failed load
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    problems = []
    # The other languages' cards in the light scheme only: the colours are the Dutch cards', their sizes are not.
    for path, title in [
        (path, title) for path, title in card_paths(setup) if scheme == "light" or path.startswith("insluiten/")
    ]:
        frame = framed_card(page, setup.intranet + path)
        size = frame.evaluate(
            "() => ({h1: document.querySelector('h1').textContent, scrollWidth: document.documentElement.scrollWidth,"
            " width: document.documentElement.clientWidth, scrollHeight: document.documentElement.scrollHeight,"
            " height: document.documentElement.clientHeight,"
            " background: getComputedStyle(document.body).backgroundColor})"
        )
        if size["h1"] != title:
            problems.append(f"{path}: h1 {size['h1']!r}")
        if size["scrollWidth"] > size["width"]:
            problems.append(f"{path}: {size['scrollWidth']} px wide in a {size['width']} px frame")
        if size["scrollHeight"] > FRAME_HEIGHTS[card_slug(path)]:
            problems.append(f"{path}: {size['scrollHeight']} px high, documented {FRAME_HEIGHTS[card_slug(path)]}")
        dark = size["background"] != "rgb(255, 255, 255)"
        if dark != (scheme == "dark"):
            problems.append(f"{path}: background {size['background']} in the {scheme} scheme")
        violations = frame.evaluate("options => axe.run(document, options)", AXE_OPTIONS)["violations"]
        problems += [f"{path}: axe {v['id']} at {[n['target'] for n in v['nodes']]}" for v in violations]
    page.context.close()
    assert problems == []
    assert errors == []


def test_the_links_open_the_full_page_in_a_new_tab_and_the_intranet_page_stays(setup: Setup):
    for path, _title in card_paths(setup):
        card = parse_html(setup.site_dir / path / "index.html")
        links = [(a.get("target"), a["href"]) for a in card.select("a[href^=http]:not(.snel-weg__knop)")]
        assert links and all(target == "_blank" and href.startswith(setup.site) for target, href in links), links
        assert card.select_one(".kaart__meer a")["href"] == card.select_one("link[rel=canonical]")["href"], path
    page = new_page(setup)
    framed_card(page, setup.intranet + "insluiten/docent/")
    with page.expect_popup() as popup:
        page.frame_locator("iframe").locator(".kaart__meer a").click()
    popup.value.wait_for_load_state()
    assert popup.value.url == setup.site + "rollen/docent/"
    assert page.url == setup.intranet + "insluiten/docent/"
    page.context.close()


def test_the_quick_exit_replaces_the_intranet_page_and_back_does_not_return_to_it(setup: Setup):
    page = new_page(setup)
    framed_card(page, setup.intranet + "insluiten/docent/")
    page.frame_locator("iframe").locator("#snel-weg").click()
    page.wait_for_url(setup.neutral)
    page.go_back()
    assert page.url == "about:blank"
    page.context.close()


def test_in_a_sandbox_without_top_navigation_the_quick_exit_closes_the_card_and_says_so(setup: Setup):
    page = new_page(setup)
    framed_card(page, setup.intranet + "sandbox/insluiten/docent/")
    card = page.frame_locator("iframe")
    card.locator("#snel-weg").click()
    card.locator(".kaart__melding").filter(has_text="alleen dit blok").wait_for()
    assert card.locator("h1, ol, a").count() == 0
    assert page.url == setup.intranet + "sandbox/insluiten/docent/"
    page.context.close()


def test_a_page_on_an_origin_not_in_embed_origins_gets_an_empty_frame(setup: Setup):
    page = new_page(setup)
    page.goto(setup.elsewhere + "insluiten/docent/")
    page.wait_for_load_state("load")
    frame = next(candidate for candidate in page.frames if candidate != page.main_frame)
    assert frame.evaluate("() => document.querySelector('.kaart')") is None
    assert not frame.url.startswith(setup.site)
    # The headers say so: the cards may be framed by the site and EMBED_ORIGINS, other pages by the site only.
    for card in ("insluiten/docent/", "en/insluiten/docent/"):
        response = page.goto(setup.site + card)
        assert response.headers["content-security-policy"].endswith(
            f"frame-ancestors 'self' {setup.intranet.rstrip('/')}"
        ), card
        assert "x-frame-options" not in response.headers
    other = page.goto(setup.site + "rollen/docent/")
    assert other.headers["content-security-policy"].endswith("frame-ancestors 'self'")
    page.context.close()


def test_a_card_holds_the_tips_of_its_role_page_and_112_then_the_first_two_numbers_of_wat_kun_je_doen(
    setup: Setup,
):
    for path, _title in [(path, title) for path, title in card_paths(setup) if card_slug(path) != HELP_CARD]:
        card = parse_html(setup.site_dir / path / "index.html")
        role_page = parse_html(setup.site_dir / path.replace("insluiten/", "rollen/") / "index.html")
        tips = [(tip["id"], tip_text(tip)) for tip in tip_items(role_page)]
        assert [(item["id"], item.get_text(" ", strip=True)) for item in card.select(".kaart__tips > li")] == tips
        numbers = [a["href"] for a in role_page.select(".wat-doen a[href^='tel:']") if a["href"] != "tel:112"]
        assert [a["href"] for a in card.select(".kaart__nummers a")] == ["tel:112", *numbers[:2]], path
        assert card.select_one("meta[name=robots]")["content"] == "noindex"
        assert card.select_one("link[rel=canonical]")["href"] == setup.site + path.replace("insluiten/", "rollen/")
    sitemap = (setup.site_dir / "sitemap.xml").read_text()
    for index_file in (
        setup.site_dir / "search" / "search_index.json",
        *setup.site_dir.glob("*/search/search_index.json"),
    ):
        index = json.loads(index_file.read_text())
        assert not [entry for entry in index["docs"] if "insluiten/" in entry["location"]]
        # "Op je intranet" names every role in its snippets: it stays out of the search (its front matter).
        assert not [entry for entry in index["docs"] if entry["location"].startswith("op-je-intranet/")]
    assert "insluiten/" not in sitemap


def test_op_je_intranet_gives_every_card_a_snippet_and_says_what_the_host_sets(setup: Setup, site_dir: Path):
    page = parse_html(setup.site_dir / "op-je-intranet" / "index.html")
    snippets = [code.get_text() for code in page.select("article code") if code.get_text().startswith("<iframe")]
    dutch_cards = [(path, title) for path, title in card_paths(setup) if path.startswith("insluiten/")]
    assert snippets == [
        f'<iframe src="{setup.site}{path}" title="{title}: tips over mensenhandel" width="100%" '
        f'height="{FRAME_HEIGHTS[card_slug(path)]}"></iframe>'
        for path, title in dutch_cards
    ]
    # Each other language's page gives its own cards, titled in its language.
    english = parse_html(setup.site_dir / "en" / "op-je-intranet" / "index.html")
    frames = [
        parse_html_fragment(code.get_text()).iframe
        for code in english.select("article code")
        if code.get_text().startswith("<iframe")
    ]
    english_cards = [(path, title) for path, title in card_paths(setup) if path.startswith("en/")]
    assert [(frame["src"], frame["height"]) for frame in frames] == [
        (setup.site + path, str(FRAME_HEIGHTS[card_slug(path)])) for path, _title in english_cards
    ]
    assert all(frame["title"].startswith(f"{title}: ") for frame, (_, title) in zip(frames, english_cards, strict=True))
    assert setup.intranet.rstrip("/") in [code.get_text() for code in page.select("#eerst-instellen ~ ul code")]
    # Without EMBED_ORIGINS the page says that the cards stay empty elsewhere, and what to set.
    default = parse_html(site_dir / "op-je-intranet" / "index.html").select_one("#eerst-instellen + p").get_text()
    assert "alleen op haar eigen pagina's" in default and "EMBED_ORIGINS" in default
    # Every page's footer links to it.
    footer_links = [a["href"] for a in parse_html(site_dir / "rollen" / "docent" / "index.html").select("footer a")]
    assert "../../op-je-intranet/" in footer_links


def test_pa11y_finds_nothing_on_the_cards_in_the_dark_scheme(setup: Setup, site_dir: Path, site_url: str):
    """In the light scheme every card is among the pages test_accessibility_pa11y.py checks, and axe checks every
    card in both schemes (above). The cards are one template in the same colours: here a role's card and the
    card of "Hulp en melden", in each language."""
    paths = [path for path, _title in card_paths(setup)]
    sample = [path for path in paths if card_slug(path) in (card_slug(paths[0]), HELP_CARD)]
    assert len(sample) == 2 * len({path.split("insluiten/")[0] for path in paths}), sample
    urls = [site_url + path for path in sample]
    found = pa11y_issues(urls, {"width": FRAME_WIDTH, "height": 640}, None, color_scheme="dark")
    faults = [
        f"{url}: {issue['type']} {issue['code']} at {issue['selector']}: {issue['message']}"
        for url, issues in found.items()
        for issue in issues
        if issue["type"] in ("error", "warning")
    ]
    assert sorted(found) == sorted(urls) and faults == []


def test_embed_origins_are_https_origins_with_at_most_a_port_and_a_leading_wildcard():
    def origins(value: str) -> list[str]:
        return Settings.from_environment(
            {"SITE_URL": "https://t.nl/", "EMBED_ORIGINS": value}, serve_url=None
        ).embed_origins

    assert origins("https://a.nl  https://*.sharepoint.com https://a.nl:8443") == [
        "https://a.nl",
        "https://*.sharepoint.com",
        "https://a.nl:8443",
    ]
    for bad in ("http://a.nl", "https://a.nl/", "https://a.nl/x", "https://*.*.a.nl", "https://u@a.nl", "*.a.nl"):
        with pytest.raises(Exception, match=rf"^EMBED_ORIGINS '{re.escape(bad)}': expected https:// origins"):
            origins(bad)
