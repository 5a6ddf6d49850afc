"""Every export format holds exactly the version asked for: the public one never holds a
withheld country's answer, and says which countries answered but are not shown."""

import csv
import io

import pypdf
import pytest
from docx import Document
from openpyxl import load_workbook

from emn.queries.compilation import build_matrix
from emn.queries.exports import render
from emn.queries.tests.compilation_support import PUBLIC_TEXT, SECRET, published_query


def text_of(extension, content):
    if extension == "docx":
        return "\n".join(p.text for p in Document(io.BytesIO(content)).paragraphs)
    if extension == "pdf":
        return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(content)).pages)
    if extension == "xlsx":
        sheet = load_workbook(io.BytesIO(content)).active
        return "\n".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c)
    rows = csv.reader(io.StringIO(content.decode("utf-8-sig")))
    return "\n".join(",".join(row) for row in rows)


@pytest.mark.parametrize("extension", ["docx", "pdf", "xlsx", "csv"])
def test_the_public_export_leaves_out_the_withheld_answer(personas, extension):
    matrix = build_matrix(published_query(personas), personas.anonymous, public=True)
    text = text_of(extension, render(matrix, extension))
    assert SECRET not in text
    assert PUBLIC_TEXT in text
    assert "not shown in this public version: Austria" in " ".join(text.split())


@pytest.mark.parametrize("extension", ["docx", "pdf", "xlsx", "csv"])
def test_the_network_export_holds_every_answer(personas, extension):
    matrix = build_matrix(published_query(personas), personas.reader)
    text = text_of(extension, render(matrix, extension))
    assert SECRET in text
    assert PUBLIC_TEXT in text


@pytest.mark.parametrize("extension", ["docx", "pdf"])
def test_the_document_carries_what_a_reader_needs(personas, extension):
    query = published_query(personas)
    text = " ".join(
        text_of(extension, render(build_matrix(query, personas.reader), extension)).split()
    )
    for part in (
        query.title,
        query.reference,
        "Slovenia",
        query.background,
        "not official positions",
    ):
        assert part in text
    assert "Do you grant a tolerated stay?" in text
    assert "Declined to answer. Reason: No capacity this month" in text


def test_the_pdf_writes_every_eu_alphabet(personas):
    query = published_query(personas)
    query.title = "Ισότητα — Равенство — Łódź, Čeština, Őrség, Għawdex, Ærø"
    matrix = build_matrix(query, personas.reader)
    assert query.title in " ".join(text_of("pdf", render(matrix, "pdf")).split())


def test_the_public_pages_and_csv_agree(personas, client):
    query = published_query(personas)
    page = client.get(f"/queries/{query.pk}/compilation/").content.decode()
    assert SECRET not in page
    assert "No capacity this month" not in page  # a reason for declining stays in the network
