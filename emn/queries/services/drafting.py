"""Drafting a query: create and change it, and its typed questions, while it is a draft."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from emn.accounts.roles import coordinated_country_ids, is_commission
from emn.contributions import services as engine
from emn.contributions.models import Request
from emn.core import audit
from emn.core.dissemination import DisseminationLevel
from emn.core.models import Theme
from emn.glossary.usage import check_keywords
from emn.network.models import Country
from emn.queries import permissions
from emn.queries.models import AdHocQuery, Question
from emn.search.indexing import index_later

DEFAULT_DAYS = 14
MAX_DAYS = 28
QUERY_FIELDS = ("title", "background", "theme", "keywords", "dissemination")
QUESTION_FIELDS = (
    "kind",
    "text",
    "required",
    "choices",
    "unit",
    "table_rows",
    "table_columns",
    "help_text",
)
Kind = Question.Kind


def _deny(allowed: bool, message: str) -> None:
    if not allowed:
        raise PermissionDenied(message)


def check_deadline(actor: Any, deadline: datetime.date) -> None:
    """Not in the past; at most four weeks away unless the Commission asks."""
    today = timezone.localdate()
    if deadline < today:
        raise ValidationError({"deadline": _("The deadline is in the past.")})
    if deadline > today + datetime.timedelta(days=MAX_DAYS) and not is_commission(actor):
        raise ValidationError(
            {"deadline": _("The deadline can be at most %(days)s days away.") % {"days": MAX_DAYS}}
        )


def _check_query(query: AdHocQuery) -> None:
    if query.dissemination not in DisseminationLevel.values:
        raise ValidationError({"dissemination": _("Choose a dissemination level.")})
    if not isinstance(query.keywords, list) or not all(isinstance(k, str) for k in query.keywords):
        raise ValidationError({"keywords": _("Keywords are a list of words.")})
    query.keywords = [k.strip() for k in query.keywords if k.strip()]
    query.full_clean(exclude=["request", "created_by", "reference"])


def create_query(
    actor: Any,
    *,
    title: str,
    background: str,
    theme: Theme,
    keywords: list[str] | None = None,
    deadline: datetime.date | None = None,
    countries: Iterable[Country] | None = None,
    dissemination: str = DisseminationLevel.EMN,
    concepts: Iterable[Any] = (),
) -> AdHocQuery:
    """Start a draft query with its request in the contribution engine.

    Rule: deadline default two weeks, at most four unless the Commission asks, never past;
    countries default to every participating country; glossary `concepts` must be in a
    published edition. Permission: `can_create_query` (an
    NCP coordinator, asking for their country, or the Commission). Audit: `queries.create_query`.
    """
    _deny(permissions.can_create_query(actor), _("You may not launch ad-hoc queries."))
    deadline = deadline or timezone.localdate() + datetime.timedelta(days=DEFAULT_DAYS)
    check_deadline(actor, deadline)
    coordinated = sorted(coordinated_country_ids(actor))
    requester = None if is_commission(actor) else Country.objects.get(pk=coordinated[0])
    query = AdHocQuery(
        title=(title or "").strip(),
        background=(background or "").strip(),
        theme=theme,
        keywords=list(keywords or []),
        dissemination=dissemination,
        created_by=actor,
    )
    _check_query(query)
    keyworded = check_keywords(concepts)
    with transaction.atomic():
        query.request = Request.objects.create(
            kind=Request.Kind.AD_HOC_QUERY,
            title=query.title,
            requester_country=requester,
            requested_by=actor,
            deadline=deadline,
        )
        query.save()
        query.concepts.set(keyworded)
        targets = Country.objects.participating() if countries is None else countries
        engine.address_request(actor, query.request, targets)
        audit.record(actor, "queries.create_query", query, after=audit.snapshot(query))
        index_later(query)
    return query


def update_query(
    actor: Any,
    query: AdHocQuery,
    *,
    deadline: datetime.date | None = None,
    countries: Iterable[Country] | None = None,
    concepts: Iterable[Any] | None = None,
    **changes: Any,
) -> AdHocQuery:
    """Change a draft query: its text, theme, keywords, glossary concepts, dissemination,
    deadline or countries.

    Permission: `can_edit_query`. Audit: `queries.update_query`.
    """
    _deny(permissions.can_edit_query(actor, query), _("You may not change this query."))
    unknown = sorted(set(changes) - set(QUERY_FIELDS))
    if unknown:
        raise ValidationError(_("These fields cannot be set here: %s") % ", ".join(unknown))
    if deadline is not None:
        check_deadline(actor, deadline)
    keyworded = check_keywords(concepts) if concepts is not None else None
    before = {**audit.snapshot(query), "deadline": query.request.deadline.isoformat()}
    for name, value in changes.items():
        setattr(query, name, value.strip() if isinstance(value, str) else value)
    _check_query(query)
    with transaction.atomic():
        query.save()
        if keyworded is not None:
            query.concepts.set(keyworded)
        request = query.request
        request.title = query.title
        request.deadline = deadline or request.deadline
        request.save(update_fields=["title", "deadline"])
        if countries is not None:
            engine.address_request(actor, request, countries)
        after = {**audit.snapshot(query), "deadline": request.deadline.isoformat()}
        audit.record(actor, "queries.update_query", query, before=before, after=after)
        index_later(query)
    return query


def _strings(values: Any, field: str) -> list[str]:
    if not isinstance(values, list | tuple):
        raise ValidationError({field: _("Give a list.")})
    cleaned = [str(v).strip() for v in values if str(v).strip()]
    if len(set(cleaned)) != len(cleaned):
        raise ValidationError({field: _("Each entry must be different.")})
    return cleaned


def _check_question(question: Question) -> None:
    """The definition fits the kind: choices for choice questions, rows and columns for tables."""
    if question.kind not in Kind.values:
        raise ValidationError({"kind": _("Unknown question type “%s”.") % question.kind})
    question.text = (question.text or "").strip()
    if not question.text:
        raise ValidationError({"text": _("Write the question.")})
    question.choices = _strings(question.choices or [], "choices")
    question.table_rows = _strings(question.table_rows or [], "table_rows")
    question.table_columns = _strings(question.table_columns or [], "table_columns")
    if question.kind in (Kind.SINGLE, Kind.MULTIPLE):
        if len(question.choices) < 2:
            raise ValidationError({"choices": _("Give at least two different choices.")})
    else:
        question.choices = []
    if question.kind == Kind.TABLE:
        if not question.table_rows or not question.table_columns:
            raise ValidationError({"table_rows": _("A table needs rows and columns.")})
    else:
        question.table_rows, question.table_columns = [], []
    if question.kind != Kind.NUMBER:
        question.unit = ""
    question.full_clean(exclude=["query"])


def add_question(actor: Any, query: AdHocQuery, *, kind: str, text: str, **fields: Any) -> Question:
    """Add a question at the end of a draft query.

    Rule: choice questions need two distinct choices, tables rows and columns. Permission:
    `can_edit_query`. Audit: `queries.add_question`.
    """
    _deny(permissions.can_edit_query(actor, query), _("You may not change this query."))
    unknown = sorted(set(fields) - set(QUESTION_FIELDS))
    if unknown:
        raise ValidationError(_("These fields cannot be set here: %s") % ", ".join(unknown))
    question = Question(query=query, kind=kind, text=text, position=0, **fields)
    _check_question(question)
    with transaction.atomic():
        last = query.questions.aggregate(last=Max("position"))["last"] or 0
        question.position = last + 1
        question.save()
        audit.record(
            actor,
            "queries.add_question",
            question,
            after=audit.snapshot(question),
            country_id=query.audit_country_id,
        )
        index_later(query)
    return question


def update_question(actor: Any, question: Question, **changes: Any) -> Question:
    """Change a question of a draft query. Permission: `can_edit_query`.
    Audit: `queries.update_question`."""
    _deny(permissions.can_edit_query(actor, question.query), _("You may not change this query."))
    unknown = sorted(set(changes) - set(QUESTION_FIELDS))
    if unknown:
        raise ValidationError(_("These fields cannot be set here: %s") % ", ".join(unknown))
    before = audit.snapshot(question)
    for name, value in changes.items():
        setattr(question, name, value)
    _check_question(question)
    with transaction.atomic():
        question.save()
        audit.record(
            actor,
            "queries.update_question",
            question,
            before=before,
            after=audit.snapshot(question),
            country_id=question.query.audit_country_id,
        )
        index_later(question.query)
    return question


def _renumber(query: AdHocQuery, ordered_ids: list[int]) -> None:
    questions = {q.pk: q for q in query.questions.all()}
    for position, pk in enumerate(ordered_ids, start=1):
        questions[pk].position = position
    Question.objects.bulk_update(questions.values(), ["position"])


def remove_question(actor: Any, question: Question) -> None:
    """Remove a question from a draft query; the others close up. Permission:
    `can_edit_query`. Audit: `queries.remove_question`."""
    query = question.query
    _deny(permissions.can_edit_query(actor, query), _("You may not change this query."))
    with transaction.atomic():
        audit.record(
            actor,
            "queries.remove_question",
            question,
            before=audit.snapshot(question),
            country_id=query.audit_country_id,
        )
        question.delete()
        _renumber(query, list(query.questions.order_by("position").values_list("pk", flat=True)))
        index_later(query)


def reorder_questions(actor: Any, query: AdHocQuery, ordered_ids: list[int]) -> None:
    """Put the questions of a draft query in the given order.

    Rule: the ids are exactly the query's questions. Permission: `can_edit_query`. Audit:
    `queries.reorder_questions`.
    """
    _deny(permissions.can_edit_query(actor, query), _("You may not change this query."))
    ids = [int(pk) for pk in ordered_ids]
    current = list(query.questions.order_by("position").values_list("pk", flat=True))
    if sorted(ids) != sorted(current):
        raise ValidationError(_("Give every question of this query exactly once."))
    with transaction.atomic():
        _renumber(query, ids)
        audit.record(
            actor,
            "queries.reorder_questions",
            query,
            before={"order": current},
            after={"order": ids},
        )
