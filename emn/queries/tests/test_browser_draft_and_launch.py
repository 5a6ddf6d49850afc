"""The Slovenian coordinator drafts a query with a yes/no and a free-text question, previews
it as a respondent would see it, and launches it."""

import re

from emn.core.testing.browser import BROWSER_TEST, assert_accessible, login, screenshot
from emn.core.testing.factories import PASSWORD
from emn.queries.models import AdHocQuery
from emn.queries.tests.factories import launched_query

pytestmark = BROWSER_TEST


def test_draft_preview_and_launch(page, personas):
    launched_query(personas.other_country)  # an earlier query the similarity panel finds
    login(page, personas.coordinator.email, PASSWORD)

    page.goto("/queries/")
    assert_accessible(page)
    screenshot(page, "queries-list")
    page.get_by_role("link", name="Launch a query").click()
    page.wait_for_url("**/queries/new/")
    page.get_by_label("Title").fill("Labour market access of applicants")
    page.get_by_label("Background").fill("The ministry drafts a law on work permits.")
    page.get_by_role("link", name="Labour market access for asylum applicants").wait_for()
    page.get_by_label("Theme").select_option(label="Asylum")
    page.get_by_label("Keywords").fill("labour market, work permit")
    assert_accessible(page)
    screenshot(page, "queries-draft-form-with-similar")
    page.get_by_role("button", name="Save the draft").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == "Labour market access of applicants"

    page.get_by_role("link", name="Add a question").click()
    page.get_by_label("Type of question").select_option("yes_no")
    page.get_by_role("textbox", name=re.compile("^Question")).fill(
        "Can applicants work while waiting?"
    )
    page.get_by_label("An answer is required").check()
    assert_accessible(page)
    screenshot(page, "queries-question-form")
    page.get_by_role("button", name="Add the question").click()
    page.wait_for_load_state()
    page.get_by_role("link", name="Add a question").click()
    page.get_by_role("textbox", name=re.compile("^Question")).fill("Describe the conditions.")
    page.get_by_role("button", name="Add the question").click()
    page.wait_for_load_state()
    assert_accessible(page)
    screenshot(page, "queries-draft-detail")

    page.get_by_role("link", name="Preview as a respondent").click()
    page.wait_for_load_state()
    assert page.get_by_label("Yes").is_disabled()
    assert page.get_by_label("Answer").is_disabled()
    assert_accessible(page)
    screenshot(page, "queries-preview")
    page.get_by_role("link", name="Back to the query").click()

    page.get_by_role("button", name="Launch the query").click()
    page.wait_for_load_state()
    assert page.get_by_text("The query was launched.").is_visible()
    assert page.get_by_role("heading", name="Add a clarification").is_visible()
    assert_accessible(page)
    screenshot(page, "queries-launched")
    query = AdHocQuery.objects.get(title="Labour market access of applicants")
    assert query.state == "open"
    assert query.request.contributions.count() > 20
