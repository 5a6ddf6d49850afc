"""A translation round through the pages: download the spreadsheet in the chosen languages,
upload it back filled in; errors are listed with their row and column and nothing is stored."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from emn.glossary.services._common import working_record
from emn.glossary.tests.pages_support import make_glossary

pytestmark = pytest.mark.django_db


def test_download_the_chosen_languages_as_csv(personas, client):
    make_glossary(personas)
    response = client.get("/glossary/translations/?download=csv&languages=lt&languages=en")
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="emn-glossary-translations-edition-1.csv"' in response["Content-Disposition"]
    header = response.content.decode("utf-8-sig").splitlines()[0]
    assert header.split(",")[:4] == ["concept", "key", "en", "definition:en"]
    assert "lt" in header and "fr" not in header.split(",")


def test_download_xlsx(personas, client):
    make_glossary(personas)
    response = client.get("/glossary/translations/?download=xlsx")
    assert response.content[:2] == b"PK"


def test_an_upload_with_errors_lists_them_by_row_and_column(personas, client):
    glossary = make_glossary(personas)
    client.force_login(personas.glossary_editor)
    sheet = (
        "concept,en,lt\n"
        f"{glossary.protection.uri},international protection,tarptautinė apsauga\n"
        "https://example.org/nothing,x,y\n"
    )
    response = client.post(
        "/glossary/translations/", {"file": SimpleUploadedFile("round.csv", sheet.encode())}
    )
    body = response.content.decode()
    assert "nothing was imported" in body
    assert '<td class="num">3</td><td>A (concept)</td>' in body
    assert "lt" not in working_record(glossary.protection).pref_labels()


def test_a_good_upload_reports_the_counts_and_stores_the_terms(personas, client):
    glossary = make_glossary(personas)
    client.force_login(personas.glossary_editor)
    sheet = (
        f"concept,en,lt\n{glossary.protection.uri},international protection,tarptautinė apsauga\n"
    )
    response = client.post(
        "/glossary/translations/", {"file": SimpleUploadedFile("round.csv", sheet.encode())}
    )
    body = response.content.decode()
    assert "Terms added</dt><dd>1</dd>" in body
    assert working_record(glossary.protection).pref_labels()["lt"] == "tarptautinė apsauga"
