"""The Commission adds a publication with its title in two languages, fixes a form error,
uploads a PDF whose text is extracted and a scanned one whose text cannot be, and sees both
statuses on the publication's page."""

import pytest
from fpdf import FPDF

from emn.core.testing.browser import BROWSER_TEST, assert_accessible, login, screenshot
from emn.core.testing.factories import PASSWORD
from emn.library.models import Publication, PublicationFile
from emn.queries.exports.pdf_export import FONTS

pytestmark = BROWSER_TEST


def text_pdf(tmp_path):
    """A PDF with a text layer, in Slovenian (DejaVu covers č, š, ž)."""
    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", size=12)
    pdf.multi_cell(0, 7, "Poročilo o vračanju mladoletnikov brez spremstva v izvorne države.")
    path = tmp_path / "porocilo.pdf"
    pdf.output(str(path))
    return path


def scanned_pdf(tmp_path):
    """A PDF with only a drawing on it, like a scan: no text to extract."""
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    return path


@pytest.mark.usefixtures("immediate_tasks")
def test_create_a_publication_in_two_languages_and_upload_its_files(page, personas, tmp_path):
    login(page, personas.commission.email, PASSWORD)
    page.goto("/library/")
    page.get_by_role("link", name="Add publication").click()
    page.wait_for_url("**/library/new/")

    page.locator("#id_type").select_option("study")
    page.get_by_role("button", name="Add the publication").click()
    page.wait_for_load_state()
    assert page.get_by_text("Nothing was saved").is_visible()
    assert not Publication.objects.exists()
    assert_accessible(page)
    screenshot(page, "library-form-with-error")

    page.locator("#id_texts-0-title").fill("Return of unaccompanied minors")
    page.locator("#id_texts-0-summary").fill("How Member States return minors.")
    page.get_by_role("button", name="Add another language").click()
    page.locator("#id_texts-1-language").select_option("sl")
    page.locator("#id_texts-1-title").fill("Vračanje mladoletnikov brez spremstva")
    page.locator("#id_texts-1-summary").fill("Kako države članice vračajo mladoletnike.")
    page.get_by_label("Publication date").fill("2025-04-30")
    page.get_by_label("Return").check()
    screenshot(page, "library-form-filled")
    page.get_by_role("button", name="Add the publication").click()
    page.wait_for_url("**/files/")
    made = Publication.objects.get()
    assert sorted(made.texts.values_list("language", flat=True)) == ["en", "sl"]

    page.locator("#id_file").set_input_files(str(text_pdf(tmp_path)))
    page.locator("#id_language").select_option("sl")
    page.get_by_role("button", name="Upload").click()
    page.wait_for_load_state()
    assert page.get_by_text("Text extracted").is_visible()
    page.locator("#id_file").set_input_files(str(scanned_pdf(tmp_path)))
    page.locator("#id_language").select_option("en")
    page.get_by_role("button", name="Upload").click()
    page.wait_for_load_state()
    assert page.get_by_text("Text could not be extracted:").is_visible()
    assert_accessible(page)
    screenshot(page, "library-upload")

    renamed = tmp_path / "minors.pdf"
    renamed.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200)
    page.locator("#id_file").set_input_files(str(renamed))
    page.locator("#id_language").select_option("en")
    page.get_by_role("button", name="Upload").click()
    page.wait_for_load_state()
    assert (
        page.locator("#id_file_error").get_by_text("is a Windows executable program").is_visible()
    )
    assert PublicationFile.objects.count() == 2
    screenshot(page, "library-upload-refused")

    page.get_by_role("link", name="Done: back to the publication").click()
    page.wait_for_load_state()
    assert (
        page.get_by_role("heading", level=1)
        .inner_text()
        .startswith("Return of unaccompanied minors")
    )
    assert page.get_by_text("Vračanje mladoletnikov brez spremstva").is_visible()
    assert page.get_by_text("Text could not be extracted:").is_visible()
    assert_accessible(page)
    screenshot(page, "library-detail")

    page.get_by_role("link", name="Edit", exact=True).click()
    page.wait_for_load_state()
    page.locator("#id_texts-1-title").fill("")
    page.locator("#id_texts-0-language").select_option("sl")
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    assert page.get_by_text("Nothing was saved").is_visible()
    assert_accessible(page)
    screenshot(page, "library-edit-with-error")
