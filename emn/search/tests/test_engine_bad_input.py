"""Whatever a reader types, the search answers: no engine syntax reaches the engine."""

from __future__ import annotations

import pytest

from emn.search.tests.engine_support import document, find, titles

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def corpus() -> None:
    document("Asylum and return", "Statistics on asylum and return decisions.")
    document("Integration of migrants", "Language courses.")


@pytest.mark.parametrize(
    "query",
    [
        '"asylum',
        'asylum"',
        '"asylum" "',
        "asylum*",
        "asylum NEAR return",
        "NEAR(asylum return)",
        "asylum AND return",
        "asylum OR return",
        "asylum NOT return",
        "(asylum",
        "asylum)",
        "((asylum",
        "-asylum",
        "+asylum",
        "'asylum'",
        "asylum <-> return",
        "\\asylum",
    ],
)
def test_syntax_characters_are_plain_text(query: str) -> None:
    results = find(query)
    assert "Asylum and return" in titles(results)
    assert "Integration of migrants" not in titles(results)


@pytest.mark.parametrize(
    "query",
    ["asy*", "a:asylum", "asylum^2", "asylum & x | y", "x;DROP TABLE search_document;--", "é\x00'"],
)
def test_other_words_around_syntax_are_searched_as_words(query: str) -> None:
    assert find(query).total == 0


@pytest.mark.parametrize("query", ["", "   ", "\n\t"])
def test_an_empty_query_browses_everything(query: str) -> None:
    results = find(query)
    assert results.total == 2
    assert results.notices == []


@pytest.mark.parametrize("query", ["*", "()", '""', '"', "!!! ??? ...", "NEAR", "AND OR"])
def test_a_query_of_punctuation_or_operators_only(query: str) -> None:
    results = find(query)
    assert results.total in (0, 2)  # operators alone are searched as words; punctuation browses


def test_a_query_of_punctuation_says_so() -> None:
    results = find("*** (( ))")
    assert results.total == 2
    assert any("no words" in n for n in results.notices)


def test_a_ten_thousand_character_query_uses_the_first_words() -> None:
    results = find(("asylum return " * 800)[:10_000])
    assert titles(results) == ["Asylum and return"]
    assert any("32" in notice for notice in results.notices)


def test_a_long_query_of_unknown_words_finds_nothing() -> None:
    results = find("x" * 10_000)
    assert results.total == 0


def test_ignored_characters_are_reported() -> None:
    results = find("asylum*")
    assert any("*" in notice for notice in results.notices)


def test_operators_are_reported() -> None:
    results = find("asylum AND statistics")
    assert titles(results) == ["Asylum and return"]
    assert results.notices
