"""Writing the audit log: every service calls `record` inside its transaction.

Entries written while one request (or one management command) runs share a request id, set
by `AuditRequestMiddleware` or `audit_group`, so the log shows a change of several writes as one.
"""

from __future__ import annotations

import contextvars
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from emn.core.models import AuditEntry

_request_id: contextvars.ContextVar[uuid.UUID | None] = contextvars.ContextVar(
    "emn_audit_request_id", default=None
)
_encoder = DjangoJSONEncoder()


@contextmanager
def audit_group(request_id: uuid.UUID | None = None) -> Iterator[uuid.UUID]:
    """Group the entries written inside the block under one id (a request, a command run)."""
    value = request_id or uuid.uuid4()
    token = _request_id.set(value)
    try:
        yield value
    finally:
        _request_id.reset(token)


def _plain(value: Any) -> Any:
    """A JSON-safe form of one field value, so the log stays readable by any client."""
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, list | tuple | set):
        return sorted((_plain(v) for v in value), key=str)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return _encoder.default(value)


def snapshot(obj: models.Model, fields: Iterable[str] | None = None) -> dict[str, Any]:
    """The audited state of `obj`: concrete fields and many-to-many ids, as JSON values."""
    meta = obj._meta
    names = set(fields) if fields is not None else None
    data: dict[str, Any] = {}
    for field in meta.concrete_fields:
        if names is None or field.name in names:
            data[field.attname if field.is_relation else field.name] = _plain(
                field.value_from_object(obj)
            )
    if obj.pk is not None:
        for m2m in meta.many_to_many:
            if names is None or m2m.name in names:
                data[m2m.name] = _plain(list(getattr(obj, m2m.name).values_list("pk", flat=True)))
    return data


def record(
    actor: Any,
    action: str,
    obj: models.Model,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    country_id: int | None = None,
) -> AuditEntry:
    """Append one entry; call it inside the service's transaction so both land or neither."""
    is_user = getattr(actor, "is_authenticated", False)
    if country_id is None:
        country_id = getattr(obj, "audit_country_id", None)
    return AuditEntry.objects.create(
        request_id=_request_id.get(),
        actor=actor if is_user else None,
        actor_label=getattr(actor, "email", "") if is_user else "system",
        action=action,
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
        object_id=str(obj.pk) if obj.pk is not None else "",
        object_repr=str(obj)[:300],
        country_id=country_id,
        before=before,
        after=after,
    )


def redact(obj: models.Model, fields: Iterable[str], placeholder: str = "[erased]") -> int:
    """Blank personal fields in the stored before/after values of `obj`'s entries.

    Used by erasure on request: the trail of who did what and when stays, the personal
    details go. Returns the number of entries changed.
    """
    names = set(fields)
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
    changed = 0
    entries = AuditEntry.objects.filter(content_type=content_type, object_id=str(obj.pk))
    for entry in entries:
        entry.before = _redacted(entry.before, names, placeholder)
        entry.after = _redacted(entry.after, names, placeholder)
        entry.object_repr = placeholder
        entry.save(_redacting=True)
        changed += 1
    return changed


def _redacted(values: dict[str, Any] | None, names: set[str], placeholder: str) -> Any:
    if values is None:
        return None
    return {
        k: (placeholder if k in names and v not in (None, "") else v) for k, v in values.items()
    }
