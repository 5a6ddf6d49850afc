from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from emn.queries import services
from emn.queries.models import AdHocQuery, Compilation
from emn.queries.tests.factories import launched_query


@pytest.mark.django_db
def test_compiling_needs_a_closed_query_and_the_asker(personas: Any) -> None:
    asker = personas.other_country
    query = launched_query(asker)
    with pytest.raises(PermissionDenied):
        services.compile_query(asker, query, "Intro", "Findings")
    services.close_query(asker, query)
    with pytest.raises(PermissionDenied):
        services.compile_query(personas.coordinator, query, "Intro", "Findings")
    with pytest.raises(PermissionDenied):
        services.publish_query(asker, query)
    services.compile_query(asker, query, "Intro", "Findings")
    with pytest.raises(PermissionDenied):
        services.publish_query(personas.coordinator, query)
    with pytest.raises(ValidationError):
        services.publish_query(asker, query, dissemination="everyone")
    assert query.state == AdHocQuery.State.COMPILED
    services.publish_query(asker, query, dissemination="public")
    assert (query.state, query.dissemination) == (AdHocQuery.State.PUBLISHED, "public")
    assert Compilation.objects.get().version == 1
