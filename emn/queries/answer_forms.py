"""The answering forms: the questionnaire read from a POST, shown back, and the small forms
of the per-country workflow (decline, extension, return).

The questionnaire's inputs are named after the question (`q-<pk>`, `q-<pk>-comment`,
`q-<pk>-<row>-<column>`); the values go to `services.save_answers` as they were typed, so
the one check of their shape stays in `emn.queries.question_types`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from emn.network.forms import ServiceForm
from emn.queries.models import Question
from emn.queries.question_types import sanitise_html

Kind = Question.Kind


def field_name(question: Question) -> str:
    return f"q-{question.pk}"


def _cell_name(question: Question, row: int, column: int) -> str:
    return f"{field_name(question)}-{row}-{column}"


def _raw(question: Question, data: QueryDict) -> Any:
    name = field_name(question)
    if question.kind == Kind.YES_NO:
        return {"answer": data.get(name, ""), "comment": data.get(f"{name}-comment", "")}
    if question.kind == Kind.MULTIPLE:
        return data.getlist(name)
    if question.kind == Kind.TABLE:
        return {
            str(row): {
                str(column): data.get(_cell_name(question, r, c), "")
                for c, column in enumerate(question.table_columns or [])
            }
            for r, row in enumerate(question.table_rows or [])
        }
    return data.get(name, "")


def answers_from_post(questions: list[Question], data: QueryDict) -> dict[int, Any]:
    """Every question's answer as typed; an untouched question is sent blank, so clearing
    an input clears the stored answer."""
    answers = {question.pk: _raw(question, data) for question in questions}
    for question in questions:
        value = answers[question.pk]
        if question.kind == Kind.YES_NO and not value["answer"] and not value["comment"].strip():
            answers[question.pk] = None
    return answers


def posted_version(data: QueryDict) -> int:
    try:
        return int(data.get("version", ""))
    except ValueError:
        return -1


@dataclass
class Cell:
    name: str
    label: str
    value: str


@dataclass
class Item:
    """One question as the questionnaire shows it, with its current value in input form."""

    question: Question
    name: str
    text: str = ""
    choice: str = ""
    chosen: list[str] = field(default_factory=list)
    comment: str = ""
    rows: list[tuple[str, list[Cell]]] = field(default_factory=list)


def _as_text(value: Any) -> str:
    return "" if value is None else str(value)


def item_for(question: Question, value: Any) -> Item:
    """The inputs' values for `value`, which is stored (clean) or as typed (after an error)."""
    item = Item(question=question, name=field_name(question))
    if question.kind == Kind.YES_NO and isinstance(value, dict):
        answer = value.get("answer")
        words = {True: "yes", False: "no"}
        item.choice = words[answer] if isinstance(answer, bool) else _as_text(answer).lower()
        item.comment = _as_text(value.get("comment"))
    elif question.kind == Kind.MULTIPLE:
        item.chosen = [str(v) for v in value] if isinstance(value, list) else []
    elif question.kind == Kind.NUMBER:
        item.text = _as_text(value.get("value") if isinstance(value, dict) else value)
    elif question.kind == Kind.TABLE:
        table = value if isinstance(value, dict) else {}
        for r, row in enumerate(question.table_rows or []):
            cells = table.get(str(row)) or {}
            item.rows.append(
                (
                    str(row),
                    [
                        Cell(
                            _cell_name(question, r, c),
                            f"{row} — {column}",
                            _as_text(cells.get(str(column))),
                        )
                        for c, column in enumerate(question.table_columns or [])
                    ],
                )
            )
    elif question.kind == Kind.SINGLE:
        item.choice = _as_text(value)
    else:
        item.text = _as_text(value)
    return item


def display_value(question: Question, value: Any) -> str:
    """A stored or typed answer in words, for the read-only page and the conflict view."""
    if value is None or value == "" or value == [] or value == {}:
        return _("(no answer)")
    if question.kind == Kind.YES_NO and isinstance(value, dict):
        answer = value.get("answer")
        words = {True: _("Yes"), False: _("No"), "yes": _("Yes"), "no": _("No")}
        text = words.get(answer, _as_text(answer)) or _("(no answer)")
        comment = _as_text(value.get("comment")).strip()
        return f"{text} — {comment}" if comment else text
    if question.kind == Kind.NUMBER and isinstance(value, dict):
        return f"{value.get('value')} {value.get('unit') or question.unit}".strip()
    if question.kind == Kind.NUMBER:
        return f"{value} {question.unit}".strip()
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if question.kind == Kind.TABLE and isinstance(value, dict):
        parts = [
            f"{row}: " + "; ".join(f"{col} {cell}" for col, cell in cells.items() if cell)
            for row, cells in value.items()
            if isinstance(cells, dict) and any(cells.values())
        ]
        return " | ".join(parts) or _("(no answer)")
    if question.kind == Kind.TEXT:
        # Stored text is sanitised HTML; shown as plain text here, tags removed.
        return sanitise_html(str(value)).replace("<p>", "").replace("</p>", " ").strip()
    return str(value)


class ReasonForm(ServiceForm):
    """A reason, required: declining, or returning a response for changes."""

    reason = forms.CharField(label=gettext_lazy("Reason"), widget=forms.Textarea(attrs={"rows": 3}))


class ExtensionRequestForm(ServiceForm):
    """A later deadline asked for, with a reason."""

    until = forms.DateField(
        label=gettext_lazy("New deadline"), widget=forms.DateInput(attrs={"type": "date"})
    )
    reason = forms.CharField(label=gettext_lazy("Reason"), widget=forms.Textarea(attrs={"rows": 3}))


class ExtensionDecisionForm(ServiceForm):
    """The asker's decision on a pending extension, with an optional note."""

    grant = forms.TypedChoiceField(
        label=gettext_lazy("Decision"),
        choices=[("yes", gettext_lazy("Grant")), ("no", gettext_lazy("Refuse"))],
        coerce=lambda value: value == "yes",
    )
    note = forms.CharField(
        label=gettext_lazy("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class AttachmentForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("Document (PDF, DOCX, XLSX or ODT)"))
