"""A compiled query with answers from three countries, one of which may not be published."""

from __future__ import annotations

from typing import Any

from emn.core.dissemination import DisseminationLevel
from emn.core.testing.factories import country
from emn.queries.models import AdHocQuery, Compilation
from emn.queries.tests.matrix_support import contribute, make_query

SECRET = "Only the network may read this Austrian answer"
PUBLIC_TEXT = "Belgium publishes this answer"


def compiled_query(
    personas: Any,
    *,
    state: str = AdHocQuery.State.COMPILED,
    dissemination: str = DisseminationLevel.EMN,
) -> AdHocQuery:
    """Asked by Slovenia's coordinator; AT answered but withheld, BE and DE public."""
    query = make_query(state=state, dissemination=dissemination, created_by=personas.coordinator)
    query.reference = f"2026.{query.pk}"
    query.save(update_fields=["reference"])
    contribute(
        query,
        "AT",
        publishable=False,
        values={1: {"answer": True, "comment": ""}, 2: "Agency", 5: f"<p>{SECRET}</p>"},
    )
    contribute(
        query,
        "BE",
        values={
            1: {"answer": False, "comment": "Only in some regions"},
            2: "Ministry",
            3: ["Passport", "Visa"],
            4: {"value": 120, "unit": "decisions"},
            5: f"<p>{PUBLIC_TEXT}</p>",
        },
    )
    contribute(query, "DE", values={1: {"answer": True, "comment": ""}, 2: "Court"})
    contribute(query, "EE", state="declined", reason="No capacity this month")
    Compilation.objects.create(
        query=query,
        version=1,
        introduction="Three countries answered.",
        findings="Most grant it.",
        created_by=personas.coordinator,
    )
    assert country("AT").name
    return query


def published_query(personas: Any) -> AdHocQuery:
    return compiled_query(
        personas, state=AdHocQuery.State.PUBLISHED, dissemination=DisseminationLevel.PUBLIC
    )
