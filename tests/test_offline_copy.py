"""The offline copy: `make offline`'s zip, unpacked and opened from file:// in Chromium, navigates and
searches without requesting anything from the internet, in Dutch and in English (`en/`, its own index);
"Kopieer link" gives the hosted site's address. Its canonical links, og:url, printed addresses, QR codes and
sitemap give the hosted site's directory addresses in every language, and each language's 404 page works
from disk."""

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname
from xml.etree import ElementTree

import pytest
from chromium import Visit, search_result
from pypdf import PdfReader
from search_ui import SEARCH_INPUT, WAY_ON, type_query
from site_content import built_pages, parse_html
from sitebuild import PROJECT_ROOT
from source_text import normalise

SITE_URL = "https://intranet.voorbeeld.nl/mensenhandel/"


@pytest.fixture(scope="module")
def offline_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The unpacked zip's folder, built by the same script as `make offline`."""
    dist = tmp_path_factory.mktemp("dist")
    script = PROJECT_ROOT / "scripts" / "build-offline-zip"
    result = subprocess.run(
        [sys.executable, script, dist], env={**os.environ, "SITE_URL": SITE_URL}, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    [archive] = dist.glob("de-reis-van-kelly-*.zip")
    with zipfile.ZipFile(archive) as zip_file:
        zip_file.extractall(dist)
    return dist / archive.stem


def test_the_offline_copy_navigates_and_searches_from_file_urls(offline_copy: Path, visit: Visit):
    page = visit.page
    page.goto((offline_copy / "index.html").as_uri())
    page.locator("article .grid.cards a", has_text="Docent").click()
    page.wait_for_load_state("load")
    assert page.url == (offline_copy / "rollen" / "docent.html").as_uri()
    assert page.locator("article ol.tips > li.tip").count() == 3
    # What "Kopieer link" hands the clipboard (file:// has one; headless Chromium would ask for permission).
    page.evaluate("navigator.clipboard.writeText = async text => { window.copied = text }")
    page.locator(".tip-link__button").first.click()
    page.locator(".tip-link [role=status]", has_text="Link gekopieerd").wait_for(timeout=5000)
    assert page.evaluate("window.copied") == f"{SITE_URL}rollen/docent/#docent-dure-spullen"
    search_result(page, "politie", "politie").click()
    page.wait_for_load_state("load")
    assert page.url.startswith((offline_copy / "rollen" / "politie.html").as_uri())
    assert page.locator("article h1").inner_text() == "Politie"
    assert [url for url in visit.requests if not url.startswith("file://")] == []
    assert visit.page_errors == []


def test_the_english_pages_of_the_offline_copy_navigate_and_search_in_english(offline_copy: Path, visit: Visit):
    page = visit.page
    page.goto((offline_copy / "en" / "index.html").as_uri())
    page.locator("article .grid.cards a", has_text="Teacher").click()
    page.wait_for_load_state("load")
    assert page.url == (offline_copy / "en" / "rollen" / "docent.html").as_uri()
    assert page.locator("html").get_attribute("lang") == "en"
    search_result(page, "officer", "politie").click()  # an English word of the English index only
    page.wait_for_load_state("load")
    assert page.url.startswith((offline_copy / "en" / "rollen" / "politie.html").as_uri())
    assert page.locator("article h1").inner_text() == "Police"
    # A search that finds nothing offers the way on: the English general pages and roles, as .html files.
    page.locator(SEARCH_INPUT).click()
    type_query(page, "xqzvw")
    page.locator(WAY_ON).wait_for(timeout=10000)
    english = (offline_copy / "en").as_uri() + "/"
    offered = [
        href.removeprefix(english) for href in page.locator(f"{WAY_ON} a").evaluate_all("a => a.map(a => a.href)")
    ]
    assert offered[:2] == ["alle-tips.html", "hulp-en-melden.html"]
    assert len(offered) == 11 and all(path.startswith("rollen/") and path.endswith(".html") for path in offered[2:])
    assert page.locator(WAY_ON).get_by_role("link", name="Police").count() == 1
    assert [url for url in visit.requests if not url.startswith("file://")] == []
    assert visit.page_errors == []


def hosted_addresses(offline_copy: Path) -> dict[str, str]:
    """Each page of the copy (`rollen/docent.html`, `en/index.html`) and its address on the hosted site
    (`…/rollen/docent/`, `…/en/`)."""
    pages = {page.relative_to(offline_copy).as_posix() for page in built_pages(offline_copy)}
    return {
        page: SITE_URL
        + (page.removesuffix("index.html") if page.endswith("index.html") else page.removesuffix(".html") + "/")
        for page in pages
    }


def test_the_offline_copy_names_the_hosted_directory_addresses(offline_copy: Path):
    """The canonical link, og:url, the address printed at the end and the QR code beside it, and the sitemap
    give the hosted site's directory addresses, not the copy's `.html` files, which the hosted site answers
    with 404."""
    expected = hosted_addresses(offline_copy)
    assert expected["rollen/docent.html"] == f"{SITE_URL}rollen/docent/" and len(expected) > 9
    assert expected["en/rollen/docent.html"] == f"{SITE_URL}en/rollen/docent/" and expected["en/index.html"].endswith(
        "/en/"
    )
    for page, address in expected.items():
        soup = parse_html(offline_copy / page)
        assert soup.select_one('link[rel="canonical"]')["href"] == address, page
        assert soup.select_one('meta[property="og:url"]')["content"] == address, page
        assert normalise(soup.select_one(".pagina-adres").get_text()).endswith(f": {address}"), page
        if qr := soup.select_one(".pagina-adres svg.qr"):
            assert qr["aria-label"] == address, page
    sitemap = ElementTree.parse(offline_copy / "sitemap.xml").getroot()
    assert sorted(loc.text for loc in sitemap.findall(".//{*}loc")) == sorted(expected.values())


def test_a_role_page_printed_from_the_offline_copy_shows_its_hosted_address(offline_copy: Path, visit: Visit):
    visit.page.goto((offline_copy / "rollen" / "docent.html").as_uri())
    text = normalise(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(visit.page.pdf(format="A4"))).pages))
    assert f"Bekijk deze pagina online: {SITE_URL}rollen/docent/" in text


@pytest.mark.parametrize(("not_found", "language"), [("404.html", "nl"), ("en/404.html", "en")])
def test_the_offline_copys_404_pages_work_from_disk(offline_copy: Path, visit: Visit, not_found: str, language: str):
    """Styled by the site's style sheets, scripts running, and every link leads to a file of the copy."""
    page = visit.page
    failed = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.goto((offline_copy / not_found).as_uri())
    page.wait_for_load_state("load")
    assert failed == [] and visit.page_errors == []
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator(".md-header").evaluate("header => getComputedStyle(header).flexWrap") == "wrap-reverse"
    assert page.locator("html").evaluate("html => html.classList.contains('js')")
    links = page.eval_on_selector_all("a[href]", "links => links.map(link => link.href.split('#')[0])")
    local = [link for link in links if link.startswith("file:")]
    assert len(local) > 10, links
    assert [link for link in local if not Path(url2pathname(urlsplit(link).path)).is_file()] == []
