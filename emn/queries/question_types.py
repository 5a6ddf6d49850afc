"""The shape of an answer for each question type: checking, emptiness and summaries.

Rule: an `Answer.value` is only ever stored as `clean_value` returns it, so the compilation,
exports and API read one canonical JSON shape per type. `None` means unanswered.
"""

from __future__ import annotations

import datetime
import math
import statistics
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

import nh3
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from emn.queries.models import Question

Kind = Question.Kind

# Closed questions have a finite set of answers that can be counted or measured.
CLOSED_KINDS = frozenset({Kind.YES_NO, Kind.SINGLE, Kind.MULTIPLE, Kind.NUMBER})

RICH_TEXT_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a"}
RICH_TEXT_ATTRIBUTES = {"a": {"href"}}
RICH_TEXT_SCHEMES = {"http", "https", "mailto"}

# Beyond this a decimal string is kept as a float, so "1e999999" cannot make a huge integer.
_EXACT_LIMIT = Decimal(10) ** 15

_YES_WORDS = {"yes", "true"}
_NO_WORDS = {"no", "false"}


def question_label(question: Question) -> str:
    """How an error names a question: its position and the start of its text."""
    text = " ".join(question.text.split())
    start = text if len(text) <= 50 else text[:49].rstrip() + "…"
    return _("Question %(position)s (“%(text)s”)") % {"position": question.position, "text": start}


def invalid(question: Question, problem: str) -> ValidationError:
    return ValidationError(
        _("%(question)s: %(problem)s") % {"question": question_label(question), "problem": problem},
        code="invalid_answer",
    )


def sanitise_html(html: str) -> str:
    """Keep paragraphs, emphasis, lists and safe links; drop every other tag and attribute."""
    return nh3.clean(
        html,
        tags=RICH_TEXT_TAGS,
        attributes=RICH_TEXT_ATTRIBUTES,
        url_schemes=RICH_TEXT_SCHEMES,
        clean_content_tags={"script", "style"},
    ).strip()


def _type_name(raw: Any) -> str:
    """What the respondent sent, in words rather than Python type names."""
    names = {bool: _("yes/no"), str: _("text"), int: _("a number"), float: _("a number")}
    names |= {list: _("a list"), tuple: _("a list"), dict: _("a set of fields")}
    return names.get(type(raw), type(raw).__name__)


def _clean_text(question: Question, raw: Any) -> Any:
    if not isinstance(raw, str):
        raise invalid(question, _("expected text, got %(type)s.") % {"type": _type_name(raw)})
    cleaned = sanitise_html(raw)
    return cleaned if nh3.clean(cleaned, tags=set()).strip() else None


def _yes_no_answer(question: Question, raw: Any) -> bool | None:
    if raw is None or isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in _YES_WORDS | _NO_WORDS | {""}:
        word = raw.strip().lower()
        return None if not word else word in _YES_WORDS
    raise invalid(question, _("expected yes or no, got %(value)r.") % {"value": raw})


def _clean_yes_no(question: Question, raw: Any) -> Any:
    comment: Any = ""
    answer = raw
    if isinstance(raw, dict):
        unknown = set(raw) - {"answer", "comment"}
        if unknown:
            raise invalid(
                question, _("unexpected keys %(keys)s.") % {"keys": ", ".join(sorted(unknown))}
            )
        answer, comment = raw.get("answer"), raw.get("comment") or ""
    if not isinstance(comment, str):
        raise invalid(question, _("the comment must be text."))
    cleaned = _yes_no_answer(question, answer)
    if cleaned is None:
        if comment.strip():
            raise invalid(question, _("a comment needs a yes or no answer."))
        return None
    return {"answer": cleaned, "comment": comment.strip()}


def choice_values(question: Question) -> list[str]:
    """The choices the asker defined, as the strings an answer holds."""
    return [str(choice) for choice in question.choices or []]


