"""Every write of national data collections: define, launch, save, check, submit, return.

A country's row moves through the contribution engine's own services (`touch_contribution`
for each save, `submit_contribution`, `return_contribution`), exactly as the answers to an
ad-hoc query do; this module adds the values, their checks, and the publication of the
submitted rows as a dataset.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from emn.contributions import services as engine
from emn.contributions.models import Contribution
from emn.contributions.services import StaleContribution
from emn.core import audit
from emn.stats.collections import permissions
from emn.stats.collections.defining import VariableSpec, define_template, launch_collection
from emn.stats.collections.models import Collection, CollectionVariable, DataRow
from emn.stats.collections.publishing import publish_collection
from emn.stats.collections.values import Clean, Entry, clean_entry, field_name, missing

__all__ = [
    "Entry",
    "StaleContribution",
    "VariableSpec",
    "check_row",
    "collection_of",
    "define_template",
    "launch_collection",
    "publish_collection",
    "return_row",
    "save_values",
    "stored_values",
    "submit_row",
]

Errors = dict[str, list[str]]


def _deny(allowed: bool, message: str) -> None:
    if not allowed:
        raise PermissionDenied(message)


def collection_of(contribution: Contribution) -> Collection:
    """The collection a contribution answers (a ValidationError for any other request)."""
    collection = Collection.objects.select_related("template", "request").filter(
        request=contribution.request_id
    )
    found = collection.first()
    if found is None:
        raise ValidationError(_("This contribution is not part of a data collection."))
    return found


def _cells(collection: Collection) -> dict[str, tuple[CollectionVariable, str]]:
    """Every variable and year the collection asks for, by field name."""
    return {
        field_name(variable.code, period): (variable, period)
        for variable in collection.template.variables.all()
        for period in collection.periods
    }


def stored_values(contribution: Contribution) -> dict[str, Entry]:
    """What is stored now, by field name, as it would be typed (plain digits)."""
    rows = DataRow.objects.filter(contribution=contribution).select_related("variable")
    return {
        field_name(row.variable.code, row.period): Entry(
            value="" if row.value is None else _plain(row.value), flag=row.flag, note=row.note
        )
        for row in rows
    }


def _plain(value: Any) -> str:
    text = format(value.normalize(), "f")
    return text


def _cleaned(
    cells: dict[str, tuple[CollectionVariable, str]], entries: dict[str, Entry], language: str
) -> dict[str, Clean]:
    """Every entry checked before anything is written; all errors reported by field."""
    errors: Errors = {}
    clean: dict[str, Clean] = {}
    for name, entry in entries.items():
        if name not in cells:
            errors.setdefault("__all__", []).append(
                _("“%s” is not asked in this collection.") % name
            )
            continue
        variable, period = cells[name]
        try:
            clean[name] = clean_entry(variable, period, entry, language)
        except ValidationError as error:
            errors[name] = error.messages
    if errors:
        raise ValidationError(errors)
    return clean


def _store(contribution: Contribution, cells: Any, clean: dict[str, Clean]) -> None:
    for name, item in clean.items():
        variable, period = cells[name]
        match = DataRow.objects.filter(contribution=contribution, variable=variable, period=period)
        if item.value is None and not item.flag and not item.note:
            match.delete()
            continue
        DataRow.objects.update_or_create(
            contribution=contribution,
            variable=variable,
            period=period,
            defaults={"value": item.value, "flag": item.flag, "note": item.note},
        )


def save_values(
    actor: Any,
    contribution: Contribution,
    entries: dict[str, Entry],
    *,
    expected_version: int,
    language: str | None = None,
) -> int:
    """Save some of a country's values (a draft); returns the new version.

    Rule: all or nothing: every value must fit its variable (`values.clean_entry`),
    errors come back by field; a save based on an older version raises
    `StaleContribution` with the stored values (`exc.stored`) and writes nothing; an
    empty entry removes the value. Permission: `can_fill_row`. Audit:
    `stats.save_collection_values` (and `contributions.save`).
    """
    _deny(permissions.can_fill_row(actor, contribution), _("You may not fill in this row."))
    collection = collection_of(contribution)
    cells = _cells(collection)
    clean = _cleaned(cells, entries, language or get_language() or "en")
    try:
        with transaction.atomic():
            version = engine.touch_contribution(actor, contribution, expected_version)
            before = stored_values(contribution)
            _store(contribution, cells, clean)
            after = stored_values(contribution)
            changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
            audit.record(
                actor,
                "stats.save_collection_values",
                contribution,
                before={k: asdict(before[k]) for k in changed if k in before},
                after={**{k: asdict(after[k]) for k in changed if k in after}, "version": version},
            )
    except StaleContribution as exc:
        exc.stored = {"version": exc.stored_version, "values": stored_values(contribution)}
        raise
    return version


def check_row(contribution: Contribution) -> Errors:
    """What stops submission, by field: required values missing (no value, no flag)."""
    collection = collection_of(contribution)
    stored = {
        (row.variable_id, row.period): row
        for row in DataRow.objects.filter(contribution=contribution)
    }
    errors: Errors = {}
    for name, (variable, period) in _cells(collection).items():
        row = stored.get((variable.pk, period))
        problem = missing(variable, row.value if row else None, row.flag if row else "")
        if problem:
            errors[name] = [f"{variable.label()} ({period}): {problem}."]
    return errors


def submit_row(actor: Any, contribution: Contribution) -> Contribution:
    """Submit a country's values and republish the collection's dataset with them.

    Rule: every required value given (or flagged confidential / not applicable), else a
    ValidationError by field and nothing changes; the publication is part of the same
    transaction, so a failure leaves the row unsubmitted. Permission: `can_submit_row`
    (the coordinator). Audit: `contributions.submitted`, `stats.publish_collection`.
    """
    _deny(
        permissions.can_submit_row(actor, contribution),
        _("Only the coordinator of %(country)s may submit.") % {"country": contribution.country},
    )
    errors = check_row(contribution)
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        collection = Collection.objects.select_for_update().get(request=contribution.request_id)
        engine.submit_contribution(actor, contribution)
        publish_collection(actor, collection)
    return contribution


def return_row(actor: Any, contribution: Contribution, reason: str) -> Contribution:
    """Return a submitted row for changes, with a reason; its values leave the dataset.

    Permission: `can_return_row` (the asker). Audit: `contributions.returned`,
    `stats.publish_collection` (or `stats.withdraw_collection_data`).
    """
    _deny(
        permissions.can_return_row(actor, contribution),
        _("Only the asker may return a country's values."),
    )
    with transaction.atomic():
        collection = Collection.objects.select_for_update().get(request=contribution.request_id)
        engine.return_contribution(actor, contribution, reason)
        publish_collection(actor, collection)
    return contribution
