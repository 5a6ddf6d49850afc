"""An analyst finds the client instructions from the statistics list, reads addresses that
point at this server and examples filled with a dataset they may see; the page passes axe."""

from emn.core.testing.browser import BROWSER_TEST, assert_accessible, screenshot
from emn.stats.tests.jsonstat_support import returns

pytestmark = BROWSER_TEST


def test_the_page_is_found_and_readable(page, live_server, tmp_path):
    returns(tmp_path)
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto("/stats/")
    page.get_by_role("link", name="Use in your own tools").click()
    page.wait_for_url("**/stats/clients/")
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Use these statistics in your own tools"
    )
    addresses = page.locator("dl.facts").inner_text()
    assert f"{live_server.url}/sdmx/2.1/" in addresses
    assert f"{live_server.url}/statistics/1.0/" in addresses
    blocks = page.locator("pre code")
    assert blocks.count() == 7
    assert 'get_data_df("migr_js", flags=True)' in blocks.nth(1).inner_text()
    assert "data/MIGR_JS/A.NR.DE?startPeriod=2019" in blocks.nth(3).inner_text()
    for heading in ("Python", "R", "Command line and browser", "Excel and Power Query"):
        assert page.get_by_role("heading", name=heading, exact=True).count() == 1
    assert_accessible(page)
    screenshot(page, "stats-clients")

    page.goto("/stats/migr_js/")
    page.get_by_role("link", name="Use in your own tools").click()
    page.wait_for_url("**/stats/clients/?dataset=migr_js")
    assert not errors, errors
