"""The story of the issue: a visitor opens a dataset, filters it, sees the line chart, the
bar chart and the map drawn, reads the flags, and downloads the view as CSV and a chart as
SVG and PNG."""

import csv
import io
from pathlib import Path

from emn.core.testing.browser import BROWSER_TEST, assert_accessible, screenshot
from emn.stats.tests.dataset_support import CODE, applicants

pytestmark = BROWSER_TEST


def _drawn(page, selector):
    return page.locator(f"{selector} .stats-chart-canvas svg").count()


def test_open_filter_see_charts_and_map_and_download(page, tmp_path):
    applicants(tmp_path)
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    failed = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)

    page.goto("/stats/")
    page.get_by_role("link", name="Asylum applicants by sex").click()
    page.wait_for_url(f"**/stats/{CODE}/")
    page.wait_for_function("document.documentElement.dataset.chartsDrawn === '3'")
    assert _drawn(page, "#chart-line") == 1
    assert _drawn(page, "#chart-bar") == 1
    assert _drawn(page, "#chart-map") == 1
    # Germany's provisional 2021 total is coloured on the map; France has a value too.
    assert page.locator("#chart-map path[fill]").count() > 30
    assert_accessible(page)
    screenshot(page, "stats-1-dataset-default")

    page.locator("#id_sex").select_option(["F", "M"])
    page.locator("#id_geo").select_option(["DE", "EL", "SI"])
    page.locator("#id_period").select_option("2019")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**sex=F*")
    page.wait_for_function("document.documentElement.dataset.chartsDrawn === '3'")
    rows = page.locator("table.stats-slice tbody tr")
    assert rows.count() == 6
    assert "confidential" in page.locator(".flag-legend").first.inner_text()
    assert "2019" in page.locator("#chart-map figcaption").inner_text()
    assert_accessible(page)
    screenshot(page, "stats-2-dataset-filtered")

    with page.expect_download() as info:
        page.get_by_role("link", name="Download CSV").click()
    download = info.value
    assert download.suggested_filename == f"{CODE}-1.csv"
    text = Path(download.path()).read_text(encoding="utf-8-sig")
    records = list(csv.DictReader(io.StringIO(text)))
    assert len(records) == 6 * 3 - 1  # EL M 2020 is a bare ":"; SI F 2019 ": c" is kept
    confidential = [r for r in records if r["obs_flag"] == "c"]
    assert confidential[0]["geo"] == "SI" and confidential[0]["obs_value"] == ""
    assert confidential[0]["flag_meaning"] == "confidential"

    with page.expect_download() as info:
        page.locator("#chart-map [data-download=svg]").click()
    assert info.value.suggested_filename == f"{CODE}-1-map-2019.svg"
    svg = Path(info.value.path()).read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "Asylum applicants by sex" in svg
    with page.expect_download() as info:
        page.locator("#chart-line [data-download=png]").click()
    assert info.value.suggested_filename == f"{CODE}-1-line.png"
    assert Path(info.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    page.locator("#chart-bar summary").click()
    screenshot(page, "stats-3-bar-table-open")
    # htmx (every page) adds its indicator <style>, which the policy refuses: not ours.
    assert not [e for e in errors if "inline style" not in e and "Failed to load" not in e], errors
    assert all(url.endswith("/favicon.ico") for url in failed), failed
