"""Visibility is applied inside the engine: hits, totals, facets and snippets alike."""

from __future__ import annotations

from typing import Any

import pytest

from emn.core.testing.factories import country
from emn.core.testing.personas import Personas
from emn.search import registry
from emn.search.tests.engine_support import document, find

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(personas: Personas) -> dict[str, Any]:
    home = country("SI")
    return {
        "public": document("Asylum public report", "Public asylum text.", themes=("asylum",)),
        "members": document(
            "Asylum members note",
            "Secretmember asylum text.",
            readers=registry.MEMBERS,
            dissemination="emn",
            themes=("return",),
            countries=("LU",),
        ),
        "draft": document(
            "Asylum draft answer",
            "Secretdraft asylum text.",
            readers=registry.restricted(countries=[home.pk]),
            dissemination="emn",
            themes=("integration",),
            countries=("SI",),
            language="de",
        ),
    }


def _seen(results: Any) -> set[str]:
    return {hit.title for hit in results.hits}


def _facet_values(results: Any) -> dict[str, dict[str, int]]:
    return {name: {v.value: v.count for v in values} for name, values in results.facets.items()}


@pytest.mark.parametrize("query", ["asylum", ""])
def test_the_public_sees_and_counts_public_documents_only(
    corpus: dict[str, Any], personas: Personas, query: str
) -> None:
    results = find(query, personas.anonymous)
    assert _seen(results) == {"Asylum public report"}
    assert results.total == 1
    facets = _facet_values(results)
    assert facets["theme"] == {"asylum": 1}
    assert facets["country"] == {}
    assert facets["language"] == {"en": 1}
    assert facets["dissemination"] == {}
    assert "Secret" not in " ".join(h.snippet for h in results.hits)


def test_a_restricted_document_does_not_change_what_the_public_sees(
    corpus: dict[str, Any], personas: Personas
) -> None:
    before = find("asylum", personas.anonymous)
    document(
        "Asylum another draft",
        "asylum asylum asylum",
        readers=registry.restricted(users=[personas.reader.pk]),
        themes=("asylum",),
    )
    after = find("asylum", personas.anonymous)
    assert after.total == before.total == 1
    assert after.facets == before.facets
    assert find("secretdraft", personas.anonymous).total == 0


def test_a_member_of_another_country_sees_members_material_but_not_the_draft(
    corpus: dict[str, Any], personas: Personas
) -> None:
    results = find("asylum", personas.other_country)
    assert _seen(results) == {"Asylum public report", "Asylum members note"}
    assert results.total == 2
    assert _facet_values(results)["country"] == {"LU": 1}
    assert find("secretdraft", personas.other_country).total == 0


@pytest.mark.parametrize("persona", ["reader", "coordinator", "commission"])
def test_the_named_readers_and_the_commission_see_the_draft(
    corpus: dict[str, Any], personas: Personas, persona: str
) -> None:
    results = find("asylum", personas[persona])
    assert "Asylum draft answer" in _seen(results)
    assert results.total == 3
    assert _facet_values(results)["dissemination"] == {"emn": 2, "public": 1}
    assert "<mark>Secretdraft</mark>" in find("secretdraft", personas[persona]).hits[0].snippet


def test_a_partner_is_not_a_member(corpus: dict[str, Any], personas: Personas) -> None:
    assert _seen(find("asylum", personas.partner)) == {"Asylum public report"}


def test_a_document_restricted_to_a_user_or_the_service_provider(personas: Personas) -> None:
    document("Note for one user", readers=registry.restricted(users=[personas.reader.pk]))
    document("Note for the provider", readers=registry.restricted(service_provider=True))
    assert _seen(find("note", personas.reader)) == {"Note for one user"}
    assert _seen(find("note", personas.service_provider)) == {"Note for the provider"}
    assert _seen(find("note", personas.contributor)) == set()
