"""Word forms find each other through their lemma, per language, with or without diacritics."""

from __future__ import annotations

import pytest

from emn.search.tests.engine_support import document, find, titles

pytestmark = pytest.mark.django_db


def test_english_returns_finds_returned() -> None:
    document("Migrants returned last year", "Many people returned home.")
    document("Labour market", "Work permits for researchers.")
    assert titles(find("returns")) == ["Migrants returned last year"]


@pytest.mark.parametrize("query", ["vračanje", "vračanja", "vračanju"])
def test_slovenian_forms_find_each_other(query: str) -> None:
    document("Vračanje migrantov", "Poročilo o vračanju.", "sl")
    document("Delo in zaposlovanje", "Dovoljenja za delo.", "sl")
    assert titles(find(query, language="sl")) == ["Vračanje migrantov"]


def test_slovenian_query_without_diacritics_finds_the_accented_word() -> None:
    document("Vračanje migrantov", "Poročilo.", "sl")
    assert titles(find("vracanje", language="sl")) == ["Vračanje migrantov"]
    assert titles(find("VRAČANJU")) == ["Vračanje migrantov"]


@pytest.mark.parametrize("query", ["prieglobstis", "prieglobsčio", "prieglobstį"])
def test_lithuanian_forms_find_each_other(query: str) -> None:
    document("Prieglobsčio prašytojai", "Ataskaita apie migrantų padėtį.", "lt")
    document("Darbo rinka", "Leidimai dirbti.", "lt")
    assert titles(find(query, language="lt")) == ["Prieglobsčio prašytojai"]


def test_lithuanian_migrant_forms() -> None:
    document("Ataskaita", "Ataskaita apie migrantų padėtį.", "lt")
    assert titles(find("migrantas", language="lt")) == ["Ataskaita"]


@pytest.mark.parametrize("query", ["Rückkehrentscheidung", "rückkehrentscheidungen", "Flüchtling"])
def test_german_nouns_match_their_inflections(query: str) -> None:
    document("Rückkehrentscheidungen für Flüchtlinge", "Ein Bericht.", "de")
    document("Arbeitsmarkt", "Ein anderer Bericht.", "de")
    assert titles(find(query, language="de")) == ["Rückkehrentscheidungen für Flüchtlinge"]


@pytest.mark.parametrize("query", ["réfugiés", "refugie", "demande"])
def test_french_forms_and_accents(query: str) -> None:
    document("Les demandes des réfugiés", "Un rapport.", "fr")
    document("Le marché du travail", "Un autre rapport.", "fr")
    assert titles(find(query, language="fr")) == ["Les demandes des réfugiés"]


def test_phrase_needs_the_words_together() -> None:
    document("Return decision statistics", "The return decision was issued.")
    document("Decision on return", "A decision about a return.")
    assert titles(find('"return decisions"')) == ["Return decision statistics"]
    assert len(find("return decisions").hits) == 2


def test_the_language_of_an_untagged_text_is_detected() -> None:
    row = document(
        "Vračanje migrantov v Sloveniji",
        "Poročilo o vračanju migrantov in o postopkih vračanja v Sloveniji je objavljeno.",
        None,
    )
    row.refresh_from_db()
    assert row.languages == " sl "
    assert titles(find("vračanja")) == ["Vračanje migrantov v Sloveniji"]
