"""A launched query answered by two countries: Slovenia's contributor drafts (saved on its
own), France's coordinator answers and submits, Slovenia's coordinator submits; the asker's
dashboard shows both."""

from emn.core.testing.browser import BROWSER_TEST, assert_accessible, login, screenshot
from emn.core.testing.factories import PASSWORD
from emn.queries.tests.factories import launched_query, response_of

pytestmark = BROWSER_TEST


def _logout(page):
    page.get_by_role("button", name="Log out").click()
    page.wait_for_load_state()


def test_answer_as_two_countries_and_submit(page, personas):
    query = launched_query(personas.commission)

    login(page, personas.contributor.email, PASSWORD)
    page.goto("/queries/mine/")
    assert_accessible(page)
    screenshot(page, "answer-ncp-dashboard")
    page.get_by_role("link", name=query.title).click()
    page.wait_for_url(f"**/queries/{query.pk}/responses/SI/")
    page.get_by_label("Answer", exact=True).fill("Access after six months of procedure.")
    page.get_by_label("Yes", exact=True).check()
    page.get_by_label("Number (months)").fill("6")
    page.get_by_text("Saved at").wait_for()
    assert response_of(query, "SI").version >= 1
    assert_accessible(page)
    screenshot(page, "answer-si-autosaved")
    page.get_by_label("Number (months)").fill("six")
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_load_state()
    page.get_by_text("“six” is not a number").first.wait_for()
    assert_accessible(page)
    screenshot(page, "answer-si-bad-number")
    page.get_by_label("Number (months)").fill("6")
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_load_state()
    page.get_by_role("button", name="Mark ready for validation").click()
    page.wait_for_load_state()
    assert response_of(query, "SI").state == "ready"
    _logout(page)

    login(page, personas.other_country.email, PASSWORD)
    page.goto(f"/queries/{query.pk}/responses/FR/")
    page.get_by_label("No", exact=True).check()
    page.get_by_label("Comment (optional)").fill("Work is allowed from the start.")
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_load_state()
    assert_accessible(page)
    screenshot(page, "answer-fr-saved")
    page.get_by_role("button", name="Submit to the asker").click()
    page.wait_for_load_state()
    assert response_of(query, "FR").state == "submitted"
    assert_accessible(page)
    screenshot(page, "answer-fr-submitted")
    _logout(page)

    login(page, personas.coordinator.email, PASSWORD)
    page.goto(f"/queries/{query.pk}/responses/SI/")
    assert page.get_by_label("Yes", exact=True).is_checked()
    page.get_by_role("button", name="Submit to the asker").click()
    page.wait_for_load_state()
    assert response_of(query, "SI").state == "submitted"
    _logout(page)

    login(page, personas.commission.email, PASSWORD)
    page.goto(f"/queries/{query.pk}/status/")
    table = page.get_by_role("table")
    assert "Submitted" in table.inner_text()
    assert_accessible(page)
    screenshot(page, "answer-asker-dashboard")
    page.get_by_role("link", name="Slovenia").click()
    page.wait_for_load_state()
    page.get_by_text("Access after six months of procedure.").wait_for()
    assert_accessible(page)
    screenshot(page, "answer-si-response-detail")
