"""Reading the audit log by change: entries of one request form one group.

Pages count groups, not entries, so a change of several writes is never split across pages.
An entry written outside any request (a test, an old command) is a group of its own.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from django.db.models import CharField, Max, Q, QuerySet, Value
from django.db.models.functions import Cast, Coalesce, Concat

from emn.core.filters import content_type_label
from emn.core.models import AuditEntry
from emn.core.views.audit_changes import Change, describe_changes

# "#<id>" can never be mistaken for a request id, which is a UUID.
GROUP_KEY = Coalesce(
    Cast("request_id", CharField()),
    Concat(Value("#"), Cast("id", CharField())),
    output_field=CharField(),
)


@dataclass
class AuditItem:
    """One entry and its changed fields, ready for the page."""

    entry: AuditEntry
    changes: list[Change]

    @property
    def type_label(self) -> str:
        return content_type_label(self.entry.content_type)


@dataclass
class AuditGroup:
    """The entries one request wrote, oldest first, with the newest time and the actor."""

    items: list[AuditItem] = field(default_factory=list)

    @property
    def last(self) -> AuditEntry:
        return self.items[-1].entry

    @property
    def actors(self) -> list[str]:
        return sorted({item.entry.actor_label or "system" for item in self.items})


def _rows_for(entries: QuerySet[AuditEntry], keys: list[str]) -> QuerySet[AuditEntry]:
    """The entries of these groups, found through the indexed request id and primary key."""
    ids = [int(key[1:]) for key in keys if key.startswith("#")]
    requests = [uuid.UUID(key) for key in keys if not key.startswith("#")]
    return (
        entries.filter(Q(request_id__in=requests) | Q(pk__in=ids))
        .annotate(group=GROUP_KEY)
        .select_related("content_type", "country")
        .order_by("at", "id")
    )


def grouped_page(
    entries: QuerySet[AuditEntry], number: str | None, per_page: int
) -> tuple[Page, list[AuditGroup]]:
    """One page of groups, newest change first, each with its entries and their changes."""
    groups = (
        entries.annotate(group=GROUP_KEY)
        .values("group")
        .annotate(last_at=Max("at"), last_id=Max("id"))
        .order_by("-last_at", "-last_id")
    )
    page = Paginator(groups, per_page).get_page(number)
    keys = [row["group"] for row in page]
    rows = list(_rows_for(entries, keys))
    changes = describe_changes(rows)
    by_key: dict[str, AuditGroup] = defaultdict(AuditGroup)
    for row in rows:
        by_key[row.group].items.append(AuditItem(row, changes[row.pk]))  # type: ignore[attr-defined]
    return page, [by_key[key] for key in keys if key in by_key]
