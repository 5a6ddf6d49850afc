"""Reading what a person typed for a variable and year, and the checks before submission.

Rules: numbers are read in the reader's language (babel: "1.234,5" in German, "1,234.5" in
English), then as plain digits with a decimal point; a value fits its variable's kind,
unit and minimum; a flag is one of Eurostat's letters; an empty value stands only with a
flag saying why (confidential, not applicable). Every message names the variable and year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from babel.numbers import NumberFormatError, format_decimal, parse_decimal
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from emn.stats.codelists.flags import FLAGS
from emn.stats.collections.models import CollectionVariable

Kind = CollectionVariable.Kind
Unit = CollectionVariable.Unit
# Flags a country may put on its own figures (Eurostat's letters, less its own estimates).
ROW_FLAGS = ("p", "e", "c", "b", "d", "u", "z")
# Flags that explain why there is no value: confidential, not applicable.
WITHOUT_VALUE = ("c", "z")
LIMIT = Decimal(10) ** 19
_PLAIN = re.compile(r"^[-+]?\d+(\.\d+)?$")
_SPACES = re.compile(r"[\s\u00a0\u202f']")
_YES = {"1", "yes", "true", "y"}
_NO = {"0", "no", "false", "n"}


@dataclass(frozen=True)
class Entry:
    """What was typed for one variable and year: value, flag letter and note, as text."""

    value: str = ""
    flag: str = ""
    note: str = ""


@dataclass(frozen=True)
class Clean:
    """A checked entry, as a `DataRow` keeps it."""

    value: Decimal | None
    flag: str
    note: str


def field_name(code: str, period: str) -> str:
    """The key of one variable and year in forms and error messages: "RET_SPENT-2025"."""
    return f"{code}-{period}"


def _where(variable: CollectionVariable, period: str) -> str:
    return f"{variable.label()} ({period})"


def parse_number(text: str, language: str) -> Decimal | None:
    """The number in `text` (None when empty); ValueError when it is not one."""
    compact = _SPACES.sub("", text or "")
    if not compact:
        return None
    try:
        number = Decimal(parse_decimal(compact, locale=language.replace("-", "_"), strict=True))
    except (NumberFormatError, InvalidOperation, ValueError):
        if not _PLAIN.match(compact):
            raise ValueError(text) from None
        number = Decimal(compact)
    if not number.is_finite():
        raise ValueError(text)
    return number


def display_number(plain: str, language: str) -> str:
    """A stored value ("1234.5") as the reader writes it ("1234,5" in German), without
    grouping, so that reading it back in the same language gives the same number."""
    if not plain:
        return ""
    return format_decimal(
        Decimal(plain),
        locale=language.replace("-", "_"),
        group_separator=False,
        decimal_quantization=False,
    )


def _yes_no(text: str) -> Decimal | None:
    word = (text or "").strip().lower()
    if not word:
        return None
    if word in _YES or word == _("yes").lower():
        return Decimal(1)
    if word in _NO or word == _("no").lower():
        return Decimal(0)
    raise ValueError(text)


def _fits(variable: CollectionVariable, value: Decimal) -> str | None:
    """Why `value` does not fit the variable's kind, unit and minimum; None if it does."""
    if abs(value) >= LIMIT:
        return _("the number is too large")
    if variable.kind in (Kind.INTEGER, Kind.YES_NO) and value != value.to_integral_value():
        return _("give a whole number")
    if variable.kind == Kind.MONEY and value != value.quantize(
        Decimal("0.01"), rounding="ROUND_DOWN"
    ):
        return _("give the amount in euro with at most two decimals")
    if variable.kind == Kind.DECIMAL and value != value.quantize(
        Decimal("0.0001"), rounding="ROUND_DOWN"
    ):
        return _("give at most four decimals")
    if variable.unit == Unit.PC and not Decimal(0) <= value <= Decimal(100):
        return _("a percentage lies between 0 and 100")
    if variable.minimum is not None and value < variable.minimum:
        return _("the value must be at least %(minimum)s") % {
            "minimum": variable.minimum.normalize()
        }
    return None


def clean_entry(variable: CollectionVariable, period: str, entry: Entry, language: str) -> Clean:
    """The entry checked against its variable; a ValidationError naming variable and year."""
    where = _where(variable, period)
    flag = (entry.flag or "").strip().lower()
    if flag and flag not in ROW_FLAGS:
        raise ValidationError(
            _("%(where)s: “%(flag)s” is not a flag.") % {"where": where, "flag": flag}
        )
    try:
        value = (
            _yes_no(entry.value)
            if variable.kind == Kind.YES_NO
            else parse_number(entry.value, language)
        )
    except ValueError:
        message = (
            _("“%(text)s” is not yes or no")
            if variable.kind == Kind.YES_NO
            else _("“%(text)s” is not a number")
        )
        raise ValidationError(f"{where}: {message % {'text': entry.value.strip()}}.") from None
    if value is not None:
        problem = _fits(variable, value)
        if problem:
            raise ValidationError(f"{where}: {problem}.")
    elif flag and flag not in WITHOUT_VALUE:
        raise ValidationError(
            _("%(where)s: the flag “%(meaning)s” needs a value.")
            % {"where": where, "meaning": FLAGS[flag]}
        )
    return Clean(value=value, flag=flag, note=(entry.note or "").strip())


def missing(variable: CollectionVariable, value: Decimal | None, flag: str) -> str | None:
    """The message for a required variable left empty without a flag saying why."""
    if variable.required and value is None and flag not in WITHOUT_VALUE:
        return _("a value is required (or a flag: confidential, not applicable)")
    return None