def _check_choice(question: Question, raw: Any, allowed: list[str]) -> str:
    if not isinstance(raw, str):
        raise invalid(question, _("expected a choice, got %(type)s.") % {"type": _type_name(raw)})
    if raw not in allowed:
        raise invalid(
            question,
            _("“%(value)s” is not one of the choices (%(choices)s).")
            % {"value": raw, "choices": ", ".join(allowed)},
        )
    return raw


def _clean_single(question: Question, raw: Any) -> Any:
    return _check_choice(question, raw, choice_values(question))


def _clean_multiple(question: Question, raw: Any) -> Any:
    if isinstance(raw, str) or not isinstance(raw, list | tuple):
        raise invalid(
            question, _("expected a list of choices, got %(type)s.") % {"type": _type_name(raw)}
        )
    allowed = choice_values(question)
    picked = [_check_choice(question, item, allowed) for item in raw]
    if len(set(picked)) != len(picked):
        raise invalid(question, _("a choice is given more than once."))
    # Canonical order is the asker's order, so equal answers compare equal.
    return [choice for choice in allowed if choice in picked] or None


def _number(question: Question, raw: Any) -> int | float | None:
    if isinstance(raw, bool) or not isinstance(raw, int | float | Decimal | str):
        raise invalid(question, _("expected a number, got %(type)s.") % {"type": _type_name(raw)})
    if isinstance(raw, str):
        if not raw.strip():
            return None
        try:
            raw = Decimal(raw.strip().replace(" ", ""))
        except InvalidOperation:
            raise invalid(question, _("“%(value)s” is not a number.") % {"value": raw}) from None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, Decimal) and raw.is_finite() and abs(raw) < _EXACT_LIMIT:
        return int(raw) if raw == raw.to_integral_value() else float(raw)
    number = float(raw) if not (isinstance(raw, Decimal) and raw.is_nan()) else math.nan
    if not math.isfinite(number):
        raise invalid(question, _("the number must be finite (not NaN or infinity)."))
    return number


def _clean_number(question: Question, raw: Any) -> Any:
    if isinstance(raw, dict):
        if set(raw) - {"value", "unit"}:
            raise invalid(question, _("expected a number, got a dict."))
        raw = raw.get("value")
        if raw is None:
            return None
    value = _number(question, raw)
    return None if value is None else {"value": value, "unit": question.unit}


def _clean_date(question: Question, raw: Any) -> Any:
    if isinstance(raw, datetime.datetime):
        return raw.date().isoformat()
    if isinstance(raw, datetime.date):
        return raw.isoformat()
    if not isinstance(raw, str):
        raise invalid(question, _("expected a date, got %(type)s.") % {"type": _type_name(raw)})
    try:
        return datetime.date.fromisoformat(raw.strip()).isoformat()
    except ValueError:
        raise invalid(
            question, _("“%(value)s” is not a date written YYYY-MM-DD.") % {"value": raw}
        ) from None


def _clean_cell(question: Question, row: str, column: str, raw: Any) -> str:
    if raw is None:
        return ""
    if isinstance(raw, bool) or not isinstance(raw, str | int | float):
        raise invalid(
            question,
            _("the cell %(row)s / %(column)s must be text.") % {"row": row, "column": column},
        )
    return str(raw).strip()


def _check_keys(question: Question, given: Any, defined: list[str], what: str) -> None:
    unknown = [key for key in given if key not in defined]
    if unknown:
        raise invalid(
            question,
            _("the table has no %(what)s “%(key)s”.") % {"what": what, "key": unknown[0]},
        )


def _clean_table(question: Question, raw: Any) -> Any:
    if not isinstance(raw, dict):
        raise invalid(question, _("expected a table, got %(type)s.") % {"type": _type_name(raw)})
    rows = [str(row) for row in question.table_rows or []]
    columns = [str(column) for column in question.table_columns or []]
    _check_keys(question, raw, rows, _("row"))
    table: dict[str, dict[str, str]] = {}
    for row in rows:
        cells = raw.get(row) or {}
        if not isinstance(cells, dict):
            raise invalid(
                question, _("the row “%(row)s” must map columns to cells.") % {"row": row}
            )
        _check_keys(question, cells, columns, _("column"))
        kept = {col: _clean_cell(question, row, col, cells.get(col)) for col in columns}
        kept = {col: cell for col, cell in kept.items() if cell}
        if kept:
            table[row] = kept
    return table or None


