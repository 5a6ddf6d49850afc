"""The asker reads a compilation with its charts and maps, exports it as XLSX, and a pending
export's status page updates itself (htmx) once the task has run."""

from emn.core.testing.browser import BROWSER_TEST, assert_accessible, login, screenshot
from emn.core.testing.factories import PASSWORD
from emn.queries.models import Export
from emn.queries.tasks import build_export
from emn.queries.tests.compilation_support import SECRET, compiled_query

pytestmark = BROWSER_TEST


def test_the_asker_views_and_exports_the_compilation(
    page, personas, immediate_tasks, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    query = compiled_query(personas)
    login(page, personas.coordinator.email, PASSWORD)
    page.goto(f"/queries/{query.pk}/compilation/")
    assert "Compilation" in page.get_by_role("heading", level=1).inner_text()
    assert page.get_by_role("img", name="Bar chart of the answers to: Who decides?").is_visible()
    assert page.get_by_role(
        "img", name="Map of Europe coloured by the answers to: Do you grant a tolerated stay?"
    ).is_visible()
    assert page.get_by_text(SECRET).is_visible()
    assert_accessible(page)
    screenshot(page, "queries-compilation-network")

    page.goto(f"/queries/{query.pk}/compilation/?public=1")
    assert page.get_by_text("not shown in this public version: Austria").is_visible()
    assert page.get_by_text(SECRET).count() == 0
    screenshot(page, "queries-compilation-public-preview")

    page.goto(f"/queries/{query.pk}/compilation/")
    page.get_by_role("button", name="Export as XLSX").click()
    page.wait_for_load_state()
    assert page.get_by_text("done").first.is_visible()
    assert_accessible(page)
    screenshot(page, "queries-export-done")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the XLSX file").click()
    assert download.value.suggested_filename.endswith("-network.xlsx")


def test_the_status_page_updates_itself(page, personas, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    query = compiled_query(personas)
    export = Export.objects.create(query=query, format="pdf", requested_by=personas.reader)
    login(page, personas.reader.email, PASSWORD)
    page.goto(f"/queries/{query.pk}/exports/{export.pk}/")
    assert page.get_by_text("queued").first.is_visible()
    screenshot(page, "queries-export-queued")
    build_export.call(export.pk)
    page.get_by_role("link", name="Download the PDF file").wait_for(timeout=10_000)
    assert_accessible(page)
    screenshot(page, "queries-export-polled-done")
