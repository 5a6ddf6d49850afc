"""A query's life after drafting: launch, clarify, close, withdraw, compile, publish."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from emn.contributions import services as engine
from emn.contributions import tasks as engine_tasks
from emn.core import audit
from emn.core.dissemination import DisseminationLevel
from emn.queries import permissions
from emn.queries.models import AdHocQuery, Clarification, Compilation, QueryEvent, Question
from emn.search.indexing import index_later

State = AdHocQuery.State


def _deny(allowed: bool, message: str) -> None:
    if not allowed:
        raise PermissionDenied(message)


def _move(actor: Any, query: AdHocQuery, target: str, note: str = "", **fields: Any) -> None:
    """Set the state, write the `QueryEvent` and the audit entry `queries.<target>`."""
    before = audit.snapshot(query, ["state", *fields])
    query.state = target
    for name, value in fields.items():
        setattr(query, name, value)
    query.save(update_fields=["state", *fields])
    QueryEvent.objects.create(query=query, kind=target, actor=actor, note=note)
    audit.record(
        actor,
        f"queries.{target}",
        query,
        before=before,
        after=audit.snapshot(query, ["state", *fields]),
    )
    index_later(query)  # the state decides who finds the query and its answers


def next_reference(year: int) -> str:
    """The next reference of the year, "2026.7": year and sequence number."""
    prefix = f"{year}."
    numbers = [
        int(ref[len(prefix) :])
        for ref in AdHocQuery.objects.filter(reference__startswith=prefix).values_list(
            "reference", flat=True
        )
        if ref and ref[len(prefix) :].isdigit()
    ]
    return f"{prefix}{max(numbers, default=0) + 1}"


def launch_query(actor: Any, query: AdHocQuery) -> AdHocQuery:
    """Launch a draft: give it a reference, open its request to the countries, tell them.

    Rule: a query without questions cannot be launched; the deadline is not past. Permission:
    `can_launch_query`. Audit: `queries.open` (and `contributions.open_request`).
    """
    _deny(permissions.can_launch_query(actor, query), _("You may not launch this query."))
    if not query.questions.exists():
        raise ValidationError(_("Add at least one question before launching the query."))
    with transaction.atomic():
        # Serialise launches so two queries never take the same reference.
        AdHocQuery.objects.select_for_update().filter(pk=query.pk).get()
        engine.open_request(actor, query.request)
        reference = next_reference(timezone.localdate().year)
        _move(actor, query, State.OPEN, reference=reference)
        request_id = query.request_id
        transaction.on_commit(lambda: engine_tasks.notify_request_opened.enqueue(request_id))
    return query


def add_clarification(
    actor: Any, query: AdHocQuery, text: str, question: Question | None = None
) -> Clarification:
    """Publish a dated clarification every respondent sees.

    Rule: only after launch, while open; the question, if any, belongs to the query.
    Permission: `can_clarify_query` (the asker). Audit: `queries.add_clarification`.
    """
    _deny(permissions.can_clarify_query(actor, query), _("You may not clarify this query."))
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": _("Write the clarification.")})
    if question is not None and question.query_id != query.pk:
        raise ValidationError({"question": _("This question belongs to another query.")})
    with transaction.atomic():
        clarification = Clarification.objects.create(
            query=query, question=question, text=text, author=actor
        )
        audit.record(
            actor,
            "queries.add_clarification",
            clarification,
            after=audit.snapshot(clarification),
            country_id=query.audit_country_id,
        )
        index_later(query)
    return clarification


def close_query(actor: Any, query: AdHocQuery) -> AdHocQuery:
    """Close an open query: no more answers are taken. Permission: `can_close_query`.
    Audit: `queries.closed`."""
    _deny(permissions.can_close_query(actor, query), _("You may not close this query."))
    with transaction.atomic():
        engine.close_request(actor, query.request)
        _move(actor, query, State.CLOSED)
    return query


def withdraw_query(actor: Any, query: AdHocQuery, note: str = "") -> AdHocQuery:
    """Withdraw a draft or open query. Permission: `can_withdraw_query`.
    Audit: `queries.withdrawn`."""
    _deny(permissions.can_withdraw_query(actor, query), _("You may not withdraw this query."))
    with transaction.atomic():
        engine.withdraw_request(actor, query.request)
        _move(actor, query, State.WITHDRAWN, note)
    return query


def compile_query(actor: Any, query: AdHocQuery, introduction: str, findings: str) -> Compilation:
    """Write the next version of the compilation: the asker's introduction and findings.

    Rule: versions count up and are never rewritten. Permission: `can_compile_query`.
    Audit: `queries.compiled`.
    """
    _deny(permissions.can_compile_query(actor, query), _("You may not compile this query."))
    with transaction.atomic():
        AdHocQuery.objects.select_for_update().filter(pk=query.pk).get()
        last = query.compilations.aggregate(last=Max("version"))["last"] or 0
        compilation = Compilation.objects.create(
            query=query,
            version=last + 1,
            introduction=(introduction or "").strip(),
            findings=(findings or "").strip(),
            created_by=actor,
        )
        _move(actor, query, State.COMPILED, note=f"v{compilation.version}")
    return compilation


def publish_query(actor: Any, query: AdHocQuery, *, dissemination: str | None = None) -> AdHocQuery:
    """Publish a compiled query; it is public only if the asker chose `public`.

    Rule: the public version of the compilation shows only answers whose country allowed it
    (filtered by `emn.queries.compilation`). Permission: `can_publish_query`.
    Audit: `queries.published`. The compilation then appears in the library
    (`emn.library.services.publish_compilation`, audit `library.publish_compilation`).
    """
    from emn.library.services import publish_compilation  # the library builds on queries

    _deny(permissions.can_publish_query(actor, query), _("You may not publish this query."))
    level = dissemination or query.dissemination
    if level not in DisseminationLevel.values:
        raise ValidationError({"dissemination": _("Choose a dissemination level.")})
    with transaction.atomic():
        _move(actor, query, State.PUBLISHED, dissemination=level)
        publish_compilation(query)
    return query
