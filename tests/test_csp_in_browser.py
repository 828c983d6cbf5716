"""In Chromium, behind nginx's Content-Security-Policy: every page and control works without a violation
(every Dutch page and each translation's sample, site_content.TRANSLATION_SAMPLE: the same templates and scripts).

The controls: colour scheme, navigation drawer, search, "Kopieer link" and the quick exit "Snel weg".
And the open data: a page on another origin reads tips.json (and only that) through CORS.
"""

import shutil
from pathlib import Path

from chromium import Visit, search_result
from nginx_server import nginx
from playwright.sync_api import Page
from quick_exit import BUTTON as QUICK_EXIT
from quick_exit import neutral_site
from site_content import browser_checked_pages
from static_server import serve

from security_policy import policy_file

MOBILE = {"width": 375, "height": 740}
REPORT_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", event => window.cspViolations.push(
  `${event.effectiveDirective} blocked ${event.blockedURI || "inline code"} in ${event.sourceFile}:${event.lineNumber}`));
"""


def csp_violations(page: Page) -> list[str]:
    return page.evaluate("window.cspViolations")


def csp_console_reports(visit: Visit) -> list[str]:
    return [error for error in visit.console_errors if "Content Security Policy" in error]


def use_header_controls(page: Page) -> None:
    """Switch the colour scheme there and back, and open and close the navigation drawer."""
    page.set_viewport_size(MOBILE)
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    for _ in range(2):
        page.locator("[data-md-component=palette] button:visible").click()
        assert page.locator("body").get_attribute("data-md-color-scheme") != scheme
        scheme = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("button.md-header__button[data-md-for=__drawer]").click()
    assert page.locator("nav.md-nav--primary").is_visible()
    page.locator("label.md-overlay[for=__drawer]").click(position={"x": 360, "y": 300})
    assert not page.locator("#__drawer").is_checked()


def test_every_page_and_its_controls_work_without_a_violation(site_dir: Path, nginx_url: str, visit: Visit):
    page = visit.page
    page.add_init_script(REPORT_VIOLATIONS)
    header_complaints = []
    page.on("console", lambda message: "Policy" in message.text and header_complaints.append(message.text))
    for address in [*browser_checked_pages(site_dir), "bestaat-niet/"]:
        page.goto(nginx_url + address)
        use_header_controls(page)
        assert csp_violations(page) == [], address
    assert visit.page_errors == []
    assert csp_console_reports(visit) == []
    assert header_complaints == [], "Chromium knows every feature the Permissions-Policy names"
    # The unknown address itself is the one failed load.
    assert visit.console_errors == ["Failed to load resource: the server responded with a status of 404 (Not Found)"]


def test_search_in_its_worker_finds_a_tip_without_a_violation(nginx_url: str, visit: Visit):
    page = visit.page
    page.add_init_script(REPORT_VIOLATIONS)
    page.goto(nginx_url)
    search_result(page, "opgehaald", "rollen/docent/").click()
    page.wait_for_url("**/rollen/docent/**")
    assert csp_violations(page) == []
    assert csp_console_reports(visit) == [] and visit.page_errors == []


def test_copy_link_and_the_quick_exit_work_without_a_violation(nginx_url: str, visit: Visit):
    page = visit.page
    page.add_init_script(REPORT_VIOLATIONS)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=nginx_url.rstrip("/"))
    page.goto(nginx_url + "rollen/docent/")
    copy_link = page.locator("article .tip-link").first
    copy_link.locator("button").click()
    copy_link.get_by_role("status").filter(has_text="Link gekopieerd").wait_for()
    assert csp_violations(page) == []
    # A 204 answer for the neutral site keeps the browser here, to look for violations after the click.
    page.route(lambda url: url.startswith(neutral_site()), lambda route: route.fulfill(status=204))
    with page.expect_request(lambda request: request.url.startswith(neutral_site())):
        page.click(QUICK_EXIT, no_wait_after=True)
    assert page.locator("article").is_hidden()
    assert csp_violations(page) == []
    assert csp_console_reports(visit) == [] and visit.page_errors == []


def test_an_inline_script_without_its_hash_is_blocked_and_reported(site_dir: Path, tmp_path: Path, visit: Visit):
    copy = Path(shutil.copytree(site_dir, tmp_path / "site"))
    shutil.copy(policy_file(site_dir), policy_file(copy))
    home = copy / "index.html"
    added = '<script>document.body.dataset.unhashed = "ran"</script></body>'
    home.write_text(home.read_text(encoding="utf-8").replace("</body>", added), encoding="utf-8")
    page = visit.page
    page.add_init_script(REPORT_VIOLATIONS)
    with nginx(copy) as url:
        page.goto(url)
        page.wait_for_function("window.cspViolations.length > 0")
        assert page.locator("body").get_attribute("data-unhashed") is None
        assert csp_violations(page) == [f"script-src-elem blocked inline in {url}:{added_line(home)}"]
        assert len(csp_console_reports(visit)) == 1
        assert page.locator("body").get_attribute("data-md-color-scheme"), "Material's hashed scripts still ran"


def added_line(page: Path) -> int:
    return next(number for number, line in enumerate(page.read_text().splitlines(), 1) if "unhashed" in line)


INTRANET_PAGE = """<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Intranet</title></head><body>
<script>
async function read(url) {
  try {
    const response = await fetch(url);
    return await response.json();
  } catch (error) {
    return String(error);
  }
}
window.readTips = async site => {
  const data = await read(site + "tips.json");
  return typeof data === "string" ? data : data.rollen.reduce((count, role) => count + role.tips.length, 0);
};
window.readIndex = async site => {
  const data = await read(site + "search/search_index.json");
  return typeof data === "string" ? data : "read";
};
</script></body></html>
"""


def test_a_page_on_another_origin_reads_all_tips_from_tips_json_and_nothing_else(
    nginx_url: str, tmp_path: Path, visit: Visit
):
    """An intranet page (another loopback port) fetches the open data in Chromium; CORS allows tips.json only."""
    (tmp_path / "index.html").write_text(INTRANET_PAGE, encoding="utf-8")
    (tmp_path / "404.html").write_text("<!doctype html><title>404</title>", encoding="utf-8")
    with serve(tmp_path) as intranet:
        assert intranet.split(":")[2] != nginx_url.split(":")[2]
        visit.page.goto(intranet)
        assert visit.page.evaluate("site => readTips(site)", nginx_url) == 26
        assert "Failed to fetch" in visit.page.evaluate("site => readIndex(site)", nginx_url)
