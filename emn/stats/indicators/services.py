"""Writing indicators: saving one, and loading the shipped definitions (`definitions.py`).

Both check the spec against its formula before writing, need `can_change_indicators`
(the Commission) unless run as the system, and write one audit entry per indicator
created or changed, in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from emn.core import audit
from emn.core.dissemination import DisseminationLevel
from emn.core.models import Theme
from emn.glossary.models import Concept
from emn.glossary.services.schemes import DEFAULT_KEY
from emn.stats.indicators.definitions import BUILTIN
from emn.stats.indicators.models import Indicator
from emn.stats.indicators.permissions import can_change_indicators
from emn.stats.indicators.spec import parse

_FIELDS = ("names", "definitions", "unit", "decimals", "formula", "spec", "position")


@dataclass
class IndicatorData:
    """An indicator as the services take it: themes by code, concepts by glossary key."""

    key: str
    formula: str
    spec: dict[str, Any]
    names: dict[str, str]
    definitions: dict[str, str] = field(default_factory=dict)
    unit: str = Indicator.Unit.PERCENT
    decimals: int = 1
    position: int = 0
    dissemination: str = DisseminationLevel.PUBLIC
    themes: list[str] = field(default_factory=list)
    concepts: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, entry: dict[str, Any]) -> IndicatorData:
        return cls(**entry)


def _concepts(keys: list[str]) -> list[Concept]:
    """The default glossary's concepts of these keys (those it has)."""
    return list(Concept.objects.filter(scheme__key=DEFAULT_KEY, key__in=keys))


def _wanted(data: IndicatorData, builtin: bool) -> dict[str, Any]:
    """What the row should hold, in the form `_state` gives, to compare."""
    themes = Theme.objects.filter(code__in=data.themes).values_list("pk", flat=True)
    concepts = _concepts(data.concepts)
    return {
        **{name: getattr(data, name) for name in _FIELDS},
        "dissemination": data.dissemination,
        "builtin": builtin,
        "themes": sorted(themes, key=str),
        "concepts": sorted((c.pk for c in concepts), key=str),
    }


def _state(item: Indicator) -> dict[str, Any]:
    """The audited state (`audit.snapshot` does not take JSON fields' dicts)."""
    return {
        **{name: getattr(item, name) for name in (*_FIELDS, "dissemination", "builtin")},
        "key": item.key,
        "themes": sorted(item.themes.values_list("pk", flat=True), key=str),
        "concepts": sorted(item.concepts.values_list("pk", flat=True), key=str),
    }


def _write(actor: Any, data: IndicatorData, item: Indicator, builtin: bool) -> bool:
    """Make `item` hold `data`; save and audit only when something changes."""
    wanted = _wanted(data, builtin)
    before = _state(item) if item.pk else None
    if before is not None and all(before.get(k) == v for k, v in wanted.items()):
        return False
    for name in (*_FIELDS, "dissemination", "builtin"):
        setattr(item, name, wanted[name])
    item.updated_at = timezone.now()
    item.save()
    item.themes.set(wanted["themes"])
    item.concepts.set(wanted["concepts"])
    action = "indicator.update" if before else "indicator.create"
    audit.record(actor, action, item, before=before, after=_state(item))
    return True


def save_indicator(actor: Any, data: IndicatorData, item: Indicator | None = None) -> Indicator:
    """Create or change an indicator; an edited built-in one no longer follows the shipped
    definition (a later `sync_indicators` leaves it alone). Commission; audit
    `indicator.create` / `indicator.update`. Raises SpecError for a spec that does not fit."""
    if not can_change_indicators(actor):
        raise PermissionDenied(_("Only the Commission defines indicators."))
    parse(data.formula, data.spec)
    with transaction.atomic():
        item = item or Indicator(key=data.key)
        _write(actor, data, item, builtin=False)
    return item


def sync_indicators(actor: Any, system: bool = False) -> tuple[int, int]:
    """Create the shipped indicators that are missing and update those still as shipped.

    Idempotent: a second run changes nothing. Commission, or the system (demo, command);
    audit `indicator.create` / `indicator.update` per changed row. Returns (created, updated).
    """
    if not system and not can_change_indicators(actor):
        raise PermissionDenied(_("Only the Commission defines indicators."))
    created = updated = 0
    with transaction.atomic():
        for entry in BUILTIN:
            data = IndicatorData.of(entry)
            parse(data.formula, data.spec)
            item = Indicator.objects.filter(key=data.key).first()
            if item is not None and not item.builtin:
                continue
            changed = _write(actor, data, item or Indicator(key=data.key), builtin=True)
            if changed and item is None:
                created += 1
            elif changed:
                updated += 1
    return created, updated
