"""The offline copy: `make offline`'s zip, unpacked and opened from file:// in Chromium, navigates and
searches without requesting anything from the internet; "Kopieer link" gives the hosted site's address."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from chromium import Visit, search_result
from sitebuild import PROJECT_ROOT

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
    page.locator(".tip-link__button").first.click()
    hosted_address = f"{SITE_URL}rollen/docent/#docent-dure-spullen"
    page.locator(".tip-link [role=status]", has_text=hosted_address).wait_for(timeout=5000)
    search_result(page, "politie", "politie").click()
    page.wait_for_load_state("load")
    assert page.url.startswith((offline_copy / "rollen" / "politie.html").as_uri())
    assert page.locator("article h1").inner_text() == "Politie"
    assert [url for url in visit.requests if not url.startswith("file://")] == []
    assert visit.page_errors == []
