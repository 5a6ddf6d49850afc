"""In a browser: the indicator list, the return rate with its charts, map and table, a
choice of countries, the CSV download; then Slovenia's statistics on its country page."""

import csv
import io
from pathlib import Path

from emn.core.testing.browser import BROWSER_TEST, assert_accessible, screenshot
from emn.stats.demo_data import DATASETS
from emn.stats.indicators.services import sync_indicators
from emn.stats.testing import ingest_file

pytestmark = BROWSER_TEST


def _load():
    for spec in DATASETS:
        ingest_file(spec.path, spec.code)
    sync_indicators(None, system=True)


def _charts_drawn(page, count):
    page.wait_for_function(f"document.documentElement.dataset.chartsDrawn === '{count}'")


def test_indicator_page_and_country_profile(page):
    _load()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    page.goto("/stats/indicators/")
    assert_accessible(page)
    screenshot(page, "stats-indicators-1-list")
    page.get_by_role("link", name="Return rate").click()
    page.wait_for_url("**/stats/indicators/return-rate/")
    _charts_drawn(page, 3)
    assert page.locator("#chart-map path[fill]").count() > 20
    assert "provisional" in page.locator(".flag-legend").last.inner_text()
    assert_accessible(page)
    screenshot(page, "stats-indicators-2-return-rate")

    page.locator("#id_geo").select_option(["SI", "AT", "HR"])
    page.locator("#id_period").select_option("2014")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**geo=*")
    _charts_drawn(page, 3)
    assert "2014" in page.locator("#chart-map figcaption").inner_text()
    screenshot(page, "stats-indicators-3-chosen-countries")

    with page.expect_download() as info:
        page.get_by_role("link", name="Download CSV").click()
    assert info.value.suggested_filename == "return-rate.csv"
    text = Path(info.value.path()).read_text(encoding="utf-8-sig")
    rows = {(r["geo"], r["time_period"]): r for r in csv.DictReader(io.StringIO(text))}
    assert rows[("BE", "2015")]["value"] == "18.8"

    page.goto("/network/countries/SI/")
    section = page.locator("#statistics")
    assert section.get_by_role("heading", name="Return rate").is_visible()
    drawn = page.locator("#statistics figure.stats-chart").count()
    _charts_drawn(page, drawn)
    assert_accessible(page)
    screenshot(page, "stats-indicators-4-country-profile")
    assert not [e for e in errors if "inline style" not in e], errors
