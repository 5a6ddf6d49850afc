"""In a real browser: the Commission uploads sdg_08_10.tsv on /stats/ingest/, is taken to the
status page and reads the report; a running load shows its step and bar, a bad file where it
went wrong. Every page passes axe-core; screenshots go to var/screenshots/stats-ingest-*."""

import re

import pytest

from emn.core.testing.browser import BROWSER_TEST, assert_accessible, login, screenshot
from emn.core.testing.factories import PASSWORD
from emn.stats.models import IngestionJob
from emn.stats.testing import SHARED
from emn.stats.tests.ingest_support import HEADER

pytestmark = [*BROWSER_TEST, pytest.mark.usefixtures("immediate_tasks")]


def test_upload_a_file_and_read_the_report(page, personas, tmp_path):
    login(page, personas.commission.email, PASSWORD)
    page.goto("/stats/ingest/")
    page.locator("#id_file").set_input_files(str(SHARED / "sdg_08_10.tsv"))
    assert_accessible(page)
    screenshot(page, "stats-ingest-1-form")
    page.get_by_role("button", name="Load").click()
    page.wait_for_url(re.compile(r".*/stats/ingest/\d+/$"))
    page.get_by_role("heading", name="Report").wait_for()
    main = page.locator("main").inner_text()
    assert "Loaded: the new release is now the one everybody reads." in main
    assert "1,425" in main and "provisional" in main
    assert page.get_by_role("link", name="sdg_08_10").is_visible()
    assert_accessible(page)
    screenshot(page, "stats-ingest-2-report")

    running = IngestionJob.objects.create(
        state=IngestionJob.State.RUNNING,
        upload_name="migr_asyappctza_tabular.tsv.gz",
        upload="stats/uploads/migr_asyappctza_tabular.tsv.gz",
        phase="writing",
        done=40,
        total=100,
        created_by=personas.commission,
    )
    page.goto(f"/stats/ingest/{running.pk}/")
    assert "Step 3 of 5: Writing the observations · 40%" in page.locator("main").inner_text()
    assert page.locator("progress#ingest-bar").get_attribute("value") == "40"
    assert_accessible(page)
    screenshot(page, "stats-ingest-3-progress")

    bad = tmp_path / "migr_test.tsv"
    bad.write_text(HEADER + "A,NR,DE\t10 \t12 p\nA,NR,FR\t5 \tn/a \n", encoding="utf-8")
    page.goto("/stats/ingest/")
    page.locator("#id_file").set_input_files(str(bad))
    page.get_by_role("button", name="Load").click()
    page.get_by_role("heading", name="Nothing was stored").wait_for()
    error = page.locator(".ingest-error").inner_text()
    assert "'n/a' is not a number" in error
    assert "Line\n3" in error and "Column\n3 (2021)" in error
    assert_accessible(page)
    screenshot(page, "stats-ingest-4-error")
