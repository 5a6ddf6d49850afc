"""Ranking, facets and filters, pagination and sorting by date."""

from __future__ import annotations

import datetime

import pytest

from emn.search.tests.engine_support import document, find, titles

pytestmark = pytest.mark.django_db


def test_documents_in_the_readers_language_rank_first() -> None:
    translations_titles = {"en": "Migration statistics", "fr": "Statistiques de migration"}
    document("Migration statistics", "statistics statistics statistics", "en")
    document("Statistiques de migration", "Les statistiques.", "fr", titles=translations_titles)
    assert titles(find("statistique", language="fr"))[0] == "Statistiques de migration"
    assert titles(find("statistics", language="en"))[0] == "Migration statistics"


def test_a_title_match_outranks_a_body_match() -> None:
    document("Labour report", "integration is mentioned once")
    document("Integration report", "about other things")
    assert titles(find("integration"))[0] == "Integration report"


def test_the_title_follows_the_fallback_chain() -> None:
    document("Azil", "azil", "sl", titles={"sl": "Azil", "en": "Asylum"})
    document("Asyl", "Asyl", "de", titles={"de": "Asyl"})
    hits = {h.title: h.title_language for h in find("", language="fr").hits}
    assert hits == {"Asylum": "en", "Asyl": "de"}


@pytest.mark.usefixtures("personas")
def test_facets_count_and_filters_narrow() -> None:
    document(
        "Asylum one", date=datetime.date(2023, 5, 1), themes=("asylum",), countries=("SI", "FR")
    )
    document(
        "Asylum two",
        date=datetime.date(2024, 5, 1),
        themes=("asylum", "return"),
        kind="publication.inform",
    )
    document("Azil tri", "Azil", "sl", date=datetime.date(2024, 6, 1), countries=("SI",))
    results = find("asylum")
    facets = {name: {v.value: v.count for v in values} for name, values in results.facets.items()}
    assert facets["theme"] == {"asylum": 2, "return": 1}
    assert facets["country"] == {"SI": 1, "FR": 1}
    assert facets["year"] == {"2024": 1, "2023": 1}
    assert facets["kind"] == {"publication.study": 1, "publication.inform": 1}
    labels = {v.value: v.label for v in results.facets["country"]}
    assert labels == {"SI": "Slovenia", "FR": "France"}
    assert {v.value: v.label for v in results.facets["theme"]}["return"] == "Return and readmission"

    assert titles(find("", filters={"country": ("SI",)}, sort="oldest")) == [
        "Asylum one",
        "Azil tri",
    ]
    assert titles(find("", filters={"theme": ("return", "asylum")}, sort="newest")) == [
        "Asylum two",
        "Asylum one",
    ]
    assert titles(find("", filters={"year": ("2024",), "kind": ("publication.study",)})) == [
        "Azil tri"
    ]
    assert find("", filters={"year": ("nonsense",)}).total == 0
    assert find("", filters={"theme": ("%",)}).total == 0
    selected = find("", filters={"language": ("sl",)})
    assert selected.total == 1
    # A facet with a chosen value is counted without its own filter: the alternatives stay.
    chosen = {v.value: (v.label, v.selected) for v in selected.facets["language"]}
    assert chosen["sl"] == ("Slovenian", True)
    assert chosen["en"][1] is False


def test_language_facet_labels_are_in_the_readers_language() -> None:
    document("Azil", "azil", "sl")
    labels = [v.label for v in find("", language="fr").facets["language"]]
    assert labels == ["Slovène"]


def test_pagination_and_sort_by_date() -> None:
    for day in range(1, 26):
        document(f"Report {day:02d}", "asylum", date=datetime.date(2024, 1, day))
    document("Undated report", "asylum")
    first = find("asylum", sort="newest", page_size=10)
    assert first.total == 26 and first.pages == 3
    assert titles(first)[:2] == ["Report 25", "Report 24"]
    last = find("asylum", sort="newest", page=3, page_size=10)
    assert titles(last) == [f"Report {d:02d}" for d in range(5, 0, -1)] + ["Undated report"]
    assert titles(find("asylum", sort="oldest", page_size=2)) == ["Report 01", "Report 02"]
    assert find("asylum", page=99).hits == []


def test_snippets_mark_matched_words_and_escape_the_rest() -> None:
    body = "<b>Intro</b> " + "filler " * 100 + "the people returned home safely " + "tail " * 100
    document("Report", body)
    snippet = find("return").hits[0].snippet
    assert "<mark>returned</mark>" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "<b>" not in snippet
    browse = find("").hits[0].snippet
    assert browse.startswith("&lt;b&gt;Intro&lt;/b&gt;")
