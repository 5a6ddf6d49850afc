"""A reader opens the map, a country from it, and the directory filtered by a field."""

from emn.core.models import Theme
from emn.core.testing.browser import BROWSER_TEST, assert_accessible, login, screenshot
from emn.core.testing.factories import (
    PASSWORD,
    NationalContactPointFactory,
    OrganisationFactory,
    ResearcherFactory,
    country,
)
from emn.network.tests.support import (
    FundingFactory,
    PartnerFactory,
    board_member,
)

pytestmark = BROWSER_TEST


def _network():
    host = OrganisationFactory(name="Ministry of the Interior", acronym="MNZ", kind="ministry")
    ncp = NationalContactPointFactory(
        coordinator=host,
        designated_by=host,
        cooperation_agreement="EMN NCP grant 101234",
        address="Beethovnova 3\n1000 Ljubljana",
        email="emn@example.si",
        phone="+386 1 428 40 00",
        website="https://emn.example.si",
    )
    PartnerFactory(ncp=ncp, organisation=OrganisationFactory(name="Slovene Philanthropy"))
    FundingFactory(ncp=ncp, year=2025)
    board_member("SI", "Mojca Representative")
    institute = OrganisationFactory(name="Peace Institute", in_directory=True)
    institute.expertise.add(Theme.objects.get(code="return"))
    for name, code in [("Ana Novak", "return"), ("Bojan Kralj", "integration")]:
        researcher = ResearcherFactory(name=name, affiliation=institute)
        researcher.expertise.add(Theme.objects.get(code=code))
        researcher.countries.add(country("SI"))


def test_map_country_and_directory(page, personas):
    _network()
    login(page, personas.reader.email, PASSWORD)

    page.goto("/network/")
    assert page.locator("svg a[href='/network/countries/SI/']").count() == 1
    assert_accessible(page)
    screenshot(page, "network-overview-map")

    page.locator("svg a[href='/network/countries/SI/']").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/network/countries/SI/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Slovenia")
    assert page.get_by_text("Represented by Mojca Representative.").is_visible()
    assert_accessible(page)
    screenshot(page, "network-country-si-detail")

    page.goto("/network/directory/")
    page.get_by_label("Field of expertise").select_option("return")
    page.get_by_role("search", name="Search the directory").get_by_role(
        "button", name="Search"
    ).click()
    page.wait_for_load_state()
    rows = page.locator("table tbody tr")
    assert rows.count() == 1
    assert "Ana Novak" in rows.first.inner_text()
    assert_accessible(page)
    screenshot(page, "network-directory-filtered")
