"""The whole story of the issue: an NCP coordinator uploads a publication with a Slovenian
PDF; a reader searches for a word of the PDF in another inflection ("vračanja" for the
PDF's "vračanju"), finds the publication and opens it."""

import pytest
from fpdf import FPDF

from emn.core.testing.browser import BROWSER_TEST, assert_accessible, login, screenshot
from emn.core.testing.factories import PASSWORD
from emn.queries.exports.pdf_export import FONTS

pytestmark = BROWSER_TEST

TITLE = "Unaccompanied minors: national practice"


def slovenian_pdf(tmp_path):
    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", size=12)
    pdf.multi_cell(
        0,
        7,
        "Poročilo obravnava prakso pri vračanju mladoletnikov brez spremstva v izvorne države.",
    )
    path = tmp_path / "porocilo-mladoletniki.pdf"
    pdf.output(str(path))
    return path


@pytest.mark.usefixtures("immediate_tasks")
def test_upload_then_find_by_a_word_of_the_pdf_in_another_inflection(page, personas, tmp_path):
    login(page, personas.coordinator.email, PASSWORD)
    page.goto("/library/new/")
    page.locator("#id_texts-0-title").fill(TITLE)
    page.locator("#id_type").select_option("national_report")
    page.get_by_label("Publication date").fill("2025-05-15")
    page.locator("#id_country").select_option(label="Slovenia")
    page.get_by_role("button", name="Add the publication").click()
    page.wait_for_url("**/files/")
    page.locator("#id_file").set_input_files(str(slovenian_pdf(tmp_path)))
    page.locator("#id_language").select_option("sl")
    page.get_by_role("button", name="Upload").click()
    page.wait_for_load_state()
    assert page.get_by_text("Text extracted").is_visible()
    screenshot(page, "library-story-uploaded")
    page.get_by_role("button", name="Log out").click()
    page.wait_for_load_state()

    login(page, personas.reader.email, PASSWORD)
    page.goto("/search/?q=vra%C4%8Danja")
    page.wait_for_load_state()
    result = page.get_by_role("link", name=TITLE)
    result.first.wait_for()
    assert_accessible(page)
    screenshot(page, "library-story-search-results")
    result.first.click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text().startswith(TITLE)
    assert page.get_by_role("link", name="porocilo-mladoletniki.pdf").is_visible()
    screenshot(page, "library-story-opened")
