"""A reader browses the current publications and the archive, filters them, follows an
archived edition to the one that superseded it; the Commission sets an archive rule."""

import datetime

from emn.core.dissemination import DisseminationLevel
from emn.core.models import Theme
from emn.core.testing.browser import BROWSER_TEST, assert_accessible, login, screenshot
from emn.core.testing.factories import PASSWORD, country
from emn.library import services
from emn.library.tests.library_support import publication

pytestmark = BROWSER_TEST


def make_library(actor):
    report_2023 = publication(
        actor,
        title="Annual report on migration and asylum 2023",
        type="annual_report",
        published_on=datetime.date(2024, 6, 10),
        countries=[country("SI"), country("FR")],
    )
    services.update_publication(
        actor,
        report_2023,
        texts=[
            ("en", "Annual report on migration and asylum 2023", "The year 2023."),
            ("fr", "Rapport annuel sur la migration et l'asile 2023", "L'année 2023."),
        ],
    )
    publication(
        actor,
        title="Annual report on migration and asylum 2024",
        type="annual_report",
        published_on=datetime.date(2025, 6, 12),
        supersedes=report_2023,
        countries=[country("SI"), country("FR")],
    )
    publication(
        actor,
        title="Integration of beneficiaries of protection",
        type="inform",
        themes=[Theme.objects.get(code="integration")],
        published_on=datetime.date(2025, 1, 20),
        dissemination=DisseminationLevel.EMN,
    )
    publication(
        actor,
        title="Vračanje mladoletnikov brez spremstva",
        type="national_report",
        language="sl",
        country_code="SI",
        published_on=datetime.date(2024, 11, 3),
    )
    publication(
        actor,
        title="Bulletin of March 2022",
        type="bulletin",
        published_on=datetime.date(2022, 3, 31),
    )


def test_browse_current_and_archive_with_a_filter(page, personas):
    make_library(personas.commission)
    login(page, personas.reader.email, PASSWORD)

    page.get_by_role("link", name="Library").click()
    page.wait_for_url("**/library/")
    assert page.locator(".badge.emn").first.is_visible()
    assert page.get_by_text("Not available in your language; shown in Slovenian").is_visible()
    assert page.get_by_role("link", name="Add publication").count() == 0
    assert_accessible(page)
    screenshot(page, "library-list")

    page.get_by_role("link", name="Current", exact=True).click()
    page.wait_for_url("**/library/current/")
    page.locator("#id_type").select_option("annual_report")
    page.get_by_role("button", name="Search").last.click()
    page.wait_for_load_state()
    assert page.get_by_role("link", name="Annual report on migration and asylum 2024").is_visible()
    assert page.get_by_text("Annual report on migration and asylum 2023").count() == 0
    assert_accessible(page)
    screenshot(page, "library-current-filtered")

    page.get_by_role("link", name="Archive", exact=True).click()
    page.wait_for_url("**/library/archive/?*type=annual_report*")
    assert page.get_by_text("Superseded by").is_visible()
    assert_accessible(page)
    screenshot(page, "library-archive-filtered")
    page.get_by_role("link", name="Annual report on migration and asylum 2024").click()
    page.wait_for_load_state()
    assert "2024" in page.get_by_role("heading", level=1).inner_text()


def test_the_commission_sets_an_archive_rule(page, personas):
    make_library(personas.commission)
    login(page, personas.commission.email, PASSWORD)
    page.goto("/library/current/")
    assert page.get_by_role("link", name="Bulletin of March 2022").is_visible()
    page.get_by_role("link", name="Archive rules").click()
    page.wait_for_url("**/library/archive-rules/")
    page.get_by_label("Bulletin").fill("24")
    page.get_by_label("Study").fill("0")
    page.get_by_role("button", name="Save the rules").click()
    page.wait_for_load_state()
    assert page.get_by_text("Nothing was saved").is_visible()
    assert_accessible(page)
    screenshot(page, "library-archive-rules-error")
    page.get_by_label("Study").fill("")
    page.get_by_role("button", name="Save the rules").click()
    page.wait_for_load_state()
    assert page.get_by_text("The archive rules were saved.").is_visible()
    assert_accessible(page)
    screenshot(page, "library-archive-rules")
    page.goto("/library/archive/")
    assert page.get_by_text("Past the age of current publications of this type").is_visible()
    screenshot(page, "library-archive")
