"""The story of the issue: a visitor reads the glossary in Slovenian, opens a concept, reads
it with Lithuanian first, follows its broader concept, then finds a concept by searching the
site for a Slovenian term in another grammatical case. Then the working group's and the
Commission's pages: the concept form, the edition diff, a SKOS import's report and a
translation round."""

import re

import pytest

from emn.core.testing.browser import BROWSER_TEST, assert_accessible, login, screenshot
from emn.core.testing.factories import PASSWORD
from emn.glossary import services
from emn.glossary.search import KIND
from emn.glossary.services._common import working_record
from emn.glossary.tests.pages_support import make_glossary
from emn.search.models import Document

pytestmark = [*BROWSER_TEST, pytest.mark.usefixtures("immediate_tasks")]

REPORTED = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<http://example.org/s> a skos:ConceptScheme ; skos:prefLabel "Example thesaurus"@en .
<http://example.org/c1> a skos:Concept ; skos:inScheme <http://example.org/s> ;
  skos:prefLabel "asylum"@en , "azil"@sl , "zatočišče"@sl , "Asyl"@xx-invalid-tag-that-is-long .
<http://example.org/c2> a skos:Concept ; skos:inScheme <http://example.org/s> ;
  skos:prefLabel "asylum seeker"@en ; skos:broader <http://example.org/c3> .
<http://example.org/c3> a skos:Concept ; skos:inScheme <http://example.org/s> ;
  skos:prefLabel "applicant"@en ; skos:broader <http://example.org/c2> .
"""


def heading(page):
    return page.get_by_role("heading", level=1).inner_text()


def first_language_row(page):
    return page.locator("table.languages tbody tr").first.inner_text()


def test_browse_in_slovenian_switch_to_lithuanian_follow_broader_and_search(page, personas):
    glossary = make_glossary(personas)
    # Publishing ran its task: every published concept is in the search index.
    indexed = set(Document.objects.filter(kind=KIND).values_list("object_id", flat=True))
    published = (glossary.migration, glossary.returning, glossary.voluntary)
    published += (glossary.readmission, glossary.protection)
    assert indexed == {c.pk for c in published}

    page.goto("/glossary/")
    page.locator("#language-select").select_option("sl")
    page.locator(".language-switcher button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "sl"
    assert page.locator("#choose-lang").input_value() == "sl"
    assert page.get_by_role("link", name="prostovoljno vračanje").is_visible()
    assert page.get_by_role("link", name="entry ban").count() == 0
    assert_accessible(page)
    screenshot(page, "glossary-1-home-in-slovenian")

    page.get_by_role("link", name="prostovoljno vračanje").click()
    page.wait_for_url(f"**/glossary/concept/{glossary.voluntary.key}")
    assert heading(page) == "prostovoljno vračanje"
    assert "prostovoljno vračanje" in first_language_row(page)
    assert_accessible(page)
    screenshot(page, "glossary-2-concept-in-slovenian")

    page.locator("#choose-lang").select_option("lt")
    page.locator("form.choosers button[type=submit]").click()
    page.wait_for_url("**lang=lt*")
    assert heading(page) == "savanoriškas grįžimas"
    assert "savanoriškas grįžimas" in first_language_row(page)
    assert_accessible(page)
    screenshot(page, "glossary-3-concept-in-lithuanian")

    page.locator("a[rel=broader]").click()
    page.wait_for_url(f"**/glossary/concept/{glossary.returning.key}?lang=lt*")
    assert heading(page) == "grąžinimas"
    assert "Rückführung" in page.locator("table.languages").inner_text()
    assert_accessible(page)
    screenshot(page, "glossary-4-broader-in-lithuanian")

    # "vračanja" is the genitive of "vračanje": the lemmatised index finds it all the same.
    page.locator("#site-search-q").fill("vračanja")
    page.locator("form.site-search button[type=submit]").click()
    page.wait_for_url("**/search/?q=*")
    result = page.get_by_role("link", name="vračanje", exact=True)
    result.first.wait_for()
    assert_accessible(page)
    screenshot(page, "glossary-5-search-inflected-slovenian")
    result.first.click()
    page.wait_for_url(f"**/glossary/concept/{glossary.returning.key}")
    assert heading(page) == "vračanje"


def test_the_working_groups_and_the_commissions_pages(page, personas, tmp_path):
    glossary = make_glossary(personas)
    editor = personas.glossary_editor
    record = working_record(glossary.protection)
    from emn.glossary.records import LabelData

    record.labels.append(LabelData("pref", "lt", "tarptautinė apsauga"))
    services.save_concept(editor, services.default_scheme(), record, glossary.protection)

    login(page, editor.email, PASSWORD)
    page.goto(f"/glossary/concept/{glossary.returning.key}/edit/")
    assert page.locator("#id_labels-0-value").input_value()
    page.get_by_role("button", name="Add a term").click()
    assert_accessible(page)
    screenshot(page, "glossary-6-edit-form")
    # Two French preferred terms: refused, the error names the property and the language.
    last = page.locator(".row-list").first.locator("fieldset.row-form").last
    last.locator("select").first.select_option("pref")
    last.locator("input[name$=-language]").fill("fr")
    last.locator("input[name$=-value]").fill("renvoi")
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_load_state()
    assert "skos:prefLabel @fr" in page.locator(".error-summary").inner_text()
    assert_accessible(page)
    screenshot(page, "glossary-7-edit-form-error")
    page.get_by_role("button", name="Log out").click()
    page.wait_for_load_state()

    login(page, personas.commission.email, PASSWORD)
    page.goto(f"/glossary/concept/{glossary.draft.key}")
    assert page.get_by_role("button", name="Approve").is_visible()
    assert_accessible(page)
    screenshot(page, "glossary-8-concept-workflow")
    page.goto("/glossary/hierarchy/?lang=de")
    page.locator("summary").first.click()
    assert_accessible(page)
    screenshot(page, "glossary-8-hierarchy")
    page.goto("/glossary/editions/")
    assert_accessible(page)
    screenshot(page, "glossary-8-editions")
    page.goto("/glossary/editions/diff/?from=1&to=working")
    assert page.get_by_role("heading", name="Changed concepts").is_visible()
    assert_accessible(page)
    screenshot(page, "glossary-9-diff")

    page.goto("/glossary/import/")
    path = tmp_path / "example-thesaurus.ttl"
    path.write_text(REPORTED, encoding="utf-8")
    page.locator("#id_file").set_input_files(str(path))
    page.get_by_label("Keep the first label").check()
    assert_accessible(page)
    page.get_by_role("button", name="Upload and import").click()
    page.wait_for_url(re.compile(r".*/glossary/imports/\d+/$"))
    page.get_by_role("heading", name="Report").wait_for()
    assert "zatočišče" in page.locator("main").inner_text()
    assert_accessible(page)
    screenshot(page, "glossary-10-import-report")

    sheet = tmp_path / "round.csv"
    sheet.write_text(
        "concept,en,lt,definition:lt\n"
        f"{glossary.readmission.uri},readmission agreement,readmisijos sutartis,\n"
        "https://example.org/unknown,nothing,niekas,\n"
        f"{glossary.migration.uri},migration,migracija,Asmenų judėjimas.,extra\n",
        encoding="utf-8",
    )
    page.goto("/glossary/translations/")
    page.locator("#id_file").set_input_files(str(sheet))
    page.get_by_role("button", name="Upload", exact=True).click()
    page.wait_for_load_state()
    assert page.locator("table.sheet-errors tbody tr").count() >= 2
    assert_accessible(page)
    screenshot(page, "glossary-11-translations-report")
