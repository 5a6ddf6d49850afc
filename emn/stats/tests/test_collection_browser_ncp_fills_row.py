"""Slovenia's contributor fills in its row of a collection in the browser: a value that is
not a number comes back on its field, the corrected row is saved and marked ready, the
coordinator submits, and the values appear on the data page."""

from emn.core.testing.browser import BROWSER_TEST, assert_accessible, login, screenshot
from emn.core.testing.factories import PASSWORD
from emn.stats.tests.collection_support import launched, row_of

pytestmark = BROWSER_TEST


def _logout(page):
    page.get_by_role("button", name="Log out").click()
    page.wait_for_load_state()


def test_an_ncp_fills_in_and_submits_its_row(page, personas):
    collection = launched(personas.commission, dissemination="public")

    login(page, personas.contributor.email, PASSWORD)
    page.goto("/stats/collections/")
    assert_accessible(page)
    page.get_by_role("link", name="Slovenia").click()
    page.wait_for_url(f"**/stats/collections/{collection.pk}/rows/SI/")
    page.get_by_label("Money spent on return, 2025", exact=True).fill("1.2 million")
    page.get_by_label("Number of programmes, 2025", exact=True).fill("3")
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_load_state()
    page.get_by_text("“1.2 million” is not a number").first.wait_for()
    assert_accessible(page)
    screenshot(page, "stats-collection-row-error")

    page.get_by_label("Money spent on return, 2025", exact=True).fill("1,200,000")
    page.get_by_label("Flag of Money spent on return, 2025").select_option("p")
    page.get_by_label("In-kind support offered, 2025", exact=True).select_option("1")
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_load_state()
    page.get_by_text("The values were saved.").wait_for()
    page.get_by_role("button", name="Mark ready for validation").click()
    page.wait_for_load_state()
    assert row_of(collection, "SI").state == "ready"
    assert_accessible(page)
    screenshot(page, "stats-collection-row-ready")
    _logout(page)

    login(page, personas.coordinator.email, PASSWORD)
    page.goto(f"/stats/collections/{collection.pk}/rows/SI/")
    page.get_by_role("button", name="Submit to the asker").click()
    page.wait_for_load_state()
    assert row_of(collection, "SI").state == "submitted"
    screenshot(page, "stats-collection-row-submitted")
    page.goto(f"/stats/collections/{collection.pk}/")
    page.get_by_role("link", name="See the submitted data").click()
    page.wait_for_load_state()
    page.get_by_text("1,200,000").wait_for()
    assert_accessible(page)
    screenshot(page, "stats-collection-data")
