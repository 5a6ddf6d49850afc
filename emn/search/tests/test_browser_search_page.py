"""A member searches from the header box, narrows by a facet, pages through the results and
opens one; the public sees none of the members' material. Screenshots in var/screenshots/."""

from typing import Any

from emn.core.testing.browser import BROWSER_TEST, assert_accessible, login, screenshot
from emn.core.testing.factories import PASSWORD, OrganisationFactory
from emn.search.indexing import reindex
from emn.search.tests.indexing_support import WORDS, build_world

pytestmark = BROWSER_TEST


def test_search_facets_and_pages(page: Any, personas: Any) -> None:
    build_world(personas)
    for number in range(25):
        OrganisationFactory(name=f"Asylum procedure institute {number}")
    reindex()
    login(page, personas.reader.email, PASSWORD)
    page.goto("/network/")
    page.get_by_role("searchbox", name="Search the site").fill("procedure")
    page.get_by_role("button", name="Search").first.click()
    page.wait_for_load_state()
    heading = page.locator("#hits-heading")
    assert "results" in heading.inner_text()
    assert page.locator(".snippet mark").first.is_visible()
    assert_accessible(page)
    screenshot(page, "search-results-member")

    page.locator("#facet-kind + ul").get_by_role("link", name="Organisation").click()
    page.wait_for_load_state()
    assert "25 results" in heading.inner_text()
    assert page.locator("a.facet-value.selected").count() == 1
    screenshot(page, "search-results-facet-selected")

    page.get_by_role("link", name="Next page").click()
    page.wait_for_load_state()
    assert "page=2" in page.url
    assert page.locator("li.hit").count() == 5
    screenshot(page, "search-results-page-2")
    page.locator("li.hit h3 a").first.click()
    page.wait_for_load_state()
    assert "/network/organisations/" in page.url


def test_the_public_finds_no_members_material(page: Any, personas: Any) -> None:
    build_world(personas)
    page.goto(f"/search/?q={WORDS['de_submitted']}")
    assert "0 results" in page.locator("#hits-heading").inner_text()
    assert page.get_by_text("Material for EMN members is found only after logging in.").is_visible()
    assert_accessible(page)
    screenshot(page, "search-empty-public")
    page.goto("/search/?q=procedure")
    assert page.get_by_text("Restricted to EMN members").count() == 0
    screenshot(page, "search-results-public")
