"""Who sees which queries: drafts stay with their asker, the public sees published public ones."""

from __future__ import annotations

from typing import Any

import pytest

from emn.queries import services
from emn.queries.models import AdHocQuery
from emn.queries.tests.factories import draft_query


def _titles(user: Any) -> set[str]:
    return set(AdHocQuery.objects.visible_to(user).values_list("title", flat=True))


@pytest.mark.django_db
def test_each_persona_sees_what_the_rules_allow(personas: Any) -> None:
    fr_draft = draft_query(personas.other_country, ("SI",))
    AdHocQuery.objects.filter(pk=fr_draft.pk).update(title="FR draft")
    si_draft = draft_query(personas.coordinator, ("FR",))
    AdHocQuery.objects.filter(pk=si_draft.pk).update(title="SI draft")
    launched = draft_query(personas.commission, ("SI",), dissemination="public")
    services.launch_query(personas.commission, launched)
    AdHocQuery.objects.filter(pk=launched.pk).update(title="Launched")

    assert _titles(personas.commission) == {"FR draft", "SI draft", "Launched"}
    assert _titles(personas.other_country) == {"FR draft", "Launched"}
    for persona in ("reader", "contributor", "coordinator"):
        assert _titles(personas[persona]) == {"SI draft", "Launched"}, persona
    assert _titles(personas.service_provider) == {"Launched"}
    # Public and national partners: only published, public queries.
    assert _titles(personas.anonymous) == set()
    assert _titles(personas.partner) == set()

    services.close_query(personas.commission, launched)
    services.compile_query(personas.commission, launched, "", "")
    assert _titles(personas.anonymous) == set()
    services.publish_query(personas.commission, launched)
    assert _titles(personas.anonymous) == {"Launched"}
    assert _titles(personas.partner) == {"Launched"}
