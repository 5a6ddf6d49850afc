"""Before/after differences of audit entries, in words a reader understands.

Field names become the model's verbose names, choice codes their labels, and ids of related
rows (a country, a user) their names, looked up in one query per related model.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from emn.core.models import AuditEntry


@dataclass
class Change:
    """One changed field: its label and its value before and after, as text (None: empty)."""

    label: str
    before: str | None
    after: str | None


def _field(entry: AuditEntry, name: str) -> models.Field[Any, Any] | None:
    model = entry.content_type.model_class() if entry.content_type else None
    if model is None:
        return None
    try:
        return model._meta.get_field(name)  # type: ignore[return-value]
    except FieldDoesNotExist:
        return None


def _related_names(entries: list[AuditEntry]) -> dict[tuple[Any, str], str]:
    """Names of the related rows the entries mention, keyed by (model, id as text)."""
    wanted: dict[Any, set[Any]] = defaultdict(set)
    for entry in entries:
        for name, before, after in entry.changed_fields():
            field = _field(entry, name)
            if field is not None and field.many_to_one and field.related_model:
                wanted[field.related_model] |= {v for v in (before, after) if v is not None}
    names: dict[tuple[Any, str], str] = {}
    for model, ids in wanted.items():
        for pk, obj in model._default_manager.in_bulk(list(ids)).items():
            names[(model, str(pk))] = str(obj)
    return names


def _text(value: Any, field: models.Field[Any, Any] | None, names: dict[Any, str]) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(field, models.DateTimeField) and isinstance(value, str):
        moment = parse_datetime(value)
        if moment is not None:
            return date_format(timezone.localtime(moment), "DATETIME_FORMAT")
    if field is not None and field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if field is not None and field.many_to_one and field.related_model:
        return names.get((field.related_model, str(value)), f"#{value}")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def describe_changes(entries: list[AuditEntry]) -> dict[int, list[Change]]:
    """The changed fields of each entry, by entry id."""
    names = _related_names(entries)
    described: dict[int, list[Change]] = {}
    for entry in entries:
        changes = []
        for name, before, after in entry.changed_fields():
            field = _field(entry, name)
            if field is not None and field.primary_key:
                continue  # the entry names its object already
            label = str(capfirst(field.verbose_name)) if field is not None else name
            changes.append(Change(label, _text(before, field, names), _text(after, field, names)))
        described[entry.pk] = changes
    return described
