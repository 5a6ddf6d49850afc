"""Values are read as the person writes numbers in their language, checked against their
variable's kind, unit and minimum, with a message naming the variable and year."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from emn.stats.collections.models import CollectionVariable
from emn.stats.collections.values import (
    Entry,
    clean_entry,
    display_number,
    missing,
    parse_number,
)


def _variable(kind="decimal", unit="NR", minimum=None, required=True):
    return CollectionVariable(
        code="X",
        labels={"en": "Cash support"},
        kind=kind,
        unit=unit,
        minimum=minimum,
        required=required,
    )


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("1,234.5", "en", Decimal("1234.5")),
        ("1.234,5", "de", Decimal("1234.5")),
        ("1 234,5", "fr", Decimal("1234.5")),
        ("1\u202f234,5", "fr", Decimal("1234.5")),
        ("1234,5", "sl", Decimal("1234.5")),
        ("1234.5", "de", Decimal("1234.5")),  # a plain decimal point is read anywhere
        ("", "en", None),
    ],
)
def test_numbers_in_each_language(text, language, expected):
    assert parse_number(text, language) == expected


@pytest.mark.parametrize("text", ["1,5", "abc", "12 apples", "NaN"])
def test_what_is_not_a_number_in_english(text):
    with pytest.raises(ValueError):
        parse_number(text, "en")


@pytest.mark.parametrize(
    ("variable", "text", "message"),
    [
        (_variable("integer"), "2.5", "Cash support (2025): give a whole number."),
        (_variable("money", "EUR"), "10.555", "give the amount in euro with at most two decimals"),
        (_variable(unit="PC"), "120", "a percentage lies between 0 and 100"),
        (_variable(minimum=Decimal(5)), "4", "the value must be at least 5"),
        (_variable("yes_no", "YES_NO"), "maybe", "“maybe” is not yes or no"),
    ],
)
def test_values_that_do_not_fit(variable, text, message):
    with pytest.raises(ValidationError) as caught:
        clean_entry(variable, "2025", Entry(text), "en")
    assert message in caught.value.messages[0]


def test_flags_and_empty_values():
    variable = _variable()
    assert clean_entry(variable, "2025", Entry("", "c"), "en").value is None
    assert clean_entry(variable, "2025", Entry("7", "P"), "en").flag == "p"
    with pytest.raises(ValidationError, match="the flag “provisional” needs a value"):
        clean_entry(variable, "2025", Entry("", "p"), "en")
    with pytest.raises(ValidationError, match="“q” is not a flag"):
        clean_entry(variable, "2025", Entry("1", "q"), "en")
    assert missing(variable, None, "") is not None
    assert missing(variable, None, "z") is None
    assert missing(_variable(required=False), None, "") is None


@pytest.mark.parametrize("language", ["en", "de", "fr", "sl", "lt"])
@pytest.mark.parametrize("plain", ["1.234", "0.125", "1200000.5", "-3.5", "0.0001"])
def test_a_stored_value_shown_in_a_language_reads_back_the_same(language, plain):
    assert parse_number(display_number(plain, language), language) == Decimal(plain)