_CLEANERS: dict[str, Callable[[Question, Any], Any]] = {
    Kind.TEXT: _clean_text,
    Kind.YES_NO: _clean_yes_no,
    Kind.SINGLE: _clean_single,
    Kind.MULTIPLE: _clean_multiple,
    Kind.NUMBER: _clean_number,
    Kind.DATE: _clean_date,
    Kind.TABLE: _clean_table,
}


def _blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str | list | tuple | dict) and not raw)


def clean_value(question: Question, raw: Any) -> Any:
    """The canonical JSON value of `raw` as an answer to `question`, or None if unanswered.

    Raises ValidationError naming the question and what is wrong. Applying it to its own
    result returns the same value.
    """
    if _blank(raw):
        return None
    cleaner = _CLEANERS.get(question.kind)
    if cleaner is None:
        raise invalid(question, _("unknown question type “%(kind)s”.") % {"kind": question.kind})
    return cleaner(question, raw)


def is_empty(question: Question, value: Any) -> bool:
    """Whether a stored value means the question is unanswered."""
    if _blank(value):
        return True
    if question.kind == Kind.TEXT and isinstance(value, str):
        return not nh3.clean(value, tags=set()).strip()
    if question.kind == Kind.YES_NO and isinstance(value, dict):
        return value.get("answer") is None
    if question.kind == Kind.NUMBER and isinstance(value, dict):
        return value.get("value") is None
    if question.kind == Kind.TABLE and isinstance(value, dict):
        return not any(any(str(c).strip() for c in row.values()) for row in value.values())
    return False


def _summarise_yes_no(question: Question, values: list[Any]) -> dict[str, Any]:
    answers = [v.get("answer") if isinstance(v, dict) else v for v in values]
    yes, no = answers.count(True), answers.count(False)
    return {"kind": question.kind, "answered": yes + no, "counts": {"yes": yes, "no": no}}


def _summarise_choices(question: Question, values: list[Any]) -> dict[str, Any]:
    counts = dict.fromkeys(choice_values(question), 0)
    answered = 0
    for value in values:
        picked = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        answered += bool(picked)
        for choice in picked:
            if choice in counts:
                counts[choice] += 1
    return {"kind": question.kind, "answered": answered, "counts": counts}


def _summarise_numbers(question: Question, values: list[Any]) -> dict[str, Any]:
    raw = [v.get("value") if isinstance(v, dict) else v for v in values]
    numbers = [n for n in raw if isinstance(n, int | float) and not isinstance(n, bool)]
    summary: dict[str, Any] = {"kind": question.kind, "answered": len(numbers)}
    summary |= {"count": len(numbers), "unit": question.unit}
    if not numbers:
        return summary | dict.fromkeys(("min", "max", "mean", "median"))
    return summary | {
        "min": min(numbers),
        "max": max(numbers),
        "mean": statistics.fmean(numbers),
        "median": statistics.median(numbers),
    }


_SUMMARISERS: dict[str, Callable[[Question, list[Any]], dict[str, Any]]] = {
    Kind.YES_NO: _summarise_yes_no,
    Kind.SINGLE: _summarise_choices,
    Kind.MULTIPLE: _summarise_choices,
    Kind.NUMBER: _summarise_numbers,
}


def summarise(question: Question, values: list[Any]) -> dict[str, Any]:
    """Counts (yes/no, per choice) or min/max/mean/median/count (numbers) of stored values.

    Open questions (text, date, table) have no summary: an empty dict.
    """
    summariser = _SUMMARISERS.get(question.kind)
    return summariser(question, values) if summariser else {}
