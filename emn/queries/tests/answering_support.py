"""A query asked by France's coordinator of Slovenia, France and Germany, for the answering tests."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.urls import reverse

from emn.contributions.models import Contribution
from emn.queries import services
from emn.queries.models import AdHocQuery
from emn.queries.tests.factories import launched_query, questions, response_of

FORM = "application/x-www-form-urlencoded"


def asked_query(personas: Any) -> AdHocQuery:
    return launched_query(personas.other_country)


def si(query: AdHocQuery) -> Contribution:
    return response_of(query, "SI")


def url(name: str, query: AdHocQuery, *extra: Any, code: str = "SI") -> str:
    return reverse(f"queries:{name}", args=[query.pk, code, *extra])


def answer_form(query: AdHocQuery, version: int, months: str = "6") -> str:
    text, yes_no, number = questions(query)
    return urlencode(
        {
            "version": version,
            f"q-{text.pk}": "Access after six months.",
            f"q-{yes_no.pk}": "yes",
            f"q-{yes_no.pk}-comment": "",
            f"q-{number.pk}": months,
            "publishable": "on",
        }
    )


def answered(query: AdHocQuery, personas: Any, code: str = "SI") -> Contribution:
    """The country's required question answered by its coordinator."""
    contribution = response_of(query, code)
    user = personas.coordinator if code == "SI" else personas.other_country
    _text, yes_no, _number = questions(query)
    services.save_answers(user, contribution, {yes_no.pk: "yes"}, expected_version=0)
    contribution.refresh_from_db()
    return contribution


def submitted(query: AdHocQuery, personas: Any) -> Contribution:
    contribution = answered(query, personas)
    return services.submit_response(personas.coordinator, contribution)
