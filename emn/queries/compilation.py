"""The compilation of a query: the country-by-question comparison of submitted answers.

Rule: built from submitted contributions only; countries that had no information or
declined are listed as such; the public version shows only answers whose country allowed
it and names the countries that answered but are not shown. Network version: EMN members
only. A constant number of SQL queries, however many countries and questions.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from emn.accounts.roles import is_emn_member
from emn.contributions.models import Contribution
from emn.core.dissemination import DisseminationLevel
from emn.network.models import Country
from emn.queries import question_types
from emn.queries.models import AdHocQuery, Answer, Attachment, Question

State = Contribution.State
SHOWN_STATES = (State.SUBMITTED, State.NO_INFORMATION, State.DECLINED)


@dataclass(frozen=True)
class Cell:
    """One country's answer to one question (value None: left unanswered)."""

    question: Question
    value: Any
    comment: str = ""

    @property
    def empty(self) -> bool:
        return question_types.is_empty(self.question, self.value)


@dataclass(frozen=True)
class Row:
    """One country in the comparison: its answers, or why it gave none."""

    country: Country
    contribution: Contribution
    cells: dict[int, Cell] = field(default_factory=dict)
    attachments: tuple[Attachment, ...] = ()
    reason: str = ""

    @property
    def state(self) -> str:
        return self.contribution.state

    @property
    def answered(self) -> bool:
        return self.contribution.state == State.SUBMITTED

    def cell(self, question: Question) -> Cell:
        return self.cells.get(question.pk) or Cell(question, None)


@dataclass(frozen=True)
class Matrix:
    """The comparison as a page or an export reads it.

    `rows` are submitted, no-information and declined countries by name; `withheld` are
    countries that answered but may not appear in the public version; `outstanding` have
    not (yet) answered; `summaries` maps the id of each closed question to its summary.
    """

    query: AdHocQuery
    public: bool
    questions: list[Question]
    rows: list[Row]
    withheld: list[Country] = field(default_factory=list)
    outstanding: list[Country] = field(default_factory=list)
    summaries: dict[int, dict[str, Any]] = field(default_factory=dict)

    @property
    def answered_rows(self) -> list[Row]:
        return [row for row in self.rows if row.answered]

    def column(self, question: Question) -> list[Any]:
        """The values given to `question` by the countries answering, in row order."""
        return [row.cell(question).value for row in self.answered_rows]

    def filter(
        self, countries: Iterable[Any] | None = None, questions: Iterable[Any] | None = None
    ) -> Matrix:
        """The same matrix limited to some countries (codes, ids or rows) and questions
        (ids or rows); summaries follow the countries kept. None keeps all."""
        rows = self.rows
        if countries is not None:
            wanted = _keys(countries, lambda c: c.pk, str.upper)
            rows = [r for r in rows if r.country.pk in wanted or r.country.code in wanted]
        kept = self.questions
        if questions is not None:
            wanted_questions = _keys(questions, lambda q: q.pk, str)
            kept = [q for q in kept if q.pk in wanted_questions or str(q.pk) in wanted_questions]
        shown = {q.pk for q in kept}
        rows = [
            dataclasses.replace(row, cells={k: v for k, v in row.cells.items() if k in shown})
            for row in rows
        ]
        return dataclasses.replace(
            self, questions=kept, rows=rows, summaries=_summaries(kept, rows)
        )


def _keys(items: Iterable[Any], key_of_model: Any, key_of_text: Any) -> set[Any]:
    keys: set[Any] = set()
    for item in items:
        if hasattr(item, "pk"):
            keys.add(key_of_model(item))
        elif isinstance(item, str):
            keys.add(key_of_text(item.strip()))
        else:
            keys.add(item)
    return keys


def name_key(country: Country) -> str:
    """Sort countries by their name in the reader's language, ignoring accents."""
    decomposed = unicodedata.normalize("NFKD", country.name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def check_can_view(user: Any, query: AdHocQuery, public: bool) -> None:
    """The network version is for EMN members; the public one for anyone once published."""
    if is_emn_member(user):
        return
    if not public:
        raise PermissionDenied(_("The network compilation is for EMN members only."))
    if (
        query.dissemination != DisseminationLevel.PUBLIC
        or query.state != AdHocQuery.State.PUBLISHED
    ):
        raise PermissionDenied(_("This compilation is not published."))


def _summaries(questions: list[Question], rows: list[Row]) -> dict[int, dict[str, Any]]:
    answered = [row for row in rows if row.answered]
    return {
        question.pk: question_types.summarise(
            question, [row.cell(question).value for row in answered]
        )
        for question in questions
        if question.kind in question_types.CLOSED_KINDS
    }


def _load(query: AdHocQuery) -> tuple[list[Contribution], list[Contribution]]:
    """Contributions shown in the matrix, and those not (yet) shown, each with its country."""
    contributions = list(
        Contribution.objects.filter(request_id=query.request_id).select_related("country")
    )
    shown = [c for c in contributions if c.state in SHOWN_STATES]
    return shown, [c for c in contributions if c.state not in SHOWN_STATES]


def _cells(questions: list[Question], answering: list[int]) -> dict[int, dict[int, Cell]]:
    """Cells by contribution and question id: one SQL query for every answer shown."""
    by_question = {question.pk: question for question in questions}
    cells: dict[int, dict[int, Cell]] = {pk: {} for pk in answering}
    answers = Answer.objects.filter(contribution_id__in=answering, question_id__in=by_question)
    for answer in answers.only("contribution_id", "question_id", "value", "comment"):
        question = by_question[answer.question_id]
        cells[answer.contribution_id][question.pk] = Cell(question, answer.value, answer.comment)
    return cells


def _attachments(answering: list[int]) -> dict[int, list[Attachment]]:
    files: dict[int, list[Attachment]] = {pk: [] for pk in answering}
    for attachment in Attachment.objects.filter(contribution_id__in=answering):
        files[attachment.contribution_id].append(attachment)
    return files


def build_matrix(query: AdHocQuery, user: Any, public: bool = False) -> Matrix:
    """The country-by-question comparison of `query` from its submitted contributions.

    Permission: EMN members; with `public=True` anyone, once the query is published, and
    then only contributions marked publishable. Reads only; writes no audit entry.
    """
    check_can_view(user, query, public)
    questions = list(Question.objects.filter(query_id=query.pk).order_by("position", "pk"))
    shown, outstanding = _load(query)
    withheld = [c for c in shown if public and c.state == State.SUBMITTED and not c.publishable]
    visible = [c for c in shown if c.pk not in {w.pk for w in withheld}]
    answering = [c.pk for c in visible if c.state == State.SUBMITTED]
    cells = _cells(questions, answering)
    files = _attachments(answering)
    rows = [
        # A reason for declining is a message to the network, not to the public.
        Row(
            c.country,
            c,
            cells.get(c.pk, {}),
            tuple(files.get(c.pk, ())),
            "" if public else c.reason,
        )
        for c in sorted(visible, key=lambda c: name_key(c.country))
    ]
    return Matrix(
        query=query,
        public=public,
        questions=questions,
        rows=rows,
        withheld=sorted((c.country for c in withheld), key=name_key),
        outstanding=sorted((c.country for c in outstanding), key=name_key),
        summaries=_summaries(questions, rows),
    )
