"""A visitor in Chromium: from the home page, each role card leads to its page, with nothing broken."""

from urllib.parse import urlsplit

from chromium import Visit
from source_text import read_source


def test_each_role_card_leads_to_its_page(site_url: str, visit: Visit):
    _, _, roles = read_source()
    page = visit.page
    for role in roles:
        page.goto(site_url)
        page.locator("article .grid.cards a", has_text=role.name).click()
        page.wait_for_load_state("load")
        assert page.locator("article h1").inner_text() == role.name
        assert page.locator("article ol.tips > li.tip").count() == len(role.tips)
    assert visit.page_errors == []
    assert visit.console_errors == []
    hosts = {urlsplit(url).netloc for url in visit.requests if urlsplit(url).scheme in ("http", "https")}
    assert hosts == {urlsplit(site_url).netloc}
