"""The demo queries cover every state, and loading the demo twice creates nothing new."""

from __future__ import annotations

import io

import pytest

from emn.contributions.models import Contribution
from emn.core.demo import load_all
from emn.core.models import AuditEntry
from emn.core.testing.reference import ensure_reference_data
from emn.queries.models import AdHocQuery, Answer


@pytest.mark.django_db
def test_loading_twice_creates_nothing_new():
    ensure_reference_data()
    load_all(io.StringIO())
    states = set(AdHocQuery.objects.values_list("state", flat=True))
    assert states == set(AdHocQuery.State.values)
    published = AdHocQuery.objects.get(state="published")
    assert Contribution.objects.filter(request=published.request, publishable=False).exists()
    counts = (AdHocQuery.objects.count(), Answer.objects.count(), AuditEntry.objects.count())
    load_all(io.StringIO())
    assert (
        AdHocQuery.objects.count(),
        Answer.objects.count(),
        AuditEntry.objects.count(),
    ) == counts
