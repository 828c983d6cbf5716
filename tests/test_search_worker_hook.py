"""Every page starts the Dutch query worker, which loads Material's own worker unchanged."""

import json
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
from mkdocs.exceptions import PluginError
from site_content import built_pages, parse_html

from material_internals import QUERY_WORKER, use_query_worker

MATERIAL_CONFIG = '<script id="__config" type="application/json">{"base": "../..", "search": "../../assets/javascripts/workers/search.a7633da7.min.js", "tags": null}</script>'


def test_the_config_names_the_query_worker_and_passes_materials_worker():
    html = use_query_worker(f"<html>{MATERIAL_CONFIG}</html>", "rollen/docent.md")
    assert '"search": "../../assets/javascripts/workers/search-query.js?material=search.a7633da7.min.js"' in html
    assert html.replace("search-query.js?material=", "") == f"<html>{MATERIAL_CONFIG}</html>"


def test_a_page_without_materials_worker_url_fails_the_build():
    with pytest.raises(PluginError, match="rollen/docent.md"):
        use_query_worker('<script id="__config">{"search": "elders.js"}</script>', "rollen/docent.md")


def test_every_page_starts_the_query_worker_next_to_materials_worker(site_dir: Path):
    pages = built_pages(site_dir, with_404=True)  # every page Material renders; the intranet cards search nothing
    assert site_dir / "404.html" in pages
    for page in pages:
        config = json.loads(parse_html(page).select_one("script#__config").get_text())
        base = f"http://site/{page.relative_to(site_dir).as_posix()}"
        worker = urlsplit(urljoin(base, config["search"]))
        assert worker.path == f"/assets/javascripts/workers/{QUERY_WORKER}", page
        material = parse_qs(worker.query)["material"][0]
        assert (site_dir / "assets" / "javascripts" / "workers" / QUERY_WORKER).is_file()
        assert (site_dir / "assets" / "javascripts" / "workers" / material).is_file()
