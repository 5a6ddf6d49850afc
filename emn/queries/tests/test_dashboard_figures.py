"""The asker's dashboard and an NCP's dashboard show what was asked of whom, and when."""

from __future__ import annotations

import datetime
from typing import Any

from django.test import Client
from django.urls import reverse

from emn.contributions import services as engine
from emn.contributions.models import ContributionEvent
from emn.queries.tests.answering_support import asked_query, si, submitted
from emn.queries.tests.factories import in_days, response_of


def test_asker_dashboard_counts_time_to_answer_and_lateness(personas: Any, client: Client) -> None:
    query = asked_query(personas)
    submitted(query, personas)
    ContributionEvent.objects.filter(contribution=si(query), kind="submitted").update(
        at=query.request.opened_at + datetime.timedelta(days=3)
    )
    germany = response_of(query, "DE")
    germany.deadline = in_days(-1)
    germany.save()
    client.force_login(personas.other_country)
    response = client.get(reverse("queries:dashboard_asker", args=[query.pk]))
    rows = {row.contribution.country.code: row for row in response.context["rows"]}
    assert rows["SI"].days_to_answer == 3 and not rows["SI"].late
    assert rows["DE"].late and rows["DE"].extended
    assert response.context["answered"] == 1 and response.context["late"] == 1


def test_ncp_dashboard_lists_our_queries_in_deadline_order(personas: Any, client: Client) -> None:
    later = asked_query(personas)
    sooner = asked_query(personas)
    engine.request_extension(personas.coordinator, si(later), in_days(60), "Holidays.")
    engine.decide_extension(personas.other_country, si(later).extensions.get(), True)
    response_of(sooner, "SI")
    client.force_login(personas.contributor)
    response = client.get(reverse("queries:dashboard_ncp"))
    waiting = response.context["waiting"]
    assert [c.request_id for c in waiting] == [sooner.request_id, later.request_id]
    assert all(c.country.code == "SI" for c in waiting)
