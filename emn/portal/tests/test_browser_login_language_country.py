"""A person logs in, reads the site in Slovenian, switches back, and opens a country page."""

from emn.core.testing.browser import BROWSER_TEST, assert_accessible, login, screenshot
from emn.core.testing.factories import PASSWORD

pytestmark = BROWSER_TEST


def test_login_switch_to_slovenian_and_back_then_open_a_country(page, personas):
    page.goto("/")
    assert_accessible(page)
    screenshot(page, "portal-home-en")

    login(page, personas.coordinator.email, PASSWORD)
    assert page.get_by_role("button", name="Log out").is_visible()

    page.get_by_label("Language").select_option("sl")
    page.get_by_role("button", name="Change").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "sl"
    assert page.get_by_role("link", name="Omrežje").first.is_visible()
    assert_accessible(page)
    screenshot(page, "portal-home-sl")

    page.get_by_label("Jezik").select_option("en")
    page.get_by_role("button", name="Zamenjaj").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"

    page.goto("/network/countries/SI/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Slovenia")
    assert_accessible(page)
    screenshot(page, "network-country-si")
    personas.coordinator.refresh_from_db()
    assert personas.coordinator.language == "en"
