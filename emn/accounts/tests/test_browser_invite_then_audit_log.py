"""A coordinator invites a contributor; the Commission then reads the change in the audit log."""

from emn.accounts.models import User
from emn.core.testing.browser import BROWSER_TEST, assert_accessible, login, screenshot
from emn.core.testing.factories import PASSWORD

pytestmark = BROWSER_TEST


def test_coordinator_invites_a_contributor_and_the_commission_reads_the_log(
    page, personas, mailoutbox, immediate_tasks
):
    login(page, personas.coordinator.email, PASSWORD)
    page.get_by_role("link", name="People").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == "People"
    assert_accessible(page)
    screenshot(page, "accounts-people-coordinator")

    page.get_by_role("link", name="Invite a person").click()
    page.get_by_role("button", name="Send the invitation").click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").inner_text().startswith("Please correct the problems")
    assert page.get_by_label("Full name").get_attribute("aria-invalid") == "true"
    assert_accessible(page)
    screenshot(page, "accounts-invite-errors")

    page.get_by_label("Full name").fill("Nina Kos")
    page.get_by_label("E-mail address").fill("nina.kos@example.org")
    page.get_by_label("Language of the invitation").select_option("sl")
    page.get_by_label("Role").select_option("ncp_contributor")
    assert page.get_by_label("Country").locator("option").all_inner_texts() == ["Slovenia"]
    assert_accessible(page)
    screenshot(page, "accounts-invite")
    page.get_by_role("button", name="Send the invitation").click()
    page.wait_for_load_state()

    assert page.get_by_role("heading", level=1).inner_text() == "Nina Kos"
    roles = page.get_by_role("table", name="Roles")
    assert "NCP contributor" in roles.inner_text()
    assert "Slovenia" in roles.inner_text()
    assert page.get_by_role("status").inner_text().startswith("Nina Kos is invited")
    assert_accessible(page)
    screenshot(page, "accounts-person-invited")
    assert [m.to for m in mailoutbox] == [["nina.kos@example.org"]]
    assert not User.objects.get(email="nina.kos@example.org").has_usable_password()

    page.get_by_role("button", name="Log out").click()
    page.wait_for_load_state()
    login(page, personas.commission.email, PASSWORD)
    page.get_by_role("link", name="Audit log").click()
    page.wait_for_load_state()
    change = page.locator(".audit-group").first
    assert "coordinator.si@example.org" in change.inner_text()
    assert "2 writes in one request" in change.inner_text()
    assert "accounts.create_user" in change.inner_text()
    assert "accounts.grant_role" in change.inner_text()
    assert_accessible(page)
    screenshot(page, "core-audit-log")

    page.get_by_label("Action").select_option("accounts.grant_role")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_load_state()
    assert "accounts.create_user" not in page.locator(".audit-groups").inner_text()

    page.goto("/accounts/profile/")
    page.get_by_role("button", name="Create a token").click()
    page.wait_for_load_state()
    assert page.get_by_label("Your new API token").input_value()
    assert_accessible(page)
    screenshot(page, "accounts-profile-token")
