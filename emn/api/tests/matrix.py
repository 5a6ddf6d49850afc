"""Expectations and helpers shared by the API's permission-matrix tests."""

from __future__ import annotations

from django.db.models import Model

from emn.core.models import AuditEntry
from emn.core.testing.personas import PERSONAS

EVERYONE = dict.fromkeys(PERSONAS, 200)
MEMBERS_ONLY = {**EVERYONE, "anonymous": 404}
COMMISSION_ONLY = {**dict.fromkeys(PERSONAS, 404), "commission": 200}


def writers(ok: int, *allowed: str) -> dict[str, int]:
    """Anonymous gets 401, the `allowed` personas `ok`, everyone else 403."""
    expected = {persona: 403 for persona in PERSONAS}
    expected["anonymous"] = 401
    expected.update(dict.fromkeys(allowed, ok))
    return expected


def state(model: type[Model]) -> tuple[int, int]:
    """Rows of `model` and audit entries: a refused write must change neither."""
    return model._default_manager.count(), AuditEntry.objects.count()
