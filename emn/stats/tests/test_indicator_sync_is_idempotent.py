"""The shipped indicators load once; a second sync changes nothing; edits are kept."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied

from emn.core.models import AuditEntry
from emn.stats.indicators.definitions import BUILTIN
from emn.stats.indicators.models import Indicator
from emn.stats.indicators.services import IndicatorData, save_indicator, sync_indicators


@pytest.mark.django_db
def test_sync_creates_each_shipped_indicator_once(personas: Any) -> None:
    assert sync_indicators(personas.commission) == (len(BUILTIN), 0)
    entries = AuditEntry.objects.filter(action="indicator.create").count()
    assert sync_indicators(personas.commission) == (0, 0)
    assert AuditEntry.objects.filter(action="indicator.create").count() == entries == len(BUILTIN)
    rate = Indicator.objects.get(key="return-rate")
    assert rate.builtin and rate.name("de") == "Rückkehrquote"
    assert {t.code for t in rate.themes.all()} == {"return", "statistics"}


@pytest.mark.django_db
def test_an_edited_builtin_is_left_alone_and_a_changed_one_is_updated(personas: Any) -> None:
    sync_indicators(None, system=True)
    rate = Indicator.objects.get(key="return-rate")
    data = IndicatorData.of({**BUILTIN[0], "names": {"en": "Effective return rate"}})
    save_indicator(personas.commission, data, rate)
    Indicator.objects.filter(key="assisted-return-share").update(decimals=3)
    assert sync_indicators(None, system=True) == (0, 1)
    assert Indicator.objects.get(key="return-rate").name() == "Effective return rate"
    assert Indicator.objects.get(key="assisted-return-share").decimals == 1


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["anonymous", "coordinator", "service_provider"])
def test_only_the_commission_changes_indicators(personas: Any, name: str) -> None:
    with pytest.raises(PermissionDenied):
        sync_indicators(personas[name])
    with pytest.raises(PermissionDenied):
        save_indicator(personas[name], IndicatorData.of(BUILTIN[0]))
