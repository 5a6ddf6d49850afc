"""A query also finds documents in other languages through the term-translation table."""

from __future__ import annotations

import pytest

from emn.search import translations
from emn.search.models import TermTranslation
from emn.search.tests.engine_support import document, find, titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def return_decision() -> None:
    translations.replace_concept(
        "return-decision",
        [("en", "return decision"), ("sl", "odločba o vrnitvi"), ("de", "Rückkehrentscheidung")],
    )
    document("Rückkehrentscheidungen im Jahr 2024", "Ein Bericht.", "de")
    document("Odločbe o vrnitvi v letu 2024", "Poročilo.", "sl")
    document("Return decisions in 2024", "A report.", "en")
    document("Labour migration", "Nothing about the concept.", "en")


@pytest.mark.usefixtures("return_decision")
def test_an_english_term_finds_its_slovenian_and_german_translations() -> None:
    results = find("return decisions")
    assert sorted(titles(results)) == [
        "Odločbe o vrnitvi v letu 2024",
        "Return decisions in 2024",
        "Rückkehrentscheidungen im Jahr 2024",
    ]
    assert ("odločba o vrnitvi", "sl") in results.translations
    assert ("Rückkehrentscheidung", "de") in results.translations


@pytest.mark.usefixtures("return_decision")
def test_a_multi_word_slovenian_term_finds_the_german_compound() -> None:
    results = find("odločbe o vrnitvi", language="sl")
    assert "Rückkehrentscheidungen im Jahr 2024" in titles(results)
    assert "Return decisions in 2024" in titles(results)
    assert titles(results)[0] == "Odločbe o vrnitvi v letu 2024"  # reader's language first


@pytest.mark.usefixtures("return_decision")
def test_a_german_term_finds_the_english_phrase_only_as_a_phrase() -> None:
    document("A decision on the return of goods", "Customs.", "en")
    results = find("Rückkehrentscheidung", language="de")
    assert "Return decisions in 2024" in titles(results)
    assert "A decision on the return of goods" not in titles(results)


@pytest.mark.usefixtures("return_decision")
def test_replacing_a_concept_replaces_its_rows() -> None:
    translations.replace_concept(
        "return-decision", [("en", "return decision"), ("fr", "décision de retour")]
    )
    assert sorted(TermTranslation.objects.values_list("language", "lemmas")) == [
        ("en", "return decision"),
        ("fr", "decision de retour"),
    ]
    assert titles(find("Rückkehrentscheidung", language="de")) == [
        "Rückkehrentscheidungen im Jahr 2024"
    ]
