"""Two people saving at the same moment from the same version, in two database connections."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from django.db import connection, connections

from emn.contributions import services
from emn.contributions.models import Contribution
from emn.contributions.tests.factories import contribution_of, make_request


@pytest.mark.django_db(transaction=True)
def test_only_one_of_two_concurrent_saves_wins(personas: Any) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: SQLite serialises writers")
    si = contribution_of(make_request(personas.other_country), "SI")
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def save(user: Any) -> None:
        try:
            copy = Contribution.objects.select_related("request").get(pk=si.pk)
            barrier.wait()
            services.touch_contribution(user, copy, 0)
            outcomes.append("saved")
        except services.StaleContribution:
            outcomes.append("stale")
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=save, args=(user,))
        for user in (personas.contributor, personas.coordinator)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["saved", "stale"]
    assert Contribution.objects.get(pk=si.pk).version == 1
