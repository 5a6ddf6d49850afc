"""The readers stored in the index can never drift from the read rules: for every source and
every persona, what search finds is exactly what `visible_to` lets them read, of what is
indexed."""

from typing import Any

import pytest

from emn.core.testing.personas import PERSONAS
from emn.network.models import Organisation, Researcher
from emn.queries.models import AdHocQuery
from emn.search.models import Document
from emn.search.tests.indexing_support import build_world, found_ids, readable_responses
from emn.stats.models import Dataset, Release

EVERYONE = (*PERSONAS, "partner", "service_provider")


def _indexed(source: str) -> set[int]:
    return set(Document.objects.filter(source=source).values_list("object_id", flat=True))


RULES: dict[str, tuple[str, Any]] = {
    "queries.query": ("query", lambda u: AdHocQuery.objects.visible_to(u)),
    "queries.response": ("query.response", readable_responses),
    "network.organisation": ("organisation", lambda u: Organisation.objects.visible_to(u)),
    "network.researcher": ("researcher", lambda u: Researcher.objects.visible_to(u)),
    "stats.dataset": ("stats.dataset", lambda u: Dataset.objects.visible_to(u)),
}


def _datasets() -> None:
    """A public and an `emn` dataset, each with a release (its observations are not read)."""
    for code, level in (("open_stats", "public"), ("closed_stats", "emn")):
        dataset = Dataset.objects.create(code=code, dissemination=level)
        release = Release.objects.create(dataset=dataset, number=1, state="current", path="-")
        Dataset.objects.filter(pk=dataset.pk).update(current_release=release)


def _ids(readable: Any) -> set[int]:
    if isinstance(readable, set):
        return readable
    return set(readable.values_list("pk", flat=True))


@pytest.mark.django_db
@pytest.mark.parametrize("persona", EVERYONE)
@pytest.mark.parametrize("source", sorted(RULES))
def test_search_finds_exactly_what_the_reader_may_read(
    personas: Any, persona: str, source: str
) -> None:
    _datasets()
    build_world(personas)
    user = personas[persona]
    kind, rule = RULES[source]
    expected = _ids(rule(user)) & _indexed(source)
    assert found_ids(user, kind) == expected


@pytest.mark.django_db
def test_the_world_indexes_every_state_it_should(personas: Any) -> None:
    world = build_world(personas)
    responses = _indexed("queries.response")
    assert world.responses["ee_declined"].pk not in responses  # declined: no document
    assert {
        world.responses[name].pk
        for name in ("si_draft", "fr_draft", "de_submitted", "at_withheld", "be_public")
    } <= responses
    assert world.researchers["erased"].pk not in _indexed("network.researcher")
    assert world.draft_si.pk in _indexed("queries.query")
