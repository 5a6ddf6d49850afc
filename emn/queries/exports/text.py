"""Plain-text forms of a compilation's parts, shared by every export format."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

import nh3
from django.utils import formats
from django.utils.translation import gettext as _

from emn.queries.compilation import Matrix, Row
from emn.queries.models import Compilation, Question

Kind = Question.Kind
Progress = Callable[[int], None]

_BREAKS = re.compile(r"</p>|<br\s*/?>|</li>", re.IGNORECASE)


def plain(rich: str) -> str:
    """Sanitised rich text as plain text: paragraphs become lines, tags go."""
    text = nh3.clean(_BREAKS.sub("\n", rich or ""), tags=set())
    lines = (" ".join(line.split()) for line in html.unescape(text).splitlines())
    return "\n".join(line for line in lines if line)


def _number(value: Any) -> str:
    return str(formats.localize(value, use_l10n=True)) if value is not None else ""


def display(question: Question, value: Any, comment: str = "") -> str:
    """A stored answer as a reader reads it; "" when unanswered."""
    if value is None or value in ("", [], {}):
        text = ""
    elif question.kind == Kind.TEXT:
        text = plain(str(value))
    elif question.kind == Kind.YES_NO and isinstance(value, dict):
        text = _("Yes") if value.get("answer") else _("No")
        if value.get("comment"):
            text += f" — {value['comment']}"
    elif question.kind == Kind.MULTIPLE and isinstance(value, list):
        text = "; ".join(str(v) for v in value)
    elif question.kind == Kind.NUMBER and isinstance(value, dict):
        text = " ".join(p for p in (_number(value.get("value")), value.get("unit") or "") if p)
    elif question.kind == Kind.TABLE and isinstance(value, dict):
        text = "\n".join(
            f"{row}: " + "; ".join(f"{col} = {cell}" for col, cell in cells.items() if cell)
            for row, cells in value.items()
            if isinstance(cells, dict)
        )
    else:
        text = str(value)
    return f"{text}\n{comment}".strip() if comment else text


def country_status(row: Row) -> str:
    """Why a country shows no answers: "No information available" or declined."""
    if row.answered:
        return ""
    if row.state == "no_information":
        return _("No information available.")
    reason = f" {_('Reason')}: {row.reason}" if row.reason else ""
    return _("Declined to answer.") + reason


def disclaimer() -> str:
    return _(
        "The answers in this compilation were given for the purpose of information exchange "
        "within the European Migration Network. They are not official positions of the "
        "Member States or of the European Commission."
    )


def withheld_line(matrix: Matrix) -> str:
    if not matrix.withheld:
        return ""
    names = ", ".join(country.name for country in matrix.withheld)
    return _("Also answered, but not shown in this public version: %(countries)s.") % {
        "countries": names
    }


def facts(matrix: Matrix) -> list[tuple[str, str]]:
    """The header lines of a circulated document: reference, requester, dates."""
    query = matrix.query
    request = query.request
    requester = request.requester_country.name if request.requester_country else ""
    author = getattr(request.requested_by, "full_name", "") or ""
    launched = query.events.filter(kind="open").order_by("at").first()
    lines = [
        (_("Reference"), query.reference or ""),
        (_("Requested by"), ", ".join(p for p in (requester, author) if p)),
        (_("Launched"), formats.date_format(launched.at, "DATE_FORMAT") if launched else ""),
        (_("Deadline"), formats.date_format(request.deadline, "DATE_FORMAT")),
        (_("Version"), _("Public") if matrix.public else _("EMN network (restricted)")),
    ]
    return [(label, value) for label, value in lines if value]


def latest_compilation(matrix: Matrix) -> Compilation | None:
    return matrix.query.compilations.order_by("-version").first()


def question_heading(question: Question, number: int) -> str:
    return f"{_('Q')}{number}. {plain(question.text)}"


def matrix_table(matrix: Matrix) -> list[list[str]]:
    """The matrix as rows of text: a header, then one row per country."""
    header = [_("Country"), _("Status")] + [
        f"Q{n}. {plain(q.text)}" for n, q in enumerate(matrix.questions, start=1)
    ]
    rows = [header]
    for row in matrix.rows:
        status = str(row.contribution.get_state_display())
        cells = [
            display(q, row.cell(q).value, row.cell(q).comment) if row.answered else ""
            for q in matrix.questions
        ]
        rows.append([row.country.name, status, *cells])
    return rows


def report(progress: Progress, done: int, total: int) -> None:
    progress(min(99, int(100 * done / max(total, 1))))


def safe_cell(value: str) -> str:
    """A spreadsheet cell that cannot run as a formula (one starting with = + - @)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value
