"""Any host path: the site built for and served under /mensenhandel/ works in Chromium:
pages, assets, search and the 404 page, with every request inside the sub-path and none failing."""

from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from chromium import Visit, search_result
from nginx_server import SUB_PATH_SITE_URL
from static_server import serve

PREFIX = urlsplit(SUB_PATH_SITE_URL).path


@pytest.fixture(scope="module")
def subpath_url(site_variant: Callable[[dict[str, str]], Path]) -> Iterator[str]:
    with serve(site_variant({"SITE_URL": SUB_PATH_SITE_URL}), prefix=PREFIX) as url:
        yield url


def failed_responses(visit: Visit) -> list[str]:
    responses: list[str] = []
    visit.page.on(
        "response", lambda response: response.status >= 400 and responses.append(f"{response.status} {response.url}")
    )
    return responses


def assert_all_requests_inside(visit: Visit, subpath_url: str) -> None:
    outside = [
        url for url in visit.requests if not url.startswith(subpath_url) and urlsplit(url).scheme in ("http", "https")
    ]
    assert outside == []
    assert visit.page_errors == []


def test_pages_assets_and_search_work_under_a_sub_path(subpath_url: str, visit: Visit):
    failed = failed_responses(visit)
    page = visit.page
    page.goto(subpath_url)
    page.locator("article .grid.cards a", has_text="Docent").click()
    page.wait_for_load_state("load")
    assert page.url == f"{subpath_url}rollen/docent/"
    assert page.locator("article li.tip .tip-link__button").count() == 3
    result = search_result(page, "spullen", "docent-dure-spullen")
    # search.highlight adds the found words as ?h=; the address is the tip's under the sub-path
    assert result.get_attribute("href") == f"{subpath_url}rollen/docent/?h=spullen#docent-dure-spullen"
    assert failed == []
    assert_all_requests_inside(visit, subpath_url)


def test_the_404_page_is_styled_and_links_home_under_a_sub_path(subpath_url: str, visit: Visit):
    failed = failed_responses(visit)
    page = visit.page
    response = page.goto(f"{subpath_url}rollen/bestaat-niet/")
    assert response.status == 404
    assert failed == [f"404 {subpath_url}rollen/bestaat-niet/"]
    assert page.locator("link[rel=stylesheet][href*='main.']").count() == 1
    assert page.locator(".md-header").evaluate("header => getComputedStyle(header).position") != "static"
    page.locator(".md-header__button.md-logo").click()
    page.wait_for_load_state("load")
    assert page.url == subpath_url
    assert_all_requests_inside(visit, subpath_url)
